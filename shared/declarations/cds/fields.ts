import { preview } from '../../tariff/preview';
import type { ImportError } from '../../tariff/types';
import type { XmlElement } from './xml';
import { at, textAt } from './xml';

/** Thrown inside the importer only; `importCdsDeclaration` turns it into a Result. */
export class ImportFailure extends Error {
  constructor(readonly error: ImportError) {
    super(error.message);
  }
}

export function fail(code: string, message: string, where?: string): never {
  throw new ImportFailure(where === undefined ? { code, message } : { code, message, where });
}

/** "GovernmentAgencyGoodsItem 2: Commodity/Description" — the scope of an item, or the header. */
export type Scope = { label: string };

const located = (scope: Scope, path: string): string =>
  scope.label === '' ? path : `${scope.label}: ${path}`;

export function missing(scope: Scope, path: string): never {
  return fail('CDS_MISSING_ELEMENT', `${located(scope, path)} is missing`, located(scope, path));
}

export function invalid(scope: Scope, path: string, value: string, expected: string): never {
  return fail(
    'CDS_INVALID_VALUE',
    `${located(scope, path)} ${preview(value)} is not ${expected}`,
    located(scope, path),
  );
}

export function requiredText(element: XmlElement, path: string, scope: Scope, label = path): string {
  return textAt(element, path) ?? missing(scope, label);
}

const DECIMAL = /^\d{1,18}(\.\d{1,9})?$/;
const NEGATIVE = /^-\d*\.?\d/;

/** A non-negative decimal string exactly as written (no float round trip), or a named error. */
export function decimalText(value: string, scope: Scope, path: string): string {
  if (NEGATIVE.test(value))
    fail(
      'AMOUNT_NEGATIVE',
      `${located(scope, path)} ${preview(value)} is negative; amounts, quantities and masses are never below zero`,
      located(scope, path),
    );
  if (!DECIMAL.test(value)) invalid(scope, path, value, 'a number (digits with an optional decimal point)');
  return value;
}

export function optionalDecimal(
  element: XmlElement,
  path: string,
  scope: Scope,
  label = path,
): string | undefined {
  const value = textAt(element, path);
  return value === undefined ? undefined : decimalText(value, scope, label);
}

export function requiredDecimal(element: XmlElement, path: string, scope: Scope, label = path): string {
  return decimalText(requiredText(element, path, scope, label), scope, label);
}

/** An amount element with its ISO 4217 currencyID attribute. */
export function amountAt(
  element: XmlElement,
  path: string,
  scope: Scope,
  label = path,
): { amount: string; currency: string } | undefined {
  const found = at(element, path);
  if (found === undefined || found.text === '') return undefined;
  const amount = decimalText(found.text, scope, label);
  const currency = found.attributes.get('currencyID');
  if (currency === undefined) missing(scope, `${label}@currencyID`);
  if (!/^[A-Z]{3}$/.test(currency))
    invalid(scope, `${label}@currencyID`, currency, 'an ISO 4217 currency code');
  return { amount, currency };
}

export const COUNTRY = /^[A-Z]{2}$/;
