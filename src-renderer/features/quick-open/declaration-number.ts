/**
 * Declaration numbers as officers and scanners type them: with or without the dashes UNI-PASS
 * prints (12345-26-0000001), with spaces, in either case (a UK MRN is upper case).
 */

/** The number with only its letters and digits, upper case: how two spellings are compared. */
export function compactNumber(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();
}

/** UNI-PASS 신고번호: declarant code (5), year (2), serial (7). */
const KOREAN_NUMBER = /^(\d{5})(\d{2})(\d{7})$/;

/**
 * The spellings the cache may hold a typed number under, most likely first: as typed (trimmed,
 * upper case), compact, and the Korean dashed form. Exact index look-ups of these answer at once;
 * anything else is found by comparing compact forms (quick-open lookup).
 */
export function numberSpellings(typed: string): string[] {
  const compact = compactNumber(typed);
  if (compact === '') return [];
  const korean = KOREAN_NUMBER.exec(compact);
  const spellings = [typed.trim().toUpperCase(), compact];
  if (korean) spellings.push(`${korean[1]}-${korean[2]}-${korean[3]}`);
  return [...new Set(spellings)];
}
