import type { PackOf } from '../api/reference-v1';
import type { AssessmentFigures, ItemCorrection } from '../domain/assessment-claim';
import { applyCorrections, type CorrectionError } from '../domain/corrections';
import type { Declaration } from '../domain/declaration';
import type { Result } from '../util/result';
import { assessDeclaration } from './engine/assess';
import { figuresOf } from './figures';
import type { Assessment, AssessmentContext } from './types';

// One way from reference packs and a declaration to an assessment's figures, for the device that
// claims them and the central API that verifies them (issue 9): the same context, the same
// corrections, the same engine, so the same versions give the same figures.

/** The packs an assessment is computed with; `taxes` is null where none is published. */
export type AssessmentPacks = {
  tariff: PackOf<'tariff'>;
  rates: PackOf<'rates'>;
  taxes: PackOf<'taxes'> | null;
};

/** The engine's context for a declaration of `declaration.jurisdiction` from its packs. */
function contextOfPacks(declaration: Declaration, packs: AssessmentPacks): AssessmentContext {
  return {
    profile: declaration.jurisdiction,
    tariff: packs.tariff.schedule,
    rates: packs.rates.table,
    ...(packs.taxes === null
      ? {}
      : { nationalTaxRates: packs.taxes.rates, nationalTaxRatesVersion: packs.taxes.label }),
  };
}

/** The declaration with the officer's corrections, assessed with the packs: the full assessment and its figures. */
export function assessCorrected(
  declaration: Declaration,
  corrections: readonly ItemCorrection[],
  packs: AssessmentPacks,
): Result<{ assessment: Assessment; figures: AssessmentFigures }, CorrectionError> {
  const corrected = applyCorrections(declaration, corrections);
  if (!corrected.ok) return corrected;
  const assessment = assessDeclaration(corrected.value, contextOfPacks(corrected.value, packs));
  return { ok: true, value: { assessment, figures: figuresOf(assessment) } };
}
