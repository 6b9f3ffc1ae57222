import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { WorklistWindow } from '../../db';
import { useLanguage } from '../../state';
import { declarationColumns } from './columns';
import type { DeclarationRow } from './rows';
import './worklist.css';

/** Rows are laid out at this height (worklist.css), so the scroll range is known before they are read. */
export const ROW_HEIGHT = 37;
/** A list this short is rendered whole: the browser's find-in-page sees every row. */
export const WHOLE_LIST_LIMIT = 200;
const OVERSCAN = 10;

export type DeclarationsTableProps = {
  /** How many rows the list has; only `window` of them are read. */
  total: number;
  window: WorklistWindow | null;
  sorting: SortingState;
  /** Changes when the order or the filter does: the list goes back to its top. */
  listKey: string;
  onSortingChange: OnChangeFn<SortingState>;
  /** The rows on screen changed: the first and last index. */
  onRangeChange: (start: number, end: number) => void;
  timeZone: string | undefined;
};

const NO_ROWS: DeclarationRow[] = [];

/**
 * The worklist table: @tanstack/react-table for the columns and sorting UX (the order itself comes
 * sorted from IndexedDB), @tanstack/react-virtual for the rows, of which only those on screen are
 * in the DOM. Rows not yet read show as blank lines of the same height.
 */
export function DeclarationsTable(props: DeclarationsTableProps) {
  const { total, window, sorting, listKey, onSortingChange, onRangeChange, timeZone } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Not returned: Chromium's scrollTo now answers with a promise, which React would call on cleanup.
    void scrollRef.current?.scrollTo({ top: 0 });
  }, [listKey]);
  const columns = useMemo(() => declarationColumns({ t, language, timeZone }), [t, language, timeZone]);

  const table = useReactTable({
    data: window?.rows ?? NO_ROWS,
    columns,
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  const whole = total <= WHOLE_LIST_LIMIT;
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    enabled: !whole,
    onChange: (instance) => {
      const { range } = instance;
      if (range) onRangeChange(range.startIndex, range.endIndex);
    },
  });
  const items = whole
    ? Array.from({ length: total }, (_, index) => ({ index, start: index * ROW_HEIGHT }))
    : virtualizer.getVirtualItems();
  const rows = table.getRowModel().rows;
  const offset = window?.offset ?? 0;
  const top = items[0]?.start ?? 0;
  const bottom = total * ROW_HEIGHT - (items.length > 0 ? (items.at(-1)?.start ?? 0) + ROW_HEIGHT : 0);

  return (
    <div className="table-scroll worklist-scroll" ref={scrollRef} data-testid="worklist-scroll">
      <table className="data-table declarations-table worklist-table">
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
          {top > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: top }} />}
          {items.map(({ index }) => {
            const row = rows[index - offset];
            const stripe = index % 2 === 1 ? 'stripe' : undefined;
            if (row === undefined) {
              return (
                <tr key={`blank-${index}`} className={stripe} aria-hidden="true">
                  <td colSpan={columns.length}>&nbsp;</td>
                </tr>
              );
            }
            return (
              <tr key={row.id} className={stripe} data-testid="declaration-row" aria-rowindex={index + 2}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.columnDef.meta?.className}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {bottom > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}
