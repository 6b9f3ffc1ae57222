import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntry } from '@shared/sync';
import { useSyncRuntime } from '../../app/services';
import { useSession } from '../../state';
import { decisionErrorText, DecisionForm } from '../decide';
import { AssessmentConflict, isAssessmentConflict } from './AssessmentConflict';
import { AttentionSubject } from './AttentionSubject';
import { InterveningDecisions } from './InterveningDecisions';
import { ReassessCurrent } from './ReassessCurrent';

function outcomeText(t: ReturnType<typeof useTranslation>['t'], entry: OutboxEntry): string {
  const outcome = entry.outcome;
  if (outcome?.outcome === 'CONFLICT') {
    return t('attention.conflict', { reason: t(`attention.reasons.${outcome.reason}`) });
  }
  if (outcome?.outcome === 'REJECTED') return t('attention.rejected', { message: outcome.message });
  return '';
}

/** One conflict or rejection: re-decide (a new command), escalate (refer), or acknowledge. */
export function AttentionItem({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  const runtime = useSyncRuntime();
  const session = useSession();
  const [redeciding, setRedeciding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { command } = entry;
  const canAct = runtime !== null && session !== null;

  return (
    <li
      className="panel attention-item"
      data-testid="attention-item"
      data-reason={entry.state}
      data-decision-id={command.decisionId}
    >
      <AttentionSubject command={command}>{outcomeText(t, entry)}</AttentionSubject>
      <InterveningDecisions outcome={entry.outcome} />
      <AssessmentConflict outcome={entry.outcome} />
      <div className="attention-actions">
        <button type="button" disabled={!canAct} onClick={() => setRedeciding(true)}>
          {t('attention.redecide')}
        </button>
        <button
          type="button"
          disabled={!canAct}
          onClick={async () => {
            if (!runtime || !session) return;
            const saved = await runtime.decisions.escalate(command.decisionId, session.officer.id, '');
            setError(saved.ok ? null : decisionErrorText(t, saved.error));
          }}
        >
          {t('attention.escalate')}
        </button>
        <button
          type="button"
          disabled={runtime === null}
          onClick={() => void runtime?.decisions.acknowledge(command.decisionId)}
        >
          {t('attention.acknowledge')}
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {redeciding && runtime && session && isAssessmentConflict(entry.outcome) && (
        <ReassessCurrent entry={entry} />
      )}
      {redeciding && runtime && session && !isAssessmentConflict(entry.outcome) && (
        <DecisionForm
          initialKind={command.kind}
          onSave={async (form) => {
            const saved = await runtime.decisions.redecide(command.decisionId, session.officer.id, form);
            return saved.ok ? null : decisionErrorText(t, saved.error);
          }}
        />
      )}
    </li>
  );
}
