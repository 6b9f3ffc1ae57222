import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import type { Declaration } from '@shared/domain';
import { useLanguage } from '../../state';
import { declarationColumns } from './columns';
import { toRow } from './rows';

/** Officers work the riskiest lanes first: RED before YELLOW, then by risk score. */
const WORKLIST_ORDER: SortingState = [
  { id: 'lane', desc: false },
  { id: 'riskScore', desc: true },
];

export type DeclarationsTableProps = {
  declarations: Declaration[];
  timeZone: string | undefined;
  /** Declarations with a decision saved here and not yet confirmed. */
  pendingIds?: ReadonlySet<string>;
};

export function DeclarationsTable({ declarations, timeZone, pendingIds }: DeclarationsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [sorting, setSorting] = useState<SortingState>(WORKLIST_ORDER);
  const rows = useMemo(
    () => declarations.map((declaration) => toRow(declaration, pendingIds?.has(declaration.id) ?? false)),
    [declarations, pendingIds],
  );
  const columns = useMemo(() => declarationColumns({ t, language, timeZone }), [t, language, timeZone]);

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.id,
  });

  return (
    <div className="table-scroll">
      <table className="data-table declarations-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    className={header.column.columnDef.meta?.className}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="sort-indicator" aria-hidden="true">
                        {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-testid="declaration-row">
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
