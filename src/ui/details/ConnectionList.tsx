import { useState } from 'react';
import { connectionGroups, type ConnectionRow } from '../../graph/connections';
import type { GraphNode } from '../../graph/model';
import { useApp } from '../../store/store';
import { useT } from '../../store/useT';
import Evidence from './Evidence';
import NodeLink from './NodeLink';

const DIRECTION_KEY = {
  out: 'details.outgoing',
  in: 'details.incoming',
  none: 'details.undirected',
} as const;

/** Rows on one page: enough to read, never enough to stall, whatever the hub's degree. */
export const ROWS_PER_PAGE = 50;

function Row({ row }: { row: ConnectionRow }) {
  const { t, loc, n } = useT();
  const graph = useApp((s) => s.graph);
  const selectEdge = useApp((s) => s.selectEdge);
  const other = graph.nodeById.get(row.neighbour);
  const [first] = row.edges;
  if (!first) return null;
  return (
    <li>
      <div className="connection-line">
        {other ? <NodeLink node={other} /> : null}
        <span className="edge-label">{loc(first.label)}</span>
        {row.edges.length > 1 ? (
          <span className="edge-count">
            {t('details.parallel', { count: n(row.edges.length) })}
          </span>
        ) : null}
        <button
          type="button"
          className="edge-details"
          onClick={() => selectEdge(first.id, { reveal: true })}
        >
          {t('details.showRelationship')}
        </button>
      </div>
      <Evidence edge={first} />
    </li>
  );
}

/**
 * A node's connections grouped by relation and direction, one row per neighbour (parallel
 * edges counted in it), each with its evidence. Draws one page of rows at a time, with the way
 * to the previous and next pages, so a hub's details appear at once whatever its degree.
 */
export default function ConnectionList({ node }: { node: GraphNode }) {
  const { t, loc, n } = useT();
  const graph = useApp((s) => s.graph);
  const [page, setPage] = useState(0);
  const groups = connectionGroups(graph, node.id);
  const edgeCount = graph.incident.get(node.id)?.length ?? 0;
  const rowCount = groups.reduce((sum, g) => sum + g.rows.length, 0);
  const from = page * ROWS_PER_PAGE;
  const to = Math.min(rowCount, from + ROWS_PER_PAGE);
  // The part of each group that falls on this page, in order.
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((s, h) => s + h.rows.length, 0));
  const shownRows = groups.map((g, i) => {
    const start = starts[i] ?? 0;
    return g.rows.slice(Math.max(0, from - start), Math.max(0, to - start));
  });
  return (
    <section className="connections" aria-labelledby="connections-heading">
      <h4 id="connections-heading">{t('details.connections', { count: n(edgeCount) })}</h4>
      {edgeCount === 0 ? <p>{t('details.noConnections')}</p> : null}
      {groups.map((g, i) => {
        const rows = shownRows[i] ?? [];
        if (rows.length === 0) return null;
        const relation = graph.relations.get(g.relation);
        const name = relation ? loc(relation.label) : g.relation;
        return (
          <div key={g.key} className="connection-group">
            <h5>
              {t(DIRECTION_KEY[g.direction], { relation: name })}{' '}
              <span className="group-count">({n(g.edgeCount)})</span>
            </h5>
            <ul>
              {rows.map((row) => (
                <Row key={row.neighbour} row={row} />
              ))}
            </ul>
          </div>
        );
      })}
      {rowCount > ROWS_PER_PAGE ? (
        <nav className="pager" aria-label={t('details.pages')}>
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t('details.previous', { count: n(ROWS_PER_PAGE) })}
          </button>
          <span role="status">
            {t('details.page', { from: n(from + 1), to: n(to), total: n(rowCount) })}
          </span>
          <button type="button" disabled={to >= rowCount} onClick={() => setPage(page + 1)}>
            {t('details.next', { count: n(Math.min(ROWS_PER_PAGE, Math.max(rowCount - to, 1))) })}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
