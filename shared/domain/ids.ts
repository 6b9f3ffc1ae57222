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

export const DeclarationId = z.string().min(1).max(64).brand<'DeclarationId'>();
export type DeclarationId = z.infer<typeof DeclarationId>;

export const PostId = z
  .string()
  .regex(/^[A-Z0-9-]{2,16}$/, 'a post id is 2-16 upper-case letters, digits or dashes')
  .brand<'PostId'>();
export type PostId = z.infer<typeof PostId>;

export const OfficerId = z.string().min(1).max(64).brand<'OfficerId'>();
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
