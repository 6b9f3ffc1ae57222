import { useTranslation } from 'react-i18next';
import type { DecisionDetails } from '@shared/domain/decision-details';

/**
 * What a decision carried besides its reason, for a history line: "assigned to Kim", "to correct:
 * value, origin", "lane Red", "N935 INV-1: Seen". Nothing for the kinds that carry none. The
 * declaration page's history shows it under each entry (issue 11, item 4: document check states
 * visible in history).
 */
export function DecisionDetailsText({
  details,
  kind,
  nameOf,
}: {
  details: DecisionDetails;
  kind: string;
  nameOf: (officerId: string) => string;
}) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (kind === 'assign') {
    const assignee = details.assignee ?? null;
    parts.push(
      assignee === null
        ? t('workflow.details.unassigned')
        : t('workflow.details.assignee', { name: nameOf(assignee) }),
    );
  }
  if (details.correctionFields !== undefined) {
    const fields = details.correctionFields.map((field) => t(`workflow.correctable.${field}`)).join(', ');
    parts.push(t('workflow.details.fields', { fields }));
  }
  if (details.lane !== undefined) parts.push(t('workflow.details.lane', { lane: t(`lane.${details.lane}`) }));
  for (const check of details.documentChecks ?? []) {
    parts.push(`${check.code} ${check.reference}: ${t(`workflow.states.${check.state}`)}`);
  }
  if (parts.length === 0) return null;
  return (
    <p className="decision-details" data-testid="decision-details">
      {parts.join(' · ')}
    </p>
  );
}
