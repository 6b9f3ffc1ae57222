import { tableOf } from '../lookup';
import type { MonthDay } from '../types';

export type DayRange = { from: MonthDay; to: MonthDay };

const MONTHS: ReadonlyMap<string, number> = tableOf({
  JAN: 1,
  FEB: 2,
  MAR: 3,
  APR: 4,
  MAY: 5,
  JUN: 6,
  JUNE: 6,
  JUL: 7,
  JULY: 7,
  AUG: 8,
  SEP: 9,
  SEPT: 9,
  OCT: 10,
  NOV: 11,
  DEC: 12,
});

export const MONTH_NAMES = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];

/** Days per month in a leap year, so 29 FEB is a day a window can hold. */
const MONTH_LENGTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const monthNumber = (word: string): number | undefined => MONTHS.get(word.toUpperCase());

/**
 * A printed day of a month. The schedules print "31 APR" (a day April does not have) as the end of
 * April; it is kept as printed, because windows compare month and day as numbers and 04-31 still
 * falls between 04-30 and 05-01. Days past 31 are not a date at all.
 */
export const isDay = (day: number): boolean => Number.isInteger(day) && day >= 1 && day <= 31;

const key = ({ month, day }: MonthDay): number => month * 100 + day;

/** Whether `date` (month-day) falls in the range; a range whose end comes before its start crosses the year end. */
export function rangeContains(range: DayRange, date: MonthDay): boolean {
  const [from, to, d] = [key(range.from), key(range.to), key(date)];
  return from <= to ? from <= d && d <= to : d >= from || d <= to;
}

/**
 * The days of the year no listed range covers, as ranges: the window printed without dates
 * ("…, 13.60% MIN 1.6€/100kg/net") applies on the rest of the year.
 */
export function complementRanges(ranges: DayRange[]): DayRange[] {
  const result: DayRange[] = [];
  let open: MonthDay | undefined;
  let previous: MonthDay | undefined;
  for (let month = 1; month <= 12; month += 1) {
    for (let day = 1; day <= (MONTH_LENGTH[month - 1] ?? 31); day += 1) {
      const date = { month, day };
      const covered = ranges.some((range) => rangeContains(range, date));
      if (!covered && open === undefined) open = date;
      if (covered && open !== undefined && previous !== undefined) {
        result.push({ from: open, to: previous });
        open = undefined;
      }
      previous = date;
    }
  }
  if (open !== undefined) result.push({ from: open, to: { month: 12, day: 31 } });
  return result;
}

/** "YYYY-MM-DD" → month and day, or undefined when it is not such a date. */
export function monthDayOf(date: string): MonthDay | undefined {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const month = Number.parseInt(match[1] ?? '', 10);
  const day = Number.parseInt(match[2] ?? '', 10);
  return month >= 1 && month <= 12 && isDay(day) ? { month, day } : undefined;
}

export const printMonthDay = ({ month, day }: MonthDay): string => `${day} ${MONTH_NAMES[month - 1] ?? '?'}`;
