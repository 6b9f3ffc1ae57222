import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistCounts } from '../../db';
import { formatInteger } from '../../i18n';
import { useLanguage } from '../../state';
import { LANES, STATUSES } from './worklist-choices';

/**
 * How many declarations are in each lane and status, always above the list: of the list as
 * filtered, or of the whole post when nothing is filtered, and the label says which.
 */
export const WorklistCountsBar = memo(function WorklistCountsBar({
  counts,
  filtered,
}: {
  counts: WorklistCounts | null;
  filtered: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (counts === null) {
    return (
      <p className="worklist-counts" data-testid="worklist-counts" aria-busy="true">
        {t('declarations.counts.counting')}
      </p>
    );
  }
  const entries = [
    ...LANES.map((lane) => ({ key: `lane-${lane}`, label: t(`lane.${lane}`), count: counts.lanes[lane] })),
    ...STATUSES.map((status) => ({
      key: `status-${status}`,
      label: t(`status.${status}`),
      count: counts.statuses[status],
    })),
  ];
  return (
    <dl className="worklist-counts" data-testid="worklist-counts" data-scope={filtered ? 'filter' : 'post'}>
      <dt className="worklist-counts-scope">
        {filtered ? t('declarations.counts.filtered') : t('declarations.counts.post')}
      </dt>
      {entries.map(({ key, label, count }) => (
        <dd key={key} data-count-of={key} data-count={count} className={count === 0 ? 'zero' : undefined}>
          {label} <strong>{formatInteger(count, language)}</strong>
        </dd>
      ))}
    </dl>
  );
});
