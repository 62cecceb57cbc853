import type { GraphEdge, GraphNode } from '../../graph/model';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import Evidence from './Evidence';
import NodeLink from './NodeLink';

interface Group {
  readonly key: string;
  readonly relation: string;
  readonly outgoing: boolean;
  readonly edges: GraphEdge[];
}

function groupEdges(node: GraphNode, edges: readonly GraphEdge[]): Group[] {
  const groups = new Map<string, Group>();
  for (const e of edges) {
    const outgoing = e.source === node.id;
    const key = `${outgoing ? 'out' : 'in'}:${e.relation}`;
    const g = groups.get(key) ?? { key, relation: e.relation, outgoing, edges: [] };
    g.edges.push(e);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** A node's connections grouped by relation and direction, each with its evidence. */
export default function ConnectionList({ node }: { node: GraphNode }) {
  const { t, loc } = useT();
  const graph = useApp((s) => s.graph);
  const selectEdge = useApp((s) => s.selectEdge);
  const edges = graph.incident.get(node.id) ?? [];
  return (
    <section className="connections" aria-labelledby="connections-heading">
      <h4 id="connections-heading">{t('details.connections', { count: edges.length })}</h4>
      {edges.length === 0 ? <p>{t('details.noConnections')}</p> : null}
      {groupEdges(node, edges).map((g) => {
        const relation = graph.relations.get(g.relation);
        const name = relation ? loc(relation.label) : g.relation;
        return (
          <div key={g.key} className="connection-group">
            <h5>{t(g.outgoing ? 'details.outgoing' : 'details.incoming', { relation: name })}</h5>
            <ul>
              {g.edges.map((e) => {
                const other = graph.nodeById.get(g.outgoing ? e.target : e.source);
                return (
                  <li key={e.id}>
                    <div className="connection-line">
                      {other ? <NodeLink node={other} /> : null}
                      <span className="edge-label">{loc(e.label)}</span>
                      <button
                        type="button"
                        className="edge-details"
                        onClick={() => selectEdge(e.id, { reveal: true })}
                      >
                        {t('details.showRelationship')}
                      </button>
                    </div>
                    <Evidence edge={e} />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
