import type { GraphEdge } from '../../graph/model';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import Evidence from '../details/Evidence';
import NodeLink from '../details/NodeLink';

/** A relationship as "A → relation → B", with its evidence one click away. */
export default function EdgeLine({ edge }: { edge: GraphEdge }) {
  const { t, loc } = useT();
  const nodeById = useApp((s) => s.graph.nodeById);
  const source = nodeById.get(edge.source);
  const target = nodeById.get(edge.target);
  if (!source || !target) return null;
  return (
    <div className="edge-line">
      <p>
        <NodeLink node={source} />
        <span className="hop-relation">
          {edge.directed === false ? ` — ${loc(edge.label)} — ` : ` → ${loc(edge.label)} → `}
        </span>
        <NodeLink node={target} />
      </p>
      <details>
        <summary>{t('insights.evidence')}</summary>
        <Evidence edge={edge} />
      </details>
    </div>
  );
}
