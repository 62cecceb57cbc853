import { useId } from 'react';
import { deleteNode, deletionCost } from '../../graph/edits';
import type { GraphNode } from '../../graph/model';
import { useApp, useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import NodeForm from './NodeForm';

/**
 * A node corrected in place, every field, and deleted with a line saying what goes with it;
 * picked or unpicked for an edit of several, and linked to another node. Each change is one
 * step of the history.
 */
export default function NodeEditor({ node }: { node: GraphNode }) {
  const { t, n } = useT();
  const id = useId();
  const store = useAppStore();
  const graph = useApp((s) => s.graph);
  const picked = useApp((s) => s.selected.includes(node.id));
  const cost = deletionCost(graph, [node.id]);
  const remove = () => {
    const command = deleteNode(store.getState().graph, node.id);
    if (command) store.getState().perform(command);
  };
  return (
    <section className="node-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('edit.heading')}</h3>
      <div className="form-actions">
        <button
          type="button"
          onClick={() => store.getState().openEditForm({ kind: 'edge', source: node.id })}
        >
          {t('edit.linkTo')}
        </button>
        <button
          type="button"
          aria-pressed={picked}
          onClick={() => store.getState().toggleSelected(node.id)}
        >
          {picked ? t('edit.picked1') : t('edit.pick')}
        </button>
      </div>
      {/* Keyed by the record: the form starts again from what the data says after any step. */}
      <NodeForm key={JSON.stringify(node)} node={node} />
      <p className="hint">
        {t('edit.deleteSays', { edges: n(cost.edges), evidence: n(cost.evidence) })}
      </p>
      <button type="button" className="danger" onClick={remove}>
        {t('edit.delete')}
      </button>
    </section>
  );
}
