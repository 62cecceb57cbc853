import type { Path } from '../../graph/analysis/paths';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import Evidence from '../details/Evidence';
import NodeLink from '../details/NodeLink';

/**
 * One path as a compact chain: its first node, then a line per hop with the relation (an
 * arrow where it has a direction, pointing the way it runs) and the next node; each hop's
 * evidence folded under it, one click away.
 */
export default function PathChain({ path }: { path: Path }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const start = graph.nodes[path.nodes[0] ?? -1];
  if (!start) return null;
  return (
    <ol className="chain">
      <li className="chain-start">
        <NodeLink node={start} keepPanel />
      </li>
      {path.edges.map((k, i) => {
        const edge = graph.edges[k];
        const a = graph.nodes[path.nodes[i] ?? -1];
        const b = graph.nodes[path.nodes[i + 1] ?? -1];
        if (!edge || !a || !b) return null;
        const arrow = edge.directed === false ? '—' : edge.source === a.id ? '→' : '←';
        const relation = loc(edge.label);
        return (
          <li key={`${k}-${i}`} className="chain-hop">
            <span className="hop-relation">
              <span aria-hidden="true">{arrow} </span>
              {relation}
              <span className="sr-only">
                {edge.directed === false
                  ? ''
                  : ` (${t(edge.source === a.id ? 'paths.forward' : 'paths.backward')})`}
              </span>
            </span>{' '}
            <NodeLink node={b} keepPanel />
            <details className="hop-evidence">
              <summary>{t('paths.evidenceFor', { relation })}</summary>
              <Evidence edge={edge} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
