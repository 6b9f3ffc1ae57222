import { noticeAmount } from '@shared/tariff/banners';
import type { Assessment } from '@shared/tariff/types';
import { formatMoney, type Language } from '../../i18n';

/**
 * Amounts of an assessment as the notice prints them (the profile's decimals), grouped for the
 * officer's language with the currency: "1,278.90 GBP", "12,340 KRW". Decimal strings throughout.
 */
export function moneyOf(
  assessment: Pick<Assessment, 'profile' | 'currency'>,
  language: Language,
): { text: (amount: string) => string; plain: (amount: string) => string } {
  const plain = noticeAmount(assessment);
  return { plain, text: (amount) => formatMoney(plain(amount), assessment.currency, language) };
}
