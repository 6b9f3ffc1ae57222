import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type OnChangeFn,
  type SortingState,
} from '@tanstack/react-table';
import type { WorklistEntry, WorklistWindow } from '../../db';
import { useLanguage, useSelectedPost, useSession } from '../../state';
import {
  cellRenderers,
  COLUMN_CLASS,
  COLUMN_IDS,
  declarationColumns,
  type CellRenderers,
  type ColumnId,
} from './columns';
import type { DeclarationRow } from './rows';
import { moveSelection, revealRow } from './table-keys';
import { useRowRange, type RowRange } from './use-row-range';
import { orderedColumns, type ColumnSettings } from './worklist-settings';
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
  columnSettings: ColumnSettings;
  onColumnSettingsChange: (settings: ColumnSettings) => void;
};

const NO_ROWS: DeclarationRow[] = [];
const NO_ENTRIES: WorklistEntry[] = [];
const rowDomId = (index: number) => `worklist-row-${index}`;

/**
 * The worklist table, an ARIA grid: @tanstack/react-table for the columns (chosen, ordered and
 * sized by the officer) and sorting UX (the order itself comes sorted from the data layer),
 * rows of one height windowed by arithmetic on the scroll offset (use-row-range.ts), so only those
 * on screen are in the DOM. Arrows and
 * j/k move the selected row, Home/End jump, Enter opens it. Rows not yet read show as blank lines.
 */
export function DeclarationsTable(props: DeclarationsTableProps) {
  const { total, window, sorting, listKey, onSortingChange, onRangeChange, timeZone } = props;
  const { columnSettings, onColumnSettingsChange } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const officerId = useSession()?.officer.id ?? null;
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState(0);
  useEffect(() => {
    setSelected(0);
    // Not returned: Chromium's scrollTo now answers with a promise, which React would call on cleanup.
    void scrollRef.current?.scrollTo({ top: 0 });
  }, [listKey]);
  const post = useSelectedPost();
  const officerNames = useMemo(
    () => new Map((post?.officers ?? []).map((officer) => [officer.id, officer.displayName])),
    [post],
  );
  const render = useMemo(
    () => cellRenderers({ t, language, timeZone, officerId, officerNames }),
    [t, language, timeZone, officerId, officerNames],
  );
  const columns = useMemo(() => declarationColumns(t, render), [t, render]);

  const table = useReactTable({
    // The body is rendered from the window by memoised rows; react-table serves the header.
    data: NO_ROWS,
    columns,
    state: { sorting, ...columnSettings },
    onSortingChange,
    onColumnVisibilityChange: (update) =>
      onColumnSettingsChange({
        ...columnSettings,
        columnVisibility: typeof update === 'function' ? update(columnSettings.columnVisibility) : update,
      }),
    onColumnSizingChange: (update) =>
      onColumnSettingsChange({
        ...columnSettings,
        columnSizing: typeof update === 'function' ? update(columnSettings.columnSizing) : update,
      }),
    columnResizeMode: 'onEnd',
    manualSorting: true,
    // Ascending first unless a column says otherwise (risk): with no data react-table cannot guess.
    sortDescFirst: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
  });

  const whole = total <= WHOLE_LIST_LIMIT;
  const notify = useCallback(
    ({ start, end }: RowRange) => {
      // A whole list has every row read already: its window must not shrink to the screen.
      if (!whole) onRangeChange(start, Math.max(start, end - 1));
    },
    [whole, onRangeChange],
  );
  const range = useRowRange(scrollRef, total, ROW_HEIGHT, OVERSCAN, notify);
  const shown = whole ? { start: 0, end: total } : range;
  const items = Array.from({ length: Math.max(0, shown.end - shown.start) }, (_, i) => shown.start + i);
  const rows = window?.rows ?? NO_ENTRIES;
  const offset = window?.offset ?? 0;
  const top = shown.start * ROW_HEIGHT;
  const bottom = Math.max(0, total - shown.end) * ROW_HEIGHT;
  // The same array while the officer's columns stay the same, so unchanged rows are not rendered
  // again; in react-table's order (those the officer placed first, then the rest as defined).
  const cells = useMemo(
    () =>
      orderedColumns(COLUMN_IDS, columnSettings)
        .filter((id) => columnSettings.columnVisibility[id] !== false)
        .map((id) => ({ id, className: COLUMN_CLASS[id] })),
    [columnSettings],
  );
  const current = Math.min(selected, Math.max(0, total - 1));
  const selectedRow = rows[current - offset];

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      if (selectedRow === undefined) return;
      event.preventDefault();
      void navigate(`/declarations/${encodeURIComponent(selectedRow.id)}`);
      return;
    }
    // Under the Korean IME the j and k keys type ㅓ and ㅏ: the key's place on the keyboard decides.
    const key = event.code === 'KeyJ' ? 'j' : event.code === 'KeyK' ? 'k' : event.key;
    const next = moveSelection(key, current, total, visibleRows(scrollRef.current));
    if (next === null) return;
    event.preventDefault();
    setSelected(next);
    if (scrollRef.current) revealRow(scrollRef.current, next, ROW_HEIGHT);
  };

  return (
    <div
      className="table-scroll worklist-scroll"
      ref={scrollRef}
      data-testid="worklist-scroll"
      data-list-key={listKey}
    >
      <table
        className="data-table declarations-table worklist-table"
        role="grid"
        aria-label={t('declarations.tableLabel')}
        aria-rowcount={total + 1}
        aria-activedescendant={selectedRow ? rowDomId(current) : undefined}
        tabIndex={0}
        data-testid="worklist-grid"
        onKeyDown={onKeyDown}
        style={{ width: table.getTotalSize() }}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th
                    key={header.id}
                    className={header.column.columnDef.meta?.className}
                    style={{ width: header.getSize() }}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                  >
                    {canSort ? (
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
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                    <div
                      className="column-resizer"
                      aria-hidden="true"
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                    />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {top > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: top }} />}
          {items.map((index) => {
            const row = rows[index - offset];
            const stripe = index % 2 === 1;
            if (row === undefined) {
              return (
                <tr key={`blank-${index}`} className={stripe ? 'stripe' : undefined} aria-hidden="true">
                  <td colSpan={cells.length}>&nbsp;</td>
                </tr>
              );
            }
            return (
              <WorklistRowView
                key={row.id}
                row={row}
                index={index}
                stripe={stripe}
                selected={index === current}
                cells={cells}
                render={render}
                onSelect={setSelected}
              />
            );
          })}
          {bottom > 0 && <tr className="spacer-row" aria-hidden="true" style={{ height: bottom }} />}
        </tbody>
      </table>
    </div>
  );
}

type RowViewProps = {
  row: WorklistEntry;
  index: number;
  stripe: boolean;
  selected: boolean;
  cells: readonly { id: ColumnId; className: string | undefined }[];
  render: CellRenderers;
  onSelect: (index: number) => void;
};

/**
 * One row of the grid, rendered again only when its entry, place or selection changes: scrolling
 * adds the rows coming into view without rendering those already on screen.
 */
const WorklistRowView = memo(function WorklistRowView(props: RowViewProps) {
  const { row, index, stripe, selected, cells, render, onSelect } = props;
  const className = [stripe ? 'stripe' : '', selected ? 'selected' : ''].join(' ').trim();
  return (
    <tr
      id={rowDomId(index)}
      className={className || undefined}
      data-testid="declaration-row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onSelect(index)}
    >
      {cells.map(({ id, className: cellClass }) => (
        <td key={id} className={cellClass} role="gridcell">
          {render[id](row)}
        </td>
      ))}
    </tr>
  );
});

/** How many rows fit in the scroll box: a page for PageUp and PageDown. */
const visibleRows = (scroll: HTMLElement | null) =>
  Math.max(1, Math.floor((scroll?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
