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

export type ColumnContext = { t: TFunction; language: Language; timeZone: string | undefined };

/** The worklist columns; times are shown in the post's own time zone, where the officer stands. */
export function declarationColumns({ t, language, timeZone }: ColumnContext) {
  return [
    column.accessor('reference', {
      header: t('declarations.columns.reference'),
      cell: (info) => (
        <Link className="reference-link" to={`/declarations/${encodeURIComponent(info.row.original.id)}`}>
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor('registeredAt', {
      header: t('declarations.columns.registeredAt'),
      // Offsets can differ between rows (KST, UTC), so compare instants rather than text.
      sortingFn: (a, b) => Date.parse(a.original.registeredAt) - Date.parse(b.original.registeredAt),
      cell: (info) => formatDateTime(info.getValue(), language, timeZone),
    }),
    column.accessor('direction', {
      header: t('declarations.columns.direction'),
      cell: (info) => t(`direction.${info.getValue()}`),
    }),
    column.accessor('typeCode', { header: t('declarations.columns.typeCode') }),
    column.accessor('trader', {
      header: t('declarations.columns.trader'),
      // Trader names can be long; the full name stays available on hover and in the detail.
      cell: (info) => <span title={info.getValue()}>{info.getValue()}</span>,
      meta: { className: 'truncate' },
    }),
    column.accessor('itemCount', {
      header: t('declarations.columns.itemCount'),
      cell: (info) => formatInteger(info.getValue(), language),
      meta: { className: 'numeric' },
    }),
    column.accessor('firstHsCode', {
      header: t('declarations.columns.firstHsCode'),
      cell: (info) => <span className="mono">{info.getValue()}</span>,
    }),
    column.accessor('lane', {
      header: t('declarations.columns.lane'),
      sortingFn: (a, b) => laneRank(a.original.lane) - laneRank(b.original.lane),
      cell: (info) => <LaneBadge lane={info.getValue()} />,
    }),
    column.accessor('status', {
      header: t('declarations.columns.status'),
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
      sortDescFirst: true,
      cell: (info) => formatInteger(info.getValue(), language),
      meta: { className: 'numeric' },
    }),
  ];
}
