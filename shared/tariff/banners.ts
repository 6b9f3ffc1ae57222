import { dec, toPlain } from './decimal';
import { profileFor } from './profiles';
import type { Assessment } from './types';

// The warnings an assessment carries, worded once: the CLI notice (src-server/assess/format.ts)
// and the officer's assessment panel print these same strings, so what an officer reads on screen
// is what `npm run assess` prints for the same declaration.

export const PROVISIONAL_BANNER =
  '*** PROVISIONAL: a quota balance or other figure could not be confirmed offline ***';
export const INCOMPLETE_BANNER = '*** INCOMPLETE: some items could not be fully assessed (see problems) ***';
/** Appended to the exchange-rate line when the table is not the authority's (demo KRW rates). */
const NOT_OFFICIAL_SUFFIX = ' — NOT OFFICIAL';

export type BannerKind = 'provisional' | 'incomplete' | 'unofficial-rates';
export type Banner = { kind: BannerKind; text: string };

/** "Exchange rates: demo rates, not KCS rates (KRW demo …) — NOT OFFICIAL", as the notice prints it. */
export function exchangeRateLine(assessment: Assessment): string {
  const { label, table, official } = assessment.exchangeRate;
  return `Exchange rates: ${label} (${table})${official ? '' : NOT_OFFICIAL_SUFFIX}`;
}

/**
 * The banners to show above an assessment, in the notice's order: provisional, incomplete, then
 * the exchange-rate line when the rates are not official ("demo rates, not KCS rates").
 */
export function assessmentBanners(assessment: Assessment): Banner[] {
  const banners: Banner[] = [];
  if (assessment.provisional) banners.push({ kind: 'provisional', text: PROVISIONAL_BANNER });
  if (!assessment.complete) banners.push({ kind: 'incomplete', text: INCOMPLETE_BANNER });
  if (!assessment.exchangeRate.official)
    banners.push({ kind: 'unofficial-rates', text: exchangeRateLine(assessment) });
  return banners;
}

/**
 * An amount as the notice prints it: to the decimals of the profile's tax step (UK '0.01' → 2,
 * KR '10' won → 0). Half-up like `Dec`; a decimal string in, a decimal string out.
 */
export function noticeAmount(assessment: Pick<Assessment, 'profile'>): (amount: string) => string {
  const step = profileFor(assessment.profile).rounding.taxAmount.step;
  const decimals = step.includes('.') ? (step.split('.')[1]?.length ?? 0) : 0;
  return (amount) => toPlain(dec(amount), decimals);
}
