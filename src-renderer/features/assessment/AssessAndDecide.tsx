import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Declaration } from '@shared/domain';
import type { AssessmentClaim, ItemCorrection } from '@shared/domain/assessment-claim';
import { formatDecimalString, type Language } from '../../i18n';
import { useLanguage } from '../../state';
import { DecidePanel } from '../decide';
import type { AssessOutcome } from './assess-core';
import { AssessmentPanel } from './AssessmentPanel';
import { Difference } from './Difference';
import { ReassessForm } from './ReassessForm';
import { useAssessment, useReasonCodes } from './use-assessment';

const AS_DECLARED: ItemCorrection[] = [];

/** The claim a `reassess` decision carries: the corrections, the versions and the figures seen. */
function claimOf(outcome: AssessOutcome | null, corrections: ItemCorrection[]): AssessmentClaim | null {
  if (outcome?.status !== 'assessed') return null;
  return {
    versions: outcome.versions,
    tariffLabel: outcome.labels.tariff,
    ratesLabel: outcome.labels.rates,
    corrections,
    figures: outcome.figures,
  };
}

/**
 * The assessment as declared, the officer's what-if corrections with the new assessment and the
 * difference per tax, and the Decide panel, which attaches the corrected assessment to a
 * `reassess` decision. Corrections live only on this page until they are decided.
 */
export function AssessAndDecide({ declaration }: { declaration: Declaration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [corrections, setCorrections] = useState<ItemCorrection[]>(AS_DECLARED);
  const reasonCodes = useReasonCodes(declaration.jurisdiction);
  const declared = useAssessment(declaration, AS_DECLARED);
  const corrected = useAssessment(declaration, corrections.length > 0 ? corrections : null);
  const declaredOutcome = declared.status === 'done' ? declared.outcome : null;
  const correctedOutcome = corrected?.status === 'done' ? corrected.outcome : null;
  const claim = useMemo(
    () =>
      corrections.length > 0 ? claimOf(correctedOutcome, corrections) : claimOf(declaredOutcome, corrections),
    [corrections, correctedOutcome, declaredOutcome],
  );

  const correct = (correction: ItemCorrection) =>
    setCorrections((now) =>
      [...now.filter((c) => c.sequence !== correction.sequence), correction].sort(
        (a, b) => a.sequence - b.sequence,
      ),
    );

  return (
    <>
      <AssessmentPanel declaration={declaration} state={declared} />
      <section className="panel reassess-panel" data-testid="reassess-panel">
        <h2>{t('assessment.reassess.title')}</h2>
        <p className="muted">{t('assessment.reassess.hint')}</p>
        <ReassessForm declaration={declaration} applied={corrections} onCorrect={correct} />
        {corrections.length > 0 && (
          <ul className="corrections" data-testid="corrections">
            {corrections.map((correction) => (
              <li key={correction.sequence}>
                <span className="mono">{describeCorrection(correction, t, language)}</span>{' '}
                <button
                  type="button"
                  onClick={() => setCorrections((now) => now.filter((c) => c !== correction))}
                >
                  {t('assessment.reassess.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {declaredOutcome?.status === 'assessed' && correctedOutcome?.status === 'assessed' && (
          <Difference
            assessment={declaredOutcome.assessment}
            declared={declaredOutcome.figures}
            corrected={correctedOutcome.figures}
          />
        )}
      </section>
      {corrected !== null && (
        <AssessmentPanel
          declaration={declaration}
          state={corrected}
          title={t('assessment.reassess.corrected')}
        />
      )}
      <DecidePanel declaration={declaration} reasonCodes={reasonCodes} assessment={claim} />
    </>
  );
}

type CorrectedField = Exclude<keyof ItemCorrection, 'sequence'>;
const FIELD_ORDER: CorrectedField[] = [
  'hsCode',
  'originCountry',
  'preference',
  'quantity',
  'netMassKg',
  'price',
  'engineCapacityCc',
  'electricVehicle',
  'liquorCategory',
  'alcoholStrengthPercent',
  'adjustments',
];

/**
 * "Item 2: HS code 8703…, Price 1,000, Liquor category Whisky" — the fields a correction names, as
 * the form labels them, with their values as the form offers them.
 */
function describeCorrection(correction: ItemCorrection, t: TFunction, language: Language): string {
  const { sequence, ...fields } = correction;
  const amount = (value: string | undefined) => value && formatDecimalString(value, language);
  const values: Record<CorrectedField, string | undefined> = {
    hsCode: fields.hsCode,
    originCountry: fields.originCountry,
    preference:
      fields.preference === null ? t('assessment.reassess.preferenceWithdraw') : fields.preference?.agreement,
    quantity: amount(fields.quantity),
    netMassKg: amount(fields.netMassKg),
    price: amount(fields.price),
    engineCapacityCc: amount(fields.engineCapacityCc),
    electricVehicle:
      fields.electricVehicle === undefined
        ? undefined
        : t(fields.electricVehicle ? 'assessment.reassess.yes' : 'assessment.reassess.no'),
    liquorCategory: fields.liquorCategory && t(`liquorCategory.${fields.liquorCategory}`),
    alcoholStrengthPercent: amount(fields.alcoholStrengthPercent),
    adjustments: fields.adjustments && JSON.stringify(fields.adjustments),
  };
  const parts = FIELD_ORDER.filter((name) => values[name] !== undefined).map(
    (name) => `${t(`assessment.reassess.fields.${name}`)} ${values[name]}`,
  );
  return `${t('assessment.reassess.fields.sequence')} ${sequence}: ${parts.join(', ')}`;
}
