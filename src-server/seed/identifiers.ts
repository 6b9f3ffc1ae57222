import type { Random } from './random';

// Identifiers in the formats officers know, with their real check digits where the check is
// cheap: a demo that shows "invalid container number" on every screen would teach nothing.

/** ISO 6346 letter values: A=10 upwards, skipping multiples of 11. */
function iso6346Value(char: string): number {
  if (/^\d$/.test(char)) return Number(char);
  let value = 10;
  for (let code = 'A'.charCodeAt(0); code < char.charCodeAt(0); code++) {
    value++;
    if (value % 11 === 0) value++;
  }
  return value;
}

/** The ISO 6346 check digit (also used by EU/UK MRNs): Σ value·2^i mod 11, 10 counted as 0. */
export function iso6346CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += iso6346Value(body.charAt(i)) * 2 ** i;
  return (sum % 11) % 10;
}

/** A container number: owner code, category U (freight container), serial, check digit. */
export function containerNumber(random: Random, ownerCode: string): string {
  const body = `${ownerCode}U${random.digits(6)}`;
  return `${body}${iso6346CheckDigit(body)}`;
}

/** An IMO ship number: six digits weighted 7..2, the sum's last digit appended. */
export function imoNumber(random: Random): string {
  const body = `9${random.digits(5)}`;
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(body.charAt(i)) * (7 - i);
  return `IMO ${body}${sum % 10}`;
}

/** An air waybill: airline prefix, 7-digit serial, check digit = serial mod 7. */
export function airWaybill(random: Random, airlinePrefix: string): string {
  const serial = random.int(1000000, 9999999);
  return `${airlinePrefix}-${serial}${serial % 7}`;
}

/** A Korean business registration number (사업자등록번호) with its check digit, as 123-45-67890. */
export function koreanBusinessNumber(random: Random): string {
  const body = `${random.int(101, 899)}${random.int(81, 88)}${random.digits(4)}`;
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body.charAt(i)) * (weights[i] ?? 0);
  sum += Math.floor((Number(body.charAt(8)) * 5) / 10);
  const check = (10 - (sum % 10)) % 10;
  return `${body.slice(0, 3)}-${body.slice(3, 5)}-${body.slice(5)}${check}`;
}

/** A GB EORI in the common VAT-based shape: GB + 9 digits + 000. */
export function ukEori(random: Random): string {
  return `GB${random.int(100000000, 999999999)}000`;
}

/**
 * A UK MRN: year, GB, 12 characters, a procedure letter and the ISO 6346 check digit. The
 * 12 characters carry "DEMO" and the declaration's index, so demo MRNs are unique and obvious.
 */
export function ukMrn(year: number, index: number): string {
  const body = `${String(year % 100).padStart(2, '0')}GBDEMO${String(index).padStart(8, '0')}J`;
  return `${body}${iso6346CheckDigit(body)}`;
}

/**
 * A UNI-PASS import declaration number (수입신고번호): the declarant's 5-digit code, the year and a
 * 7-digit serial (here the declaration's index, so numbers never repeat within one seed).
 */
export function koreanDeclarationNumber(declarantCode: string, year: number, index: number): string {
  return `${declarantCode}-${String(year % 100).padStart(2, '0')}-${String(index).padStart(7, '0')}`;
}
