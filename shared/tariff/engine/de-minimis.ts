import type { Declaration } from '../../domain/declaration';
import { Dec } from '../decimal';
import type { JurisdictionProfile } from '../profiles/types';
import type { ExchangeRateTable } from '../types';
import { convertToBase, officialRateOn, type RateUsed } from '../valuation/exchange';
import { err, ok, type Result } from '../../util/result';

export type DeMinimisOutcome = { applies: boolean; trace: string; ratesUsed: RateUsed[] };

/**
 * Whether the personal-use relief applies. The test is on the goods price (the invoice prices of the
 * items, without freight), converted to the threshold currency at the official rate in force on the
 * date of acceptance.
 */
export function deMinimis(
  declaration: Declaration,
  profile: JurisdictionProfile,
  rates: ExchangeRateTable,
): Result<DeMinimisOutcome, string> | null {
  const rule = profile.deMinimis;
  if (rule === null) return null;
  if (rule.personalUseOnly && declaration.personalUse !== true) return null;
  const date = declaration.acceptanceDate;
  const currency = declaration.valuation.invoiceCurrency;
  const price = declaration.items.reduce((acc, i) => acc.add(i.price), new Dec(0));
  const dispatch = declaration.exportCountry ?? declaration.transport.placeOfLoading.slice(0, 2);
  const threshold = new Dec(
    rule.byDispatchCountry.find((t) => t.country === dispatch)?.threshold ?? rule.threshold,
  );
  const used: RateUsed[] = [];

  let inThreshold: Dec;
  if (currency === rule.currency) inThreshold = price;
  else {
    const inBase = convertToBase(rates, price, currency, date);
    if (!inBase.ok) return err(`de minimis cannot be tested: ${inBase.error}`);
    if (inBase.value.rate) used.push({ ...inBase.value.rate, date });
    const thresholdRate = officialRateOn(rates, rule.currency, date);
    if (!thresholdRate.ok) return err(`de minimis cannot be tested: ${thresholdRate.error}`);
    used.push({ ...thresholdRate.value, date });
    inThreshold = inBase.value.value.mul(thresholdRate.value.unitsPerBase);
  }
  const applies = inThreshold.lte(threshold);
  return ok({
    applies,
    ratesUsed: used,
    trace: `de minimis: goods price ${price.toFixed()} ${currency} = ${inThreshold.toDecimalPlaces(2).toFixed()} ${rule.currency} ${applies ? '≤' : '>'} ${threshold.toFixed()} ${rule.currency} (dispatched from ${dispatch})${applies ? `: ${rule.reason}` : ': relief does not apply'}`,
  });
}
