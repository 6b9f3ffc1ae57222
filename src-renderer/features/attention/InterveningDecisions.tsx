import { useTranslation } from 'react-i18next';
import type { StoredOutcome } from '@shared/api';
import { formatDateTime } from '../../i18n';
import { useLanguage } from '../../state';
import { useOfficerName } from './use-officer-name';

/**
 * For DECIDED_SINCE_VIEWED: the decisions other officers made after the version this one was made
 * on, oldest first (what kind, who, when), so the officer sees what they would have overridden.
 */
export function InterveningDecisions({ outcome }: { outcome: StoredOutcome | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nameOf = useOfficerName();
  if (outcome?.outcome !== 'CONFLICT' || outcome.reason !== 'DECIDED_SINCE_VIEWED') return null;
  return (
    <ul className="attention-intervening" data-testid="attention-intervening">
      {outcome.intervening.map((decision) => (
        <li key={decision.decisionId}>
          {t(`decide.kinds.${decision.kind}`)} · {nameOf(decision.officerId)} ·{' '}
          {formatDateTime(decision.recordedAt, language)}
        </li>
      ))}
    </ul>
  );
}
