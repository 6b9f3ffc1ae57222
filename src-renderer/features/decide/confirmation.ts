import type { TFunction } from 'i18next';
import type { DecisionKind } from '@shared/domain';
import type { DecisionDetails } from '@shared/domain/decision-details';
import { assertNever } from '@shared/util/assert-never';
import type { DetailsTarget } from './KindDetails';

/**
 * What saving will do, in words, before it is done: "Release 18060-26-0000089: the goods may
 * leave; saved on this device, sent to the centre when online".
 */
export function confirmationText(
  t: TFunction,
  decision: { kind: DecisionKind } & DecisionDetails,
  target: DetailsTarget,
  nameOf: (officerId: string) => string,
): string {
  return `${effectText(t, decision, target, nameOf)}; ${t('workflow.confirm.delivery')}.`;
}

function effectText(
  t: TFunction,
  decision: { kind: DecisionKind } & DecisionDetails,
  target: DetailsTarget,
  nameOf: (officerId: string) => string,
): string {
  // A re-decision form knows no declaration to name: it says "this declaration".
  const reference = target.reference === '' ? t('workflow.confirm.thisDeclaration') : target.reference;
  const { kind } = decision;
  switch (kind) {
    case 'assign':
      return decision.assignee == null
        ? t('workflow.confirm.effects.unassign', { reference })
        : t('workflow.confirm.effects.assign', { reference, assignee: nameOf(decision.assignee) });
    case 'request-correction':
      return t('workflow.confirm.effects.request-correction', {
        reference,
        fields: (decision.correctionFields ?? [])
          .map((field) => t(`workflow.correctable.${field}`))
          .join(', '),
      });
    case 'reroute':
      return t('workflow.confirm.effects.reroute', {
        reference,
        from: t(`lane.${target.lane ?? 'none'}`),
        to: t(`lane.${decision.lane ?? 'none'}`),
      });
    case 'check-documents':
      return t('workflow.confirm.effects.check-documents', {
        reference,
        checks: (decision.documentChecks ?? [])
          .map((check) => `${check.code} ${t(`workflow.states.${check.state}`)}`)
          .join(', '),
      });
    case 'release':
    case 'hold':
    case 'inspect':
    case 'reassess':
    case 'refer':
    case 'reject':
      return t(`workflow.confirm.effects.${kind}`, { reference });
    default:
      return assertNever(kind, 'decision kind');
  }
}
