import { useTranslation } from 'react-i18next';
import type { DecisionKind } from '@shared/domain';
import {
  CorrectableField,
  DocumentCheckState,
  type DecisionDetails,
  type DocumentCheck,
} from '@shared/domain/decision-details';
import { Lane, type Declaration, type Officer } from '@shared/domain';
import { mayAssignOthers, type Actor } from '@shared/domain/role-matrix';

export type DetailsTarget = Pick<Declaration, 'reference' | 'lane' | 'documents' | 'assignedTo'>;

/**
 * The inputs a kind needs besides its reason: whom to assign (a supervisor picks anyone of the
 * post; an officer only themselves, or nobody to hand back their own), the fields to correct,
 * the lane to route to, each document's check state. Controlled: `details` is the form's state.
 */
export function KindDetails({
  kind,
  details,
  onChange,
  actor,
  officers,
  target,
}: {
  kind: DecisionKind;
  details: DecisionDetails;
  onChange: (details: DecisionDetails) => void;
  actor: Actor;
  officers: readonly Officer[];
  target: DetailsTarget;
}) {
  const { t } = useTranslation();
  switch (kind) {
    case 'assign': {
      const choices = mayAssignOthers(actor.role)
        ? officers.filter((officer) => officer.role !== 'administrator')
        : officers.filter((officer) => officer.id === actor.officerId);
      return (
        <label>
          {t('workflow.assignee')}
          <select
            name="assignee"
            value={details.assignee ?? ''}
            onChange={(event) => {
              const chosen = officers.find((officer) => officer.id === event.target.value);
              onChange({ assignee: chosen?.id ?? null });
            }}
          >
            <option value="">{t('workflow.nobody')}</option>
            {choices.map((officer) => (
              <option key={officer.id} value={officer.id}>
                {officer.id === actor.officerId
                  ? t('workflow.me', { name: officer.displayName })
                  : `${officer.displayName} (${t(`history.roles.${officer.role}`)})`}
              </option>
            ))}
          </select>
        </label>
      );
    }
    case 'request-correction': {
      const chosen = details.correctionFields ?? [];
      return (
        <fieldset name="correctionFields" className="correction-fields">
          <legend>{t('workflow.fields')}</legend>
          {CorrectableField.options.map((field) => (
            <label key={field}>
              <input
                type="checkbox"
                value={field}
                checked={chosen.includes(field)}
                onChange={(event) => {
                  const next = event.target.checked
                    ? CorrectableField.options.filter((f) => f === field || chosen.includes(f))
                    : chosen.filter((f) => f !== field);
                  onChange(next.length === 0 ? {} : { correctionFields: next });
                }}
              />
              {t(`workflow.correctable.${field}`)}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'reroute':
      return (
        <label>
          {t('workflow.lane')}
          <select
            name="lane"
            value={details.lane ?? ''}
            onChange={(event) => {
              const lane = Lane.safeParse(event.target.value);
              onChange(lane.success ? { lane: lane.data } : {});
            }}
          >
            <option value="">—</option>
            {Lane.options
              .filter((lane) => lane !== target.lane)
              .map((lane) => (
                <option key={lane} value={lane}>
                  {t(`lane.${lane}`)}
                </option>
              ))}
          </select>
        </label>
      );
    case 'check-documents':
      return <DocumentChecks details={details} onChange={onChange} target={target} />;
    default:
      return null;
  }
}

/** Every document the declaration lists, each with its state ("seen" until the officer says otherwise). */
export function initialDocumentChecks(target: DetailsTarget): DecisionDetails {
  if (target.documents.length === 0) return {};
  return {
    documentChecks: target.documents.map(({ code, reference }) => ({ code, reference, state: 'seen' })),
  };
}

function DocumentChecks({
  details,
  onChange,
  target,
}: {
  details: DecisionDetails;
  onChange: (details: DecisionDetails) => void;
  target: DetailsTarget;
}) {
  const { t } = useTranslation();
  const checks: readonly DocumentCheck[] = details.documentChecks ?? [];
  if (target.documents.length === 0) return <p className="muted">{t('workflow.noDocuments')}</p>;
  return (
    <fieldset className="document-checks">
      <legend>{t('workflow.documents')}</legend>
      {checks.map((check, index) => (
        <label key={`${check.code} ${check.reference}`}>
          <span className="mono">{`${check.code} ${check.reference}`}</span>
          <select
            name={`document-${index}`}
            value={check.state}
            onChange={(event) => {
              const state = DocumentCheckState.safeParse(event.target.value);
              if (!state.success) return;
              onChange({
                documentChecks: checks.map((other, at) =>
                  at === index ? { ...other, state: state.data } : other,
                ),
              });
            }}
          >
            {DocumentCheckState.options.map((state) => (
              <option key={state} value={state}>
                {t(`workflow.states.${state}`)}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
