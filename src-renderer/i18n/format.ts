import type { Language } from './language';

/** Korean officers read "2025. 3. 14. 오후 2:05", English ones "14 Mar 2025, 14:05". */
const LOCALE: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

const AGE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago `iso` was, from `nowMs`, in the largest whole unit ("3 hours ago", "3시간 전");
 * under a minute reads "now". A time ahead of the clock (the device clock behind the server's)
 * also reads "now": an age is never negative.
 */
export function formatAge(iso: string, nowMs: number, language: Language): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const elapsed = Math.max(0, nowMs - at);
  const format = new Intl.RelativeTimeFormat(LOCALE[language], { numeric: 'auto' });
  for (const [unit, size] of AGE_STEPS) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

/** A calendar date (YYYY-MM-DD) has no time zone; format it as the date it names. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatInteger(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: 0 }).format(value);
}

/**
 * Groups a decimal string ("1234567.50" → "1,234,567.50") without turning it into a float, which
 * would lose precision past 15 digits and change the amount. Separators come from Intl so the
 * result matches the language's number style.
 */
export function formatDecimalString(amount: string, language: Language): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) return amount;
  const [, sign = '', whole = '', fraction] = match;
  const parts = new Intl.NumberFormat(LOCALE[language]).formatToParts(1000.5);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** Money is shown as its decimal string, grouped, followed by its ISO currency code. */
export function formatMoney(amount: string, currency: string, language: Language): string {
  return `${formatDecimalString(amount, language)} ${currency}`;
}
