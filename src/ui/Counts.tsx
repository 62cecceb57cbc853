import { useT } from '../store/useT';
import { selectShown } from '../store/derived';
import { useApp } from '../store/store';

/** Visible against total nodes and edges, announced politely when it changes. */
export default function Counts() {
  const { t, n } = useT();
  const shown = useApp(selectShown);
  const graph = useApp((s) => s.graph);
  return (
    <p className="counts" role="status" data-testid="counts">
      {t('counts.summary', {
        nodes: n(shown.nodes.size),
        totalNodes: n(graph.nodes.length),
        edges: n(shown.edges.size),
        totalEdges: n(graph.edges.length),
      })}
    </p>
  );
}
