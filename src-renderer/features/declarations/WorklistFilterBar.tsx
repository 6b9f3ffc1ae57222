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
      <ChoiceFilter
        label={t('declarations.columns.lane')}
        any={t('declarations.filter.anyLane')}
        testId="worklist-filter-lane"
        choices={LANES.map((lane) => ({ value: lane, label: t(`lane.${lane}`) }))}
        value={filter.lane}
        onChange={(value) => onChange({ ...filter, lane: laneOf(value) })}
      />
      <ChoiceFilter
        label={t('declarations.columns.status')}
        any={t('declarations.filter.anyStatus')}
        testId="worklist-filter-status"
        choices={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filter.status}
        onChange={(value) => onChange({ ...filter, status: statusOf(value) })}
      />
    </div>
  );
}

/** One select of the filter bar: "any" (empty) or one of its choices. */
function ChoiceFilter({
  label,
  any,
  testId,
  choices,
  value,
  onChange,
}: {
  label: string;
  any: string;
  testId: string;
  choices: readonly { value: string; label: string }[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <select
      aria-label={label}
      value={value ?? ''}
      data-testid={testId}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{any}</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
