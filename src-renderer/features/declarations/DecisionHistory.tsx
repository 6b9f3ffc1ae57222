import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationId } from '@shared/domain';
import { useServices } from '../../app/services';
import { listDecisionHistory } from '../../db/declarations-repo';
import { useLiveQuery } from '../../db';
import { formatDateTime, formatDecimalString } from '../../i18n';
import { useLanguage } from '../../state';
import { useVersionsText } from '../attention/AssessmentConflict';
import { useOfficerName } from '../attention/use-officer-name';

/**
 * A declaration's history as every device of the post sees it (issue 9): each decision the central
 * API applied, oldest first, with its officer, server time and the official assessment stored with
 * it. Decisions of this device not yet confirmed are not here; the page shows them as pending.
 */
export function DecisionHistory({ declarationId }: { declarationId: DeclarationId }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const language = useLanguage();
  const nameOf = useOfficerName();
  const versionsText = useVersionsText();
  const history = useLiveQuery(
    useCallback(() => listDecisionHistory(db, declarationId), [db, declarationId]),
  );
  const entries = history.status === 'ready' ? history.value : [];
  return (
    <section className="panel decision-history" data-testid="decision-history">
      <h2>{t('history.title')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.decisionId} data-decision-id={entry.decisionId} data-kind={entry.kind}>
              <p>
                {t(`decide.kinds.${entry.kind}`)} · {t('history.applied')} · {nameOf(entry.officerId)} ·{' '}
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
        </ol>
      )}
    </section>
  );
}
