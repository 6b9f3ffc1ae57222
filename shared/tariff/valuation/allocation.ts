import { Dec } from '../decimal';
import { tableOf } from '../lookup';

/**
 * Splits `total` over items in proportion to `weights`, each part rounded down to `decimals`, the
 * rounding remainder going to the last item so that the parts sum exactly to the whole.
 * All-zero weights split equally (nothing else is defensible).
 */
export function allocate(total: Dec, weights: Dec[], decimals: number): Dec[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((acc, w) => acc.add(w), new Dec(0));
  const shares = sum.isZero()
    ? weights.map(() => new Dec(1).div(weights.length))
    : weights.map((w) => w.div(sum));
  const parts = shares.map((share) => total.mul(share).toDecimalPlaces(decimals, Dec.ROUND_DOWN));
  const allButLast = parts.slice(0, -1).reduce((acc, p) => acc.add(p), new Dec(0));
  parts[parts.length - 1] = total.sub(allButLast);
  return parts;
}

// ISO 4217 minor units of the currencies that do not have two decimals.
const minorUnits: ReadonlyMap<string, number> = tableOf({
  KRW: 0,
  JPY: 0,
  VND: 0,
  CLP: 0,
  ISK: 0,
  PYG: 0,
  UGX: 0,
  XAF: 0,
  XOF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
});

export const currencyDecimals = (currency: string): number => minorUnits.get(currency) ?? 2;
