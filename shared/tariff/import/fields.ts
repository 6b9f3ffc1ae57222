import { z } from 'zod';
import { MAX_RATE_TEXT_LENGTH } from '../expression/limits';

// Cell schemas shared by the importers: each says in its message what the cell should look like.

const isCalendarDate = (iso: string): boolean => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** YYYY-MM-DD, a real calendar date. */
export const isoDateCell = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** YYYYMMDD (KCS) or YYYY-MM-DD, returned as YYYY-MM-DD. */
export const compactDateCell = z
  .string()
  .trim()
  .regex(/^\d{4}-?\d{2}-?\d{2}$/, 'a date is YYYYMMDD or YYYY-MM-DD')
  .transform((text) => {
    const digits = text.replaceAll('-', '');
    return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  })
  .refine(isCalendarDate, 'not a calendar date');

/** A non-negative decimal number as printed ("1.3497", "1,476.49"), returned without separators. */
export const decimalCell = z
  .string()
  .trim()
  .regex(/^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/, 'a number such as 1.3497')
  .transform((text) => text.replaceAll(',', ''));

/** A 10-digit Korean HSK code. */
export const hskCodeCell = z
  .string()
  .trim()
  .regex(/^\d{10}$/, 'an HSK code is 10 digits');

/** "yes" / "no". */
export const yesNoCell = z.enum(['yes', 'no'], 'yes or no').transform((text) => text === 'yes');

/** "True" / "False" as pandas prints booleans. */
export const pythonBoolCell = z.enum(['True', 'False'], 'True or False').transform((text) => text === 'True');

/** A printed rate that is not blank, and no longer than the rate parser reads. */
export const expressionCell = z
  .string()
  .trim()
  .min(1, 'a rate is required')
  .max(MAX_RATE_TEXT_LENGTH, `a rate is at most ${MAX_RATE_TEXT_LENGTH} characters`);

/** Checks that a date range is in order; used by superRefine on rows with validity. */
export const inOrder = (from: string, to: string): boolean => from <= to;
