// Rate tables hold tens of thousands of rows (the demo KRW table has one per currency per week), and
// an assessment looks a rate up for every item: index each table once, by currency, sorted by
// period start, and answer "which rows contain this date" by binary search.
import type { ExchangeRate, ExchangeRateTable } from '../types';

type RateIndex = Map<string, ExchangeRate[]>;

const indexes = new WeakMap<ExchangeRateTable, RateIndex>();

function indexFor(table: ExchangeRateTable): RateIndex {
  const cached = indexes.get(table);
  if (cached) return cached;
  const index: RateIndex = new Map();
  for (const rate of table.rates) {
    const list = index.get(rate.currency);
    if (list) list.push(rate);
    else index.set(rate.currency, [rate]);
  }
  for (const list of index.values()) list.sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  indexes.set(table, index);
  return index;
}

/** Every row of `currency` whose period contains `date` (ISO dates compare as strings). */
export function ratesContaining(table: ExchangeRateTable, currency: string, date: string): ExchangeRate[] {
  const list = indexFor(table).get(currency) ?? [];
  // Last row starting on or before the date, then back while rows still contain it (only a miss
  // scans the whole currency, and that is the error path).
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid]!.periodStart <= date) low = mid + 1;
    else high = mid;
  }
  const found: ExchangeRate[] = [];
  for (let i = low - 1; i >= 0; i--) {
    const rate = list[i]!;
    if (rate.periodEnd >= date) found.unshift(rate);
    else if (found.length > 0) break;
  }
  return found;
}

/** The first and last dates the table covers for `currency`, or null when it has none. */
export function coverageOf(table: ExchangeRateTable, currency: string): { from: string; to: string } | null {
  const list = indexFor(table).get(currency);
  if (!list || list.length === 0) return null;
  return {
    from: list[0]!.periodStart,
    to: list.reduce(
      (latest, rate) => (rate.periodEnd > latest ? rate.periodEnd : latest),
      list[0]!.periodEnd,
    ),
  };
}
