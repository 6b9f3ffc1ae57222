// Rate tables hold tens of thousands of rows (the demo KRW table has one per currency per week), and
// an assessment looks a rate up for every item: index each table once, by currency, sorted by
// period start, and answer "which rows contain this date" by binary search.
import type { ExchangeRate, ExchangeRateTable } from '../types';

/** Rows of one currency sorted by period start, and the longest period among them in days. */
type CurrencyRates = { rows: ExchangeRate[]; longestDays: number };
type RateIndex = Map<string, CurrencyRates>;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);

const indexes = new WeakMap<ExchangeRateTable, RateIndex>();

function indexFor(table: ExchangeRateTable): RateIndex {
  const cached = indexes.get(table);
  if (cached) return cached;
  const index: RateIndex = new Map();
  for (const rate of table.rates) {
    const days = dayNumber(rate.periodEnd) - dayNumber(rate.periodStart);
    const entry = index.get(rate.currency);
    if (entry) {
      entry.rows.push(rate);
      entry.longestDays = Math.max(entry.longestDays, days);
    } else index.set(rate.currency, { rows: [rate], longestDays: days });
  }
  for (const { rows } of index.values()) rows.sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  indexes.set(table, index);
  return index;
}

/** Every row of `currency` whose period contains `date` (ISO dates compare as strings). */
export function ratesContaining(table: ExchangeRateTable, currency: string, date: string): ExchangeRate[] {
  const entry = indexFor(table).get(currency);
  if (!entry) return [];
  const { rows, longestDays } = entry;
  // Binary search for the last row starting on or before the date; a row that contains the date
  // cannot start earlier than the longest period before it, so the scan back stops there.
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]!.periodStart <= date) low = mid + 1;
    else high = mid;
  }
  const earliestStart = isoOfDay(dayNumber(date) - longestDays);
  const found: ExchangeRate[] = [];
  for (let i = low - 1; i >= 0 && rows[i]!.periodStart >= earliestStart; i--) {
    if (rows[i]!.periodEnd >= date) found.unshift(rows[i]!);
  }
  return found;
}

/** The first and last dates the table covers for `currency`, or null when it has none. */
export function coverageOf(table: ExchangeRateTable, currency: string): { from: string; to: string } | null {
  const list = indexFor(table).get(currency)?.rows;
  if (!list || list.length === 0) return null;
  return {
    from: list[0]!.periodStart,
    to: list.reduce(
      (latest, rate) => (rate.periodEnd > latest ? rate.periodEnd : latest),
      list[0]!.periodEnd,
    ),
  };
}
