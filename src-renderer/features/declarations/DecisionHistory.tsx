import { useTranslation } from 'react-i18next';
import type { DeclarationId } from '@shared/domain';
import { formatDateTime, formatDecimalString } from '../../i18n';
import { useLanguage } from '../../state';
import { useVersionsText } from '../attention/AssessmentConflict';
import { useOfficerName, useOfficerRole } from '../attention/use-officer-name';
import { DecisionDetailsText } from '../decide';
import { useDecisionTimeline } from './use-decision-timeline';

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
  const language = useLanguage();
  const who = useWho();
  const nameOf = useOfficerName();
  const versionsText = useVersionsText();
  const { applied: entries, unconfirmed } = useDecisionTimeline(declarationId);
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
              <DecisionDetailsText details={entry} kind={entry.kind} nameOf={nameOf} />
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
              <DecisionDetailsText details={command} kind={command.kind} nameOf={nameOf} />
              {command.note !== '' && <p className="muted">{command.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
