import Decimal from 'decimal.js';

/**
 * The one decimal type of the tariff engine. 60 significant digits carry every figure of a
 * 999-item declaration in full precision; rounding happens only where a profile says, with the
 * profile's own rounding mode (never in this constructor).
 */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = Decimal;

export const dec = (value: Decimal.Value): Dec => new Dec(value);

/** A plain decimal string without exponent, as money travels on the wire and in storage. */
export const toPlain = (value: Dec, decimals?: number): string =>
  decimals === undefined ? value.toFixed() : value.toFixed(decimals);
