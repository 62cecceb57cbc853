import { asOfWords } from './asOfWords';
import { useApp } from '../../store/store';
import { selectAnalysisScope } from '../../store/timeDerived';
import { useT } from '../../store/useT';

/** Says that the answers count only what existed as of the timeline's date, when they do. */
export default function AnalysedAsOf() {
  const { t, lang } = useT();
  const scoped = useApp(selectAnalysisScope) !== '';
  const asOf = useApp((s) => s.asOf);
  if (!scoped || !asOf) return null;
  const when = asOfWords({ t, lang }, asOf);
  return (
    <p className="hint analysed-as-of" data-testid="analysed-as-of">
      {t('time.analysed', { when: when.charAt(0).toLowerCase() + when.slice(1) })}
    </p>
  );
}
