import type { AssessmentFigures } from '../domain/assessment-claim';
import type { DecimalString } from '../domain/ids';
import type { TaxKind } from '../domain/tax';
import { Dec } from './decimal';
import type { Assessment } from './types';

// The figures of an assessment (issue 9): what a decision claims and what the central API
// recomputes, compared tax by tax and item by item. The device and the server take them from the
// engine's result with the same function, so equal inputs give equal figures.

type Amount = { kind: TaxKind; code: string | null; amount: string };

const amountOf = (line: Amount) => ({
  kind: line.kind,
  code: line.code,
  amount: line.amount as DecimalString,
});

/** The figures of an assessment: the payable total, the totals per tax, the taxes per item. */
export function figuresOf(assessment: Assessment): AssessmentFigures {
  return {
    currency: assessment.currency,
    payable: assessment.totals.payable as DecimalString,
    byKind: assessment.totals.byKind.map(amountOf),
    items: assessment.items.map((item) => ({ sequence: item.sequence, taxes: item.taxes.map(amountOf) })),
    complete: assessment.complete,
  };
}

const keyOf = (line: { kind: string; code: string | null }) => `${line.kind}|${line.code ?? ''}`;

const sameAmount = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : new Dec(a).equals(new Dec(b));

/** Amounts per tax (kind and code) summed, so that the order of lines does not matter. */
function totalsOf(lines: readonly Amount[]): Map<string, string> {
  const totals = new Map<string, Dec>();
  for (const line of lines) {
    const key = keyOf(line);
    totals.set(key, (totals.get(key) ?? new Dec(0)).add(line.amount));
  }
  return new Map([...totals].map(([key, total]) => [key, total.toFixed()]));
}

function sameLines(a: readonly Amount[], b: readonly Amount[]): boolean {
  const left = totalsOf(a);
  const right = totalsOf(b);
  if (left.size !== right.size) return false;
  return [...left].every(([key, amount]) => sameAmount(amount, right.get(key) ?? null));
}

/**
 * Whether two sets of figures say the same: the same currency and completeness, the same payable
 * total, the same amount for every tax in total and on every item. Amounts compare as numbers
 * ("10.00" equals "10"), lines by tax kind and code whatever their order; a tax of zero is not
 * the same as no tax line, as the engine prints each tax it levies.
 */
export function sameFigures(a: AssessmentFigures, b: AssessmentFigures): boolean {
  if (a.currency !== b.currency || a.complete !== b.complete) return false;
  if (!sameAmount(a.payable, b.payable) || !sameLines(a.byKind, b.byKind)) return false;
  if (a.items.length !== b.items.length) return false;
  const itemsOfB = new Map(b.items.map((item) => [item.sequence, item.taxes]));
  return a.items.every((item) => {
    const other = itemsOfB.get(item.sequence);
    return other !== undefined && sameLines(item.taxes, other);
  });
}

/** One tax of a comparison: the claimed and the official amount (null where one has no such tax). */
export type FigureRow = {
  kind: TaxKind;
  code: string | null;
  claimed: string | null;
  official: string | null;
  differs: boolean;
};

/**
 * The totals per tax side by side, in the official order and then any tax only the claim has,
 * for showing a conflict: what the device claimed and what the central API computed.
 */
export function compareFigures(
  claimed: AssessmentFigures,
  official: AssessmentFigures,
): { rows: FigureRow[]; payable: { claimed: string; official: string; differs: boolean } } {
  const claimedTotals = totalsOf(claimed.byKind);
  const officialTotals = totalsOf(official.byKind);
  const order: Amount[] = [];
  const seen = new Set<string>();
  for (const line of [...official.byKind, ...claimed.byKind]) {
    const key = keyOf(line);
    if (seen.has(key)) continue;
    seen.add(key);
    order.push(line);
  }
  const rows = order.map((line) => {
    const key = keyOf(line);
    const a = claimedTotals.get(key) ?? null;
    const b = officialTotals.get(key) ?? null;
    return { kind: line.kind, code: line.code, claimed: a, official: b, differs: !sameAmount(a, b) };
  });
  return {
    rows,
    payable: {
      claimed: claimed.payable,
      official: official.payable,
      differs: !sameAmount(claimed.payable, official.payable),
    },
  };
}
