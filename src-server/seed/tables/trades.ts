import type { TransportMode } from '@shared/domain';
import type { WeightedChoice } from '../random';

/**
 * A kind of consignment: the HS prefixes its goods come from, where they come from, how they
 * travel and what they cost per kilogram. Mixing chapters freely would put live horses and
 * microchips on one invoice; real consignments stay within one trade.
 */
export type Trade = {
  id: string;
  prefixes: readonly string[];
  origins: readonly WeightedChoice<string>[];
  modes: readonly TransportMode[];
  /** Invoice price per kilogram of net mass in USD: demo shapes, not reference prices. */
  usdPerKg: readonly [number, number];
};

/** Viet Nam FTA food lines (fish, fruit, honey, prepared seafood) and their price bands. */
export const VN_FOOD_GROUPS: readonly WeightedChoice<{
  prefixes: readonly string[];
  usdPerKg: readonly [number, number];
}>[] = [
  [{ prefixes: ['03'], usdPerKg: [3, 14] }, 45],
  [{ prefixes: ['1604', '1605'], usdPerKg: [5, 15] }, 15],
  [{ prefixes: ['08'], usdPerKg: [0.8, 4] }, 30],
  [{ prefixes: ['0409'], usdPerKg: [2.5, 6] }, 10],
];

/** Origins of P3 quota-tariff goods (non-preferential imports). */
export const QUOTA_ORIGINS: readonly WeightedChoice<string>[] = [
  ['US', 25],
  ['CN', 20],
  ['AU', 15],
  ['BR', 15],
  ['DE', 10],
  ['TH', 15],
];

/** Chapters and lines never generated: arms, art and electricity are not border-post freight. */
export const EXCLUDED_PREFIXES: readonly string[] = ['93', '97', '2716', '98', '99'];

/**
 * Indicative units of each invoice currency per US dollar, only to make invoice amounts look
 * right in the demo. Never used for assessment: the engine reads official rates.
 */
export const UNITS_PER_USD: Readonly<Record<string, string>> = {
  USD: '1',
  EUR: '0.92',
  GBP: '0.78',
  JPY: '150',
  CNY: '7.2',
  VND: '25000',
  AUD: '1.5',
  CHF: '0.88',
  TRY: '34',
  PLN: '4',
  SEK: '10.5',
};
