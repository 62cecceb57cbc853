import type { Passage } from '../../graph/sources';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';

/** The relationships a passage is evidence for; each selects its relationship on the canvas. */
export default function CitedBy({ passage }: { passage: Passage }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const selectEdge = useApp((s) => s.selectEdge);
  const selection = useApp((s) => s.selection);
  const edges = [...new Set(passage.cites.map((c) => c.edge))].flatMap(
    (id) => graph.edgeById.get(id) ?? [],
  );
  const name = (id: string) => {
    const node = graph.nodeById.get(id);
    return node ? loc(node.label) : id;
  };
  return (
    <div className="cited-by">
      <p className="evidence-heading">{t('sources.citedBy')}</p>
      {passage.how === 'approximate' ? <p role="note">{t('sources.approximate')}</p> : null}
      <ul>
        {edges.map((e) => (
          <li key={e.id}>
            <button
              type="button"
              aria-pressed={selection?.kind === 'edge' && selection.id === e.id}
              onClick={() => selectEdge(e.id, { keepPanel: true, reveal: true })}
            >
              {name(e.source)} → {loc(e.label)} → {name(e.target)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
