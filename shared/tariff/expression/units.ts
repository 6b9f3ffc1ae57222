import { tableOf } from '../lookup';
import type { QuantityQualifier, UnitCode } from '../types';

// Every table keyed by printed text is a Map: a plain object would answer "constructor" or
// "toString" with what it inherits from Object.prototype.

/**
 * Printed unit words → UN/ECE Rec 20 code. Keys are lower-case and space-collapsed, as the
 * tokenizer hands them over. A "per 100 kg" keeps the 100 as the per-quantity with unit KGM
 * (types.ts), so only words that name a unit on their own are here.
 */
export const UNIT_TOKENS: ReadonlyMap<string, UnitCode> = tableOf({
  kg: 'KGM',
  g: 'GRM',
  dt: 'DTN',
  tonne: 'TNE',
  t: 'TNE',
  l: 'LTR',
  liter: 'LTR',
  litre: 'LTR',
  hl: 'HLT',
  ml: 'MLT',
  item: 'NAR',
  items: 'NAR',
  each: 'NAR',
  article: 'NAR',
  pins: 'NAR',
  thousand: 'MIL',
  pair: 'NPR',
  pairs: 'NPR',
  'pr.': 'NPR',
  'doz.': 'DZN',
  doz: 'DZN',
  dozen: 'DZN',
  gross: 'GRO',
  m: 'MTR',
  m2: 'MTK',
  m3: 'MTQ',
  carat: 'CTM',
  'pf. liter': 'PFL',
  'pf.liter': 'PFL',
  'proof liter': 'PFL',
  'proof litre': 'PFL',
  'l alc. 100%': 'LPA',
  bbl: 'BLL',
  head: 'HEA',
});

/** The one word `printRateExpression` writes for each unit; parsing it gives the code back. */
const UNIT_PRINT: ReadonlyMap<UnitCode, string> = tableOf({
  KGM: 'kg',
  GRM: 'g',
  DTN: 'dt',
  TNE: 'tonne',
  LTR: 'l',
  HLT: 'hl',
  MLT: 'ml',
  NAR: 'item',
  MIL: 'thousand',
  NPR: 'pair',
  DZN: 'doz.',
  GRO: 'gross',
  MTR: 'm',
  MTK: 'm2',
  MTQ: 'm3',
  CTM: 'carat',
  PFL: 'pf. liter',
  LPA: 'l alc. 100%',
  BLL: 'bbl',
  HEA: 'head',
});

/** Every Rec 20 code this module can produce or convert (checked against the Rec 20 file in test/). */
export const KNOWN_UNITS: readonly UnitCode[] = [...UNIT_PRINT.keys()];

/** The printed word of a unit, or its code where this module has none. */
export const unitWord = (unit: UnitCode): string => UNIT_PRINT.get(unit) ?? unit;

/**
 * Printed qualifier words (after the unit, "/ net drained wt", "eda", "br") → qualifier. The EU
 * prints some as French abbreviations: "eda" égoutté (drained), "mas" matière sèche (dry matter),
 * "br" brut (gross).
 */
export const QUALIFIER_TOKENS: ReadonlyMap<string, QuantityQualifier> = tableOf({
  net: 'net',
  gross: 'gross',
  br: 'gross',
  'net drained wt': 'net-drained',
  'drained weight': 'net-drained',
  'on drained weight': 'net-drained',
  eda: 'net-drained',
  'net eda': 'net-drained',
  'net dry': 'net-dry',
  'lactic matter': 'lactic-matter',
  'dry lactic matter': 'dry-lactic-matter',
  mas: 'dry-matter',
  'net mas': 'dry-matter',
  'dry matter': 'dry-matter',
  '% vol': 'percent-vol',
  '%vol': 'percent-vol',
  '% sacchar.': 'sugar-content',
  '%sacchar.': 'sugar-content',
  'net/% sacchar.': 'sugar-content',
});

/**
 * How each qualifier is printed. percent-vol and sugar-content print before/after the unit as the EU
 * does. A record over the closed union, so the compiler checks every qualifier has its word.
 */
export const QUALIFIER_PRINT: Readonly<Record<QuantityQualifier, string>> = {
  net: 'net',
  gross: 'gross',
  'net-drained': 'net drained wt',
  'net-dry': 'net dry',
  'lactic-matter': 'lactic matter',
  'dry-lactic-matter': 'dry lactic matter',
  'dry-matter': 'dry matter',
  'percent-vol': '% vol',
  'sugar-content': '% sacchar.',
};

/** Each convertible unit as a multiple of its dimension's base unit (KGM, LTR, NAR, LPA), as decimal strings. */
const FACTORS: ReadonlyMap<UnitCode, { dimension: string; factor: string }> = tableOf({
  GRM: { dimension: 'mass', factor: '0.001' },
  KGM: { dimension: 'mass', factor: '1' },
  DTN: { dimension: 'mass', factor: '100' },
  TNE: { dimension: 'mass', factor: '1000' },
  CTM: { dimension: 'mass', factor: '0.0002' },
  MLT: { dimension: 'volume', factor: '0.001' },
  LTR: { dimension: 'volume', factor: '1' },
  HLT: { dimension: 'volume', factor: '100' },
  MTQ: { dimension: 'volume', factor: '1000' },
  // US barrel (Rec 20: 158.9873 × 10⁻³ m³).
  BLL: { dimension: 'volume', factor: '158.9873' },
  NAR: { dimension: 'count', factor: '1' },
  DZN: { dimension: 'count', factor: '12' },
  GRO: { dimension: 'count', factor: '144' },
  MIL: { dimension: 'count', factor: '1000' },
  // A US proof litre is a litre at 100 proof, i.e. 50 % alcohol by volume: half a litre of pure alcohol.
  LPA: { dimension: 'pure-alcohol', factor: '1' },
  PFL: { dimension: 'pure-alcohol', factor: '0.5' },
});

/**
 * How many `to` units one `from` unit is, or undefined when they measure different things. Pairs
 * (NPR) and heads (HEA) stay on their own: a pair is not two items for tariff purposes.
 */
export function conversionFactor(
  from: UnitCode,
  to: UnitCode,
): { numerator: string; denominator: string } | undefined {
  if (from === to) return { numerator: '1', denominator: '1' };
  const a = FACTORS.get(from);
  const b = FACTORS.get(to);
  if (a === undefined || b === undefined || a.dimension !== b.dimension) return undefined;
  return { numerator: a.factor, denominator: b.factor };
}
