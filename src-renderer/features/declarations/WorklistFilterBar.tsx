import { memo, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FILTER, type WorklistFilter } from '../../db';
import { useSession } from '../../state';
import { LANES, STATUSES } from './worklist-choices';

const laneOf = (value: string) => LANES.find((lane) => lane === value) ?? null;
const statusOf = (value: string) => STATUSES.find((status) => status === value) ?? null;
/** A risk bound as typed: a whole number 0–100, or none. */
const riskOf = (value: string) => {
  const risk = Number.parseInt(value, 10);
  return Number.isNaN(risk) ? null : Math.min(100, Math.max(0, risk));
};

/**
 * Every filter of the worklist: the quick search (declaration number or any party's name, found
 * by `/` through data-shortcut), lane, status, risk range, registration days, importer, HS code
 * prefix, origin (of the countries present at the post), assigned officer, pending and attention.
 */
export const WorklistFilterBar = memo(function WorklistFilterBar({
  filter,
  onChange,
  origins,
}: {
  filter: WorklistFilter;
  onChange: (filter: WorklistFilter) => void;
  origins: readonly string[];
}) {
  const { t } = useTranslation();
  const officerId = useSession()?.officer.id ?? null;
  const set = (change: Partial<WorklistFilter>) => onChange({ ...filter, ...change });
  const assignees = [
    ...(officerId === null ? [] : [{ value: officerId, label: t('declarations.filter.assignedToMe') }]),
    { value: 'none', label: t('declarations.filter.assignedToNobody') },
    // Another officer's id stays choosable when a saved view names one.
    ...(filter.assignedTo !== null && filter.assignedTo !== 'none' && filter.assignedTo !== officerId
      ? [{ value: filter.assignedTo, label: filter.assignedTo }]
      : []),
  ];
  return (
    <div className="worklist-filter" role="search">
      <FilterInput
        type="search"
        className="worklist-search"
        label={t('declarations.filter.text')}
        placeholder={t('declarations.filter.text')}
        value={filter.text}
        testId="worklist-filter-text"
        data-shortcut="search"
        onValue={(text) => set({ text })}
      />
      <ChoiceFilter
        label={t('declarations.columns.lane')}
        any={t('declarations.filter.anyLane')}
        testId="worklist-filter-lane"
        choices={LANES.map((lane) => ({ value: lane, label: t(`lane.${lane}`) }))}
        value={filter.lane}
        onChange={(value) => set({ lane: laneOf(value) })}
      />
      <ChoiceFilter
        label={t('declarations.columns.status')}
        any={t('declarations.filter.anyStatus')}
        testId="worklist-filter-status"
        choices={STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
        value={filter.status}
        onChange={(value) => set({ status: statusOf(value) })}
      />
      <fieldset className="worklist-range">
        <legend>{t('declarations.filter.risk')}</legend>
        {(['riskMin', 'riskMax'] as const).map((bound) => (
          <FilterInput
            key={bound}
            type="number"
            min={0}
            max={100}
            label={t(`declarations.filter.${bound}`)}
            placeholder={t(bound === 'riskMin' ? 'declarations.filter.min' : 'declarations.filter.max')}
            value={String(filter[bound] ?? '')}
            testId={`worklist-filter-${bound === 'riskMin' ? 'risk-min' : 'risk-max'}`}
            onValue={(value) => set({ [bound]: riskOf(value) })}
          />
        ))}
      </fieldset>
      <fieldset className="worklist-range">
        <legend>{t('declarations.filter.registered')}</legend>
        {(['registeredFrom', 'registeredTo'] as const).map((bound) => (
          <FilterInput
            key={bound}
            type="date"
            label={t(`declarations.filter.${bound}`)}
            value={filter[bound] ?? ''}
            testId={`worklist-filter-${bound === 'registeredFrom' ? 'from' : 'to'}`}
            onValue={(value) => set({ [bound]: value || null })}
          />
        ))}
      </fieldset>
      <FilterInput
        label={t('declarations.filter.importer')}
        placeholder={t('declarations.filter.importer')}
        value={filter.importer}
        testId="worklist-filter-importer"
        onValue={(importer) => set({ importer })}
      />
      <FilterInput
        inputMode="numeric"
        className="worklist-hs"
        label={t('declarations.filter.hsPrefix')}
        placeholder={t('declarations.filter.hsPrefix')}
        value={filter.hsPrefix}
        testId="worklist-filter-hs"
        onValue={(hsPrefix) => set({ hsPrefix })}
      />
      <ChoiceFilter
        label={t('declarations.filter.origin')}
        any={t('declarations.filter.anyOrigin')}
        testId="worklist-filter-origin"
        choices={origins.map((country) => ({ value: country, label: country }))}
        value={filter.origin}
        onChange={(value) => set({ origin: value || null })}
      />
      <ChoiceFilter
        label={t('declarations.filter.assignedTo')}
        any={t('declarations.filter.anyAssignee')}
        testId="worklist-filter-assignee"
        choices={assignees}
        value={filter.assignedTo}
        onChange={(value) => set({ assignedTo: value || null })}
      />
      {(['pendingOnly', 'needsAttention'] as const).map((flag) => (
        <label key={flag} className="worklist-toggle">
          <input
            type="checkbox"
            checked={filter[flag]}
            data-testid={`worklist-filter-${flag === 'pendingOnly' ? 'pending' : 'attention'}`}
            onChange={(event) => set({ [flag]: event.target.checked })}
          />
          {t(`declarations.filter.${flag}`)}
        </label>
      ))}
      <button type="button" data-testid="worklist-filter-clear" onClick={() => onChange(NO_FILTER)}>
        {t('declarations.filter.clear')}
      </button>
    </div>
  );
});

type FilterInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  value: string;
  testId: string;
  onValue: (value: string) => void;
  'data-shortcut'?: string;
};

/** One typed filter, labelled for screen readers (the placeholder is no label). */
function FilterInput({ label, value, testId, onValue, type = 'text', ...rest }: FilterInputProps) {
  return (
    <input
      {...rest}
      type={type}
      aria-label={label}
      value={value}
      data-testid={testId}
      onChange={(event) => onValue(event.target.value)}
    />
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
