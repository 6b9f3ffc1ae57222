import type { Random } from './random';

// Calendar arithmetic on ISO dates through UTC midnights: no clock, no local time zone.

const DAY_MS = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysInMonth(month: string): number {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** A date in [from, to], both inclusive. */
export function dateBetween(random: Random, from: string, to: string): string {
  const span = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
  return addDays(from, random.int(0, Math.max(0, span)));
}

/**
 * An acceptance date in `month` ("2026-09"): a declaration still pending was accepted in the
 * month's last three days, a decided one any day of it.
 */
export function acceptanceDateIn(random: Random, month: string, pending: boolean): string {
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
  return pending ? dateBetween(random, addDays(last, -2), last) : dateBetween(random, first, last);
}

/** A working-hours instant on `date` with the post's UTC offset ("+09:00"). */
export function instantOn(random: Random, date: string, offset: string): string {
  const hh = String(random.int(7, 21)).padStart(2, '0');
  const mm = String(random.int(0, 59)).padStart(2, '0');
  const ss = String(random.int(0, 59)).padStart(2, '0');
  return `${date}T${hh}:${mm}:${ss}${offset}`;
}

function lastSunday(year: number, monthIndex: number): number {
  const last = new Date(Date.UTC(year, monthIndex + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Europe/London's offset on a date (BST from the last Sunday of March to that of October). */
export function londonOffset(isoDate: string): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  const afterStart = m > 3 || (m === 3 && d >= lastSunday(y, 2));
  const beforeEnd = m < 10 || (m === 10 && d < lastSunday(y, 9));
  return afterStart && beforeEnd ? '+01:00' : '+00:00';
}
