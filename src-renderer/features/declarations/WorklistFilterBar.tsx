import { useTranslation } from 'react-i18next';
import type { DeclarationStatus, Lane } from '@shared/domain';
import type { WorklistFilter } from '../../db';

const LANES: readonly (Lane | 'none')[] = ['RED', 'YELLOW', 'BLUE', 'GREEN', 'none'];
const STATUSES: readonly DeclarationStatus[] = [
  'registered',
  'selected',
  'assessed',
  'examined',
  'held',
  'rejected',
  'released',
];

const laneOf = (value: string) => LANES.find((lane) => lane === value) ?? null;
const statusOf = (value: string) => STATUSES.find((status) => status === value) ?? null;

/** The quick filter over the worklist: number or trader prefix, lane, status. */
export function WorklistFilterBar({
  filter,
  onChange,
}: {
  filter: WorklistFilter;
  onChange: (filter: WorklistFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="worklist-filter" role="search">
      <input
        type="search"
        aria-label={t('declarations.filter.text')}
        placeholder={t('declarations.filter.text')}
        value={filter.text}
        data-testid="worklist-filter-text"
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
      <select
        aria-label={t('declarations.columns.lane')}
        value={filter.lane ?? ''}
        data-testid="worklist-filter-lane"
        onChange={(event) => onChange({ ...filter, lane: laneOf(event.target.value) })}
      >
        <option value="">{t('declarations.filter.anyLane')}</option>
        {LANES.map((lane) => (
          <option key={lane} value={lane}>
            {t(`lane.${lane}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('declarations.columns.status')}
        value={filter.status ?? ''}
        data-testid="worklist-filter-status"
        onChange={(event) => onChange({ ...filter, status: statusOf(event.target.value) })}
      >
        <option value="">{t('declarations.filter.anyStatus')}</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
