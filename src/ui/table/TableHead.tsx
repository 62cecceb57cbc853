import type { Table } from '@tanstack/react-table';
import type { TableRow } from '../../store/tables';
import { useT } from '../../store/useT';

/** The table's header: one sort button per column, its order said to assistive technology. */
export default function TableHead({ table }: { table: Table<TableRow> }) {
  const { t } = useT();
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                scope="col"
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
              >
                <button
                  type="button"
                  aria-label={t('table.sortBy', {
                    name: String(header.column.columnDef.header),
                  })}
                  onClick={header.column.getToggleSortingHandler()}
                >
                  {String(header.column.columnDef.header)}
                  <span aria-hidden="true">
                    {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
