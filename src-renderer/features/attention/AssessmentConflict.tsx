import { useTranslation } from 'react-i18next';
import type { StoredOutcome } from '@shared/api';
import type { AssessmentFigures, AssessmentVersions } from '@shared/domain/assessment-claim';
import { compareFigures } from '@shared/tariff/figures';

type AssessmentConflictOutcome = Extract<
  StoredOutcome,
  { outcome: 'CONFLICT'; reason: 'ASSESSMENT_MISMATCH' | 'TARIFF_OUTDATED' }
>;

/** The conflicts about money (issue 9): the centre recomputed the decision's assessment. */
export function isAssessmentConflict(
  outcome: StoredOutcome | undefined,
): outcome is AssessmentConflictOutcome {
  return (
    outcome?.outcome === 'CONFLICT' &&
    (outcome.reason === 'ASSESSMENT_MISMATCH' || outcome.reason === 'TARIFF_OUTDATED')
  );
}

/** "Tariff version 2, exchange rates 1, national taxes none". */
export function useVersionsText(): (versions: AssessmentVersions) => string {
  const { t } = useTranslation();
  return (versions) =>
    t('attention.figures.versions', {
      tariff: versions.tariff,
      rates: versions.rates,
      taxes: versions.taxes ?? t('attention.figures.noTaxes'),
    });
}

/** The versions of the outcome the centre computed with: the current ones for TARIFF_OUTDATED. */
export function officialVersions(outcome: AssessmentConflictOutcome): AssessmentVersions {
  return outcome.reason === 'TARIFF_OUTDATED' ? outcome.current : outcome.versions;
}

/**
 * For ASSESSMENT_MISMATCH and TARIFF_OUTDATED: each tax as this device claimed it and as the
 * central API computed it, the payable total, and the reference versions each used.
 */
export function AssessmentConflict({ outcome }: { outcome: StoredOutcome | undefined }) {
  const { t } = useTranslation();
  const versionsText = useVersionsText();
  if (!isAssessmentConflict(outcome)) return null;
  const used = outcome.reason === 'TARIFF_OUTDATED' ? outcome.used : outcome.versions;
  return (
    <div className="attention-figures" data-testid="attention-figures">
      <p className="muted">
        {t('attention.figures.used', { versions: versionsText(used) })}
        {outcome.reason === 'TARIFF_OUTDATED' && (
          <>
            {' · '}
            {t('attention.figures.current', { versions: versionsText(outcome.current) })}
          </>
        )}
      </p>
      <FiguresTable claimed={outcome.claimed} official={outcome.official} />
    </div>
  );
}

function FiguresTable({ claimed, official }: { claimed: AssessmentFigures; official: AssessmentFigures }) {
  const { t } = useTranslation();
  const compared = compareFigures(claimed, official);
  return (
    <table className="figures-table">
      <thead>
        <tr>
          <th scope="col">{t('attention.figures.tax')}</th>
          <th scope="col">{t('attention.figures.claimed')}</th>
          <th scope="col">{t('attention.figures.official')}</th>
        </tr>
      </thead>
      <tbody>
        {compared.rows.map((row) => (
          <tr key={`${row.kind}|${row.code ?? ''}`} data-differs={row.differs} data-tax={row.kind}>
            <th scope="row">{t(`assessment.taxKinds.${row.kind}`)}</th>
            <td className="num">{row.claimed ?? '—'}</td>
            <td className="num">{row.official ?? '—'}</td>
          </tr>
        ))}
        <tr data-differs={compared.payable.differs} data-tax="payable">
          <th scope="row">
            {t('attention.figures.payable')} ({official.currency})
          </th>
          <td className="num">{compared.payable.claimed}</td>
          <td className="num">{compared.payable.official}</td>
        </tr>
      </tbody>
    </table>
  );
}
