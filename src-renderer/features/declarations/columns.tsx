import type { TFunction } from 'i18next';
import { createColumnHelper, type RowData } from '@tanstack/react-table';
import { Link } from 'react-router';
import { formatDateTime, formatInteger, type Language } from '../../i18n';
import { LaneBadge } from './LaneBadge';
import { laneRank, statusRank, type DeclarationRow } from './rows';
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
};

/** The worklist columns; times are shown in the post's own time zone, where the officer stands. */
export function declarationColumns({ t, language, timeZone, officerId }: ColumnContext) {
  return [
    column.accessor('reference', {
      header: t('declarations.columns.reference'),
      size: 160,
      cell: (info) => (
        <Link className="reference-link" to={`/declarations/${encodeURIComponent(info.row.original.id)}`}>
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor('registeredAt', {
      header: t('declarations.columns.registeredAt'),
      // "2026. 9. 30. 오후 12:34" whole in Korean; English dates are shorter.
      size: 184,
      // Offsets can differ between rows (KST, UTC), so compare instants rather than text.
      sortingFn: (a, b) => Date.parse(a.original.registeredAt) - Date.parse(b.original.registeredAt),
      cell: (info) => formatDateTime(info.getValue(), language, timeZone),
    }),
    column.accessor('direction', {
      header: t('declarations.columns.direction'),
      size: 74,
      cell: (info) => t(`direction.${info.getValue()}`),
    }),
    column.accessor('typeCode', { header: t('declarations.columns.typeCode'), size: 56 }),
    column.accessor('trader', {
      header: t('declarations.columns.trader'),
      size: 260,
      // Trader names can be long; the full name stays available on hover and in the detail.
      cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
      meta: { className: 'truncate' },
    }),
    column.accessor('itemCount', {
      header: t('declarations.columns.itemCount'),
      size: 64,
      cell: (info) => formatInteger(info.getValue(), language),
      meta: { className: 'numeric' },
    }),
    column.accessor('firstHsCode', {
      header: t('declarations.columns.firstHsCode'),
      size: 128,
      cell: (info) => <span className="mono">{info.getValue()}</span>,
    }),
    column.accessor('lane', {
      header: t('declarations.columns.lane'),
      size: 132,
      sortingFn: (a, b) => laneRank(a.original.lane) - laneRank(b.original.lane),
      cell: (info) => <LaneBadge lane={info.getValue()} />,
    }),
    column.accessor('status', {
      header: t('declarations.columns.status'),
      size: 150,
      sortingFn: (a, b) => statusRank(a.original.status) - statusRank(b.original.status),
      cell: (info) => (
        <>
          <StatusBadge status={info.getValue()} />
          {info.row.original.pending && (
            <span className="pending-marker" data-testid="pending-marker">
              {t('outbox.pendingMarker')}
            </span>
          )}
        </>
      ),
    }),
    column.accessor('riskScore', {
      header: t('declarations.columns.riskScore'),
      size: 60,
      sortDescFirst: true,
      cell: (info) => formatInteger(info.getValue(), language),
      meta: { className: 'numeric' },
    }),
    column.accessor('assignedTo', {
      header: t('declarations.columns.assignedTo'),
      size: 110,
      // No index serves it: the officer narrows by assignee with the filter instead.
      enableSorting: false,
      cell: (info) => {
        const officer = info.getValue();
        if (officer === null) return '—';
        return officer === officerId ? t('declarations.filter.assignedToMe') : officer;
      },
      meta: { className: 'truncate' },
    }),
  ];
}
