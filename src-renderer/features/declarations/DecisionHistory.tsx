import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationId } from '@shared/domain';
import { useServices } from '../../app/services';
import { listDecisionHistory } from '../../db/declarations-repo';
import { listOutboxEntriesFor, useLiveQuery } from '../../db';
import { formatDateTime, formatDecimalString } from '../../i18n';
import { useLanguage } from '../../state';
import { useVersionsText } from '../attention/AssessmentConflict';
import { useOfficerName, useOfficerRole } from '../attention/use-officer-name';

/** "Kim Minji (officer)": who decided, with the role the post lists for them. */
function useWho(): (officerId: string) => string {
  const { t } = useTranslation();
  const nameOf = useOfficerName();
  const roleOf = useOfficerRole();
  return (officerId) => {
    const role = roleOf(officerId);
    return role === null ? nameOf(officerId) : `${nameOf(officerId)} (${t(`history.roles.${role}`)})`;
  };
}

/**
 * A declaration's history as every device of the post sees it (issue 9): each decision the central
 * API applied, oldest first, with its officer and role, server time, reason, note and the official
 * assessment stored with it; then this device's decisions the centre has not confirmed yet, with
 * where each one is (waiting, being sent, in conflict…) and the device's time.
 */
export function DecisionHistory({ declarationId }: { declarationId: DeclarationId }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const language = useLanguage();
  const { outbox } = useServices();
  const who = useWho();
  const versionsText = useVersionsText();
  const history = useLiveQuery(
    useCallback(() => listDecisionHistory(db, declarationId), [db, declarationId]),
  );
  const device = useLiveQuery(
    useCallback(
      async () => (outbox ? listOutboxEntriesFor(outbox, declarationId) : []),
      [outbox, declarationId],
    ),
  );
  const entries = history.status === 'ready' ? history.value : [];
  const applied = new Set(entries.map((entry) => entry.decisionId));
  const unconfirmed = (device.status === 'ready' ? device.value : []).filter(
    (entry) => !applied.has(entry.command.decisionId),
  );
  return (
    <section className="panel decision-history" data-testid="decision-history">
      <h2>{t('history.title')}</h2>
      {entries.length === 0 && unconfirmed.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.decisionId} data-decision-id={entry.decisionId} data-kind={entry.kind}>
              <p>
                {t(`decide.kinds.${entry.kind}`)} · {t('history.applied')} · {who(entry.officerId)} ·{' '}
                {formatDateTime(entry.recordedAt, language)}
                {entry.reasonCode !== null && (
                  <>
                    {' · '}
                    <span className="mono">{entry.reasonCode}</span>
                  </>
                )}
              </p>
              {entry.note !== '' && <p className="muted">{entry.note}</p>}
              {entry.official !== null && (
                <div className="history-official" data-testid="history-official">
                  <p>
                    {t('history.official', {
                      payable: formatDecimalString(entry.official.figures.payable, language),
                      currency: entry.official.figures.currency,
                      versions: versionsText(entry.official.versions),
                    })}
                  </p>
                  <ul className="history-taxes">
                    {entry.official.figures.byKind.map((tax) => (
                      <li key={`${tax.kind}|${tax.code ?? ''}`} data-tax={tax.kind}>
                        {t(`assessment.taxKinds.${tax.kind}`)}{' '}
                        <span className="num">{formatDecimalString(tax.amount, language)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
          {unconfirmed.map(({ command, state }) => (
            <li
              key={command.decisionId}
              className="history-pending"
              data-decision-id={command.decisionId}
              data-kind={command.kind}
              data-state={state}
            >
              <p>
                {t(`decide.kinds.${command.kind}`)} · {t(`history.deviceStates.${state}`)} ·{' '}
                {who(command.officerId)} · {formatDateTime(command.decidedAt, language)}
                {command.reasonCode !== null && (
                  <>
                    {' · '}
                    <span className="mono">{command.reasonCode}</span>
                  </>
                )}
              </p>
              <p className="muted">{t('history.pending')}</p>
              {command.note !== '' && <p className="muted">{command.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
