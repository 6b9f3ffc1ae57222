import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import type { AssessmentClaim } from '@shared/domain/assessment-claim';
import type { OutboxEntry } from '@shared/sync';
import { useServices, useSyncRuntime } from '../../app/services';
import { getDeclaration, useLiveQuery } from '../../db';
import { formatDecimalString } from '../../i18n';
import { useLanguage, useSession } from '../../state';
import { useAssessment } from '../assessment/use-assessment';
import { decisionErrorText } from '../decide';
import { isAssessmentConflict, officialVersions, useVersionsText } from './AssessmentConflict';

const newerOrSame = (held: number | null, wanted: number | null) =>
  wanted === null || (held !== null && held >= wanted);

/**
 * The re-decide path of ASSESSMENT_MISMATCH and TARIFF_OUTDATED: the same corrections assessed
 * again on this device with the reference data it holds now, saved as a new decision of the same
 * kind (a `reassess`, usually) that supersedes the conflicted one. Offered only once the device holds versions at least as new as
 * the ones the centre used, so the new claim is not outdated on arrival.
 */
export function ReassessCurrent({ entry }: { entry: OutboxEntry }) {
  const { db } = useServices();
  const declarationId = entry.command.declarationId;
  const cached = useLiveQuery(useCallback(() => getDeclaration(db, declarationId), [db, declarationId]));
  if (cached.status !== 'ready' || cached.value === null) return null;
  return <ReassessWith entry={entry} declaration={cached.value} />;
}

function ReassessWith({ entry, declaration }: { entry: OutboxEntry; declaration: Declaration }) {
  const { t } = useTranslation();
  const runtime = useSyncRuntime();
  const session = useSession();
  const language = useLanguage();
  const versionsText = useVersionsText();
  const [corrections] = useState(() => entry.command.assessment?.corrections ?? []);
  const [error, setError] = useState<string | null>(null);
  const state = useAssessment(declaration, corrections);
  const outcome = entry.outcome;
  if (!isAssessmentConflict(outcome)) return null;
  if (state.status === 'assessing') return <p className="muted">{t('attention.reassess.assessing')}</p>;
  const assessed = state.outcome;
  if (assessed.status !== 'assessed') return <p role="alert">{t('attention.reassess.cannot')}</p>;
  const wanted = officialVersions(outcome);
  const held = assessed.versions;
  if (
    !newerOrSame(held.tariff, wanted.tariff) ||
    !newerOrSame(held.rates, wanted.rates) ||
    !newerOrSame(held.taxes, wanted.taxes)
  ) {
    return <p className="muted">{t('attention.reassess.waiting', { held: versionsText(held) })}</p>;
  }
  const claim: AssessmentClaim = {
    versions: held,
    tariffLabel: assessed.labels.tariff,
    ratesLabel: assessed.labels.rates,
    corrections,
    figures: assessed.figures,
  };
  return (
    <div
      className="attention-reassess"
      data-testid="attention-reassess"
      data-payable={assessed.figures.payable}
    >
      <p>
        {t('attention.reassess.result', {
          payable: formatDecimalString(assessed.figures.payable, language),
          currency: assessed.figures.currency,
          versions: versionsText(held),
        })}
      </p>
      <button
        type="button"
        disabled={runtime === null || session === null}
        onClick={async () => {
          if (!runtime || !session) return;
          const saved = await runtime.decisions.redecide(entry.command.decisionId, session.officer.id, {
            kind: entry.command.kind,
            reasonCode: entry.command.reasonCode,
            note: entry.command.note,
            assessment: claim,
          });
          setError(saved.ok ? null : decisionErrorText(t, saved.error));
        }}
      >
        {t('attention.reassess.save')}
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
