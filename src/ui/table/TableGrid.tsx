import { useEffect, useMemo, useRef, useState } from 'react';
import {
  getCoreRowModel,
  getFilteredRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { shortNumber } from '../../store/describe';
import { sortedRows, type TableData, type TableRow } from '../../store/tables';
import { useT } from '../../store/useT';
import { useApp } from '../../store/store';
import QuoteCell from './QuoteCell';
import TableHead from './TableHead';

const ROW_HEIGHT = 30;

interface Props {
  readonly kind: 'nodes' | 'edges';
  readonly data: TableData;
  readonly filter: string;
  /** Told the rows left by the filter, and how to read them in their shown order. */
  readonly onRowsChange: (count: number, rows: () => (string | number | null)[][]) => void;
}

/** The table itself: sortable headers, only the rows in view drawn, rows that select. */
export default function TableGrid({ kind, data, filter, onRowsChange }: Props) {
  const { lang } = useT();
  const selection = useApp((s) => s.selection);
  const selectNode = useApp((s) => s.selectNode);
  const selectEdge = useApp((s) => s.selectEdge);
  const [sorting, setSorting] = useState<SortingState>([]);
  const columns = useMemo<ColumnDef<TableRow, string | number | undefined>[]>(
    () =>
      data.columns.map((c, i) => ({
        id: c.id,
        header: c.header,
        accessorFn: (row) => row.values[i] ?? undefined,
        sortingFn: c.numeric ? 'basic' : 'text',
        sortUndefined: 'last',
        sortDescFirst: c.numeric,
      })),
    [data.columns],
  );
  // Sorted here, from typed keys: the table library's own sorting took over a second of
  // the main thread on 20,000 rows. It gets a new array; the store's rows stay frozen.
  const rowsSorted = useMemo(() => {
    const chosen = sorting[0];
    const column = chosen ? data.columns.findIndex((c) => c.id === chosen.id) : -1;
    return sortedRows(data, chosen && column >= 0 ? { column, desc: chosen.desc } : null);
  }, [data, sorting]);
  // This build has no React Compiler, which is what the rule guards.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rowsSorted,
    manualSorting: true,
    columns,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    globalFilterFn: 'includesString',
  });
  const rows = table.getRowModel().rows;
  useEffect(() => {
    onRowsChange(rows.length, () => rows.map((r) => [...r.original.values]));
    // Only a new set of rows is news.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);

  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const selectedId =
    selection && (selection.kind === 'node') === (kind === 'nodes') ? selection.id : null;
  // A selection made elsewhere (the canvas, the list) scrolls its row into view.
  useEffect(() => {
    if (selectedId === null) return;
    const index = rows.findIndex((r) => r.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const cell = (v: string | number | undefined, numeric: boolean) =>
    v === undefined ? '' : numeric && typeof v === 'number' ? shortNumber(lang, v) : String(v);

  return (
    <div className="table-scroll" ref={scroller}>
      <table aria-rowcount={rows.length + 1}>
        <TableHead table={table} />
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={selected}
                className={selected ? 'selected' : undefined}
                style={{ height: ROW_HEIGHT }}
              >
                {row.getVisibleCells().map((c, i) => {
                  const numeric = data.columns[i]?.numeric ?? false;
                  const text = cell(c.getValue<string | number | undefined>(), numeric);
                  return i === 0 ? (
                    <th key={c.id} scope="row">
                      <button
                        type="button"
                        className="row-select"
                        onClick={() =>
                          kind === 'nodes'
                            ? selectNode(row.id, { reveal: true })
                            : selectEdge(row.id, { reveal: true })
                        }
                      >
                        {text}
                      </button>
                    </th>
                  ) : kind === 'edges' && data.columns[i]?.id === 'quote' ? (
                    <QuoteCell key={c.id} edgeId={row.id} text={text} />
                  ) : (
                    <td key={c.id} className={numeric ? 'num' : undefined}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}
