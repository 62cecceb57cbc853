import { useId } from 'react';
import { deleteEdge } from '../../graph/edits';
import type { GraphEdge } from '../../graph/model';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import EdgeForm from './EdgeForm';

/** A relationship corrected in place, every field, or deleted with its evidence. */
export default function EdgeEditor({ edge }: { edge: GraphEdge }) {
  const { t, n } = useT();
  const id = useId();
  const store = useAppStore();
  const remove = () => {
    const command = deleteEdge(store.getState().graph, edge.id);
    if (command) store.getState().perform(command);
  };
  return (
    <section className="node-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('edit.edgeEdit')}</h3>
      <EdgeForm key={JSON.stringify(edge)} edge={edge} />
      <p className="hint">{t('edit.deleteEdgeSays', { evidence: n(edge.provenance.length) })}</p>
      <button type="button" className="danger" onClick={remove}>
        {t('edit.deleteEdge')}
      </button>
    </section>
  );
}
