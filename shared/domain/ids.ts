import { z } from 'zod';

// Branded types for the identifiers people confuse (STYLE.md habit 4). Parse, don't cast.

/** A tariff code as declared: 6 to 10 digits, no dots (HS6, CN8, HSK10, UK10). */
export const HsCode = z
  .string()
  .regex(/^\d{6}(\d{2}){0,2}$/, 'an HS code is 6, 8 or 10 digits')
  .brand<'HsCode'>();
export type HsCode = z.infer<typeof HsCode>;

/** ISO 4217 alphabetic currency code. */
export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, 'a currency is an ISO 4217 code such as KRW')
  .brand<'CurrencyCode'>();
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** ISO 3166-1 alpha-2 country code. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'a country is an ISO 3166-1 alpha-2 code such as VN')
  .brand<'CountryCode'>();
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * Text a database can store exactly as sent: PostgreSQL refuses NUL in text and jsonb, and a lone
 * UTF-16 surrogate (valid in a JS string, not in UTF-8) fails to encode. Either would fail the
 * whole transaction on every retry, so both are refused at the schema, where the answer is a
 * specific validation error instead of a 500 (issue 8).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Free text (notes): any storable text up to `max` characters, line breaks included. */
export function storableText(max: number) {
  return z.string().max(max).refine(isStorableText, 'text must not contain NUL or unpaired surrogates');
}

/** An identifier: 1 to `max` characters, none of them a control character or lone surrogate. */
export function identifierText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine(
      (value) => isStorableText(value) && !CONTROL_CHARACTER.test(value),
      'an identifier has no control characters',
    );
}
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

/** The largest value of a PostgreSQL `integer` column: versions and seqs are stored as such. */
export const MAX_INT32 = 2 ** 31 - 1;

export const DeclarationId = identifierText(64).brand<'DeclarationId'>();
export type DeclarationId = z.infer<typeof DeclarationId>;

export const PostId = z
  .string()
  .regex(/^[A-Z0-9-]{2,16}$/, 'a post id is 2-16 upper-case letters, digits or dashes')
  .brand<'PostId'>();
export type PostId = z.infer<typeof PostId>;

export const OfficerId = identifierText(64).brand<'OfficerId'>();
export type OfficerId = z.infer<typeof OfficerId>;

/**
 * A decimal amount as a string, never a binary float: "1234.50", "-3", "0.125".
 * Arithmetic happens in decimal.js (shared/tariff); this is the wire and storage form.
 */
export const DecimalString = z
  .string()
  .regex(/^-?\d{1,18}(\.\d{1,9})?$/, 'an amount is a decimal string such as 1234.50')
  .brand<'DecimalString'>();
export type DecimalString = z.infer<typeof DecimalString>;

/** An ISO 8601 instant with offset, as the server and journal record it. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export const IsoDate = z.iso.date();
