import type { AssessmentFigures } from '@shared/domain/assessment-claim';
import type { TaxKind } from '@shared/domain/tax';
import { Dec } from '@shared/tariff/decimal';
import { compareFigures } from '@shared/tariff/figures';

/** One tax before and after the officer's corrections; `change` > 0 is additional duty, < 0 a refund. */
export type DifferenceRow = {
  kind: TaxKind;
  code: string | null;
  before: string;
  after: string;
  change: string;
};

const orZero = (amount: string | null): Dec => new Dec(amount ?? '0');

/**
 * What the corrections change, tax by tax and in total: additional duty (positive) or refund
 * (negative), in decimal strings. A tax only one side levies counts as zero on the other.
 */
export function assessmentDifference(
  declared: AssessmentFigures,
  corrected: AssessmentFigures,
): { rows: DifferenceRow[]; payable: { before: string; after: string; change: string } } {
  const compared = compareFigures(declared, corrected);
  return {
    rows: compared.rows.map((row) => ({
      kind: row.kind,
      code: row.code,
      before: orZero(row.claimed).toFixed(),
      after: orZero(row.official).toFixed(),
      change: orZero(row.official).sub(orZero(row.claimed)).toFixed(),
    })),
    payable: {
      before: declared.payable,
      after: corrected.payable,
      change: new Dec(corrected.payable).sub(declared.payable).toFixed(),
    },
  };
}
