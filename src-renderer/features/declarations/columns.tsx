import type { TFunction } from 'i18next';
import { createColumnHelper, type RowData } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import type { Language } from '../../i18n';
import { LaneBadge } from './LaneBadge';
import type { DeclarationRow } from './rows';
import { StatusBadge } from './StatusBadge';

// Column metadata the worklist reads when rendering cells: the class for its <th> and <td>
// (numbers align right, long names are cut short).
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    className?: string;
  }
}

const column = createColumnHelper<DeclarationRow>();

/** Every worklist column's id, in the table's own order (the officer may reorder them). */
export const COLUMN_IDS = [
  'reference',
  'registeredAt',
  'direction',
  'typeCode',
  'trader',
  'itemCount',
  'firstHsCode',
  'lane',
  'status',
  'riskScore',
  'assignedTo',
] as const;

export type ColumnContext = {
  t: TFunction;
  language: Language;
  timeZone: string | undefined;
  /** The signed-in officer, whose own declarations read "Me" in the Assigned column. */
  officerId: string | null;
  /** Officers' names as the post lists them, for the Assigned column (ids where it does not). */
  officerNames: ReadonlyMap<string, string>;
};

export type ColumnId = (typeof COLUMN_IDS)[number];

/** The class of a column's cells: numbers align right, long names are cut short. */
export const COLUMN_CLASS: Partial<Record<ColumnId, string>> = {
  trader: 'truncate',
  itemCount: 'numeric',
  riskScore: 'numeric',
  assignedTo: 'truncate',
};
export type CellRenderers = Record<ColumnId, (row: DeclarationRow) => ReactNode>;

/** Each Intl formatter is made once: making one per cell cost a scrolled list ~0.3 ms a cell. */
const LOCALE: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

/**
 * What each column shows of a row, rendered by the table's memoised rows without react-table's
 * cell objects; times are shown in the post's own time zone, where the officer stands.
 */
export function cellRenderers({
  t,
  language,
  timeZone,
  officerId,
  officerNames,
}: ColumnContext): CellRenderers {
  const dateTime = new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  const integer = new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 });
  return {
    reference: (row) => (
      <Link className="reference-link" to={`/declarations/${encodeURIComponent(row.id)}`}>
        {row.reference}
      </Link>
    ),
    registeredAt: (row) =>
      Number.isNaN(row.registeredKey) ? row.registeredAt : dateTime.format(row.registeredKey),
    direction: (row) => t(`direction.${row.direction}`),
    typeCode: (row) => row.typeCode,
    // Trader names can be long; the full name stays available on hover and in the detail.
    trader: (row) => <span title={row.trader}>{row.trader}</span>,
    itemCount: (row) => integer.format(row.itemCount),
    firstHsCode: (row) => <span className="mono">{row.firstHsCode}</span>,
    lane: (row) => <LaneBadge lane={row.lane} />,
    status: (row) => (
      <>
        <StatusBadge status={row.status} />
        {row.pending && (
          <span className="pending-marker" data-testid="pending-marker">
            {t('outbox.pendingMarker')}
          </span>
        )}
      </>
    ),
    riskScore: (row) => integer.format(row.riskScore),
    assignedTo: (row) =>
      row.assignedTo === null
        ? '—'
        : row.assignedTo === officerId
          ? t('declarations.filter.assignedToMe')
          : (officerNames.get(row.assignedTo) ?? row.assignedTo),
  };
}

/** The worklist's columns for react-table: headers, widths, sorting, classes. */
export function declarationColumns(t: TFunction, render: CellRenderers) {
  const cell = (id: ColumnId) => (info: { row: { original: DeclarationRow } }) =>
    render[id](info.row.original);
  return [
    column.accessor('reference', {
      header: t('declarations.columns.reference'),
      size: 160,
      cell: cell('reference'),
    }),
    // "2026. 9. 30. 오후 12:34" whole in Korean; English dates are shorter.
    column.accessor('registeredAt', {
      header: t('declarations.columns.registeredAt'),
      size: 184,
      cell: cell('registeredAt'),
    }),
    column.accessor('direction', {
      header: t('declarations.columns.direction'),
      size: 74,
      cell: cell('direction'),
    }),
    column.accessor('typeCode', {
      header: t('declarations.columns.typeCode'),
      size: 56,
      cell: cell('typeCode'),
    }),
    column.accessor('trader', {
      header: t('declarations.columns.trader'),
      size: 260,
      cell: cell('trader'),
      meta: { className: COLUMN_CLASS.trader },
    }),
    column.accessor('itemCount', {
      header: t('declarations.columns.itemCount'),
      size: 64,
      cell: cell('itemCount'),
      meta: { className: COLUMN_CLASS.itemCount },
    }),
    column.accessor('firstHsCode', {
      header: t('declarations.columns.firstHsCode'),
      size: 128,
      cell: cell('firstHsCode'),
    }),
    column.accessor('lane', { header: t('declarations.columns.lane'), size: 132, cell: cell('lane') }),
    column.accessor('status', { header: t('declarations.columns.status'), size: 150, cell: cell('status') }),
    column.accessor('riskScore', {
      header: t('declarations.columns.riskScore'),
      size: 60,
      sortDescFirst: true,
      cell: cell('riskScore'),
      meta: { className: COLUMN_CLASS.riskScore },
    }),
    // No index serves it: the officer narrows by assignee with the filter instead.
    column.accessor('assignedTo', {
      header: t('declarations.columns.assignedTo'),
      size: 110,
      enableSorting: false,
      cell: cell('assignedTo'),
      meta: { className: COLUMN_CLASS.assignedTo },
    }),
  ];
}
