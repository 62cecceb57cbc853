import { useApp } from '../../store/store';
import SourceList from './SourceList';
import SourceReader from './SourceReader';

/** The sources of the evidence: their list, or one of them open in the reader. */
export default function SourcesPanel() {
  const reading = useApp((s) => s.reading);
  return reading ? <SourceReader reading={reading} /> : <SourceList />;
}
