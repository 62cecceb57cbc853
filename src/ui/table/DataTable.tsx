import { useId, useMemo, useState } from 'react';
import { selectEstimated, selectMetrics, selectRoles, selectShown } from '../../store/derived';
import { edgeTable, nodeTable } from '../../store/tables';
import { useT } from '../../store/useT';
import { useApp, useAppStore } from '../../store/store';
import { exportTable } from '../../io/exportTable';
import TableGrid from './TableGrid';
import TableSizeButtons, { type TableSize } from './TableSize';

/**
 * The shown nodes or relations as a sortable, filterable table under the canvas. A row's
 * button selects it on the canvas; a selection on the canvas marks and scrolls to its row.
 */
export default function DataTable() {
  const { t, lang, n } = useT();
  const id = useId();
  const store = useAppStore();
  const which = useApp((s) => s.table);
  const openTable = useApp((s) => s.openTable);
  const graph = useApp((s) => s.graph);
  const shown = useApp(selectShown);
  const metrics = useApp(selectMetrics);
  const roles = useApp(selectRoles);
  const estimated = useApp(selectEstimated);
  const [filter, setFilter] = useState('');
  const [size, setSize] = useState<TableSize>('medium');
  const [visibleRows, setVisibleRows] = useState<number | null>(null);
  const data = useMemo(() => {
    if (which === 'nodes') return nodeTable(graph, shown, metrics, roles, lang, estimated);
    if (which === 'edges') return edgeTable(graph, shown, lang);
    return null;
  }, [which, graph, shown, metrics, roles, lang, estimated]);
  const [exportRows, setExportRows] = useState<() => (string | number | null)[][]>(() => () => []);
  if (!which || !data) return null;

  return (
    <section className="data-table" data-size={size} aria-labelledby={`${id}-heading`}>
      <div className="table-bar">
        <h2 id={`${id}-heading`} className="sr-only">
          {t('table.heading')}
        </h2>
        <div role="group" aria-label={t('table.heading')} className="table-switch">
          {(['nodes', 'edges'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              aria-pressed={which === kind}
              onClick={() => openTable(kind)}
            >
              {t(kind === 'nodes' ? 'table.nodes' : 'table.edges')}
            </button>
          ))}
        </div>
        <label htmlFor={`${id}-filter`}>{t('table.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span role="status" className="table-count">
          {t('table.rows', { count: n(visibleRows ?? data.rows.length) })}
        </span>
        <button
          type="button"
          onClick={() =>
            void exportTable(
              store,
              which,
              data.columns.map((c) => c.header),
              exportRows(),
            )
          }
        >
          {t('table.export')}
        </button>
        <TableSizeButtons size={size} onSize={setSize} />
        <button type="button" onClick={() => openTable(null)}>
          {t('table.close')}
        </button>
      </div>
      <TableGrid
        key={which}
        kind={which}
        data={data}
        filter={filter}
        onRowsChange={(count, rows) => {
          setVisibleRows(count);
          setExportRows(() => rows);
        }}
      />
    </section>
  );
}
