import { z } from 'zod';
import { ok, type Result } from '../../util/result';
import { parseCsv } from '../import/csv';
import type { NomenclatureEntry } from '../import/hs2022';
import type { ImportError } from '../types';

// Words a line's own name lacks. A declarable line is often named only "기타 / Other"; what it is
// lies in the headings above it: the HS 2022 heading and subheading (English) and, for Korea, the
// KCS list's 7–9 digit rows and its 성질통합분류코드명 ("(새우(훈제하지 않은 것))"). These texts are
// indexed with every line under them, weighted below the line's own name.

/** A text that describes every line whose code starts with `code` (2 to 10 digits). */
export type ContextText = { code: string; text: string };
export type SearchContext = readonly ContextText[];

/**
 * The state words of HS subheadings in Korean. The KCS list names a line "훈제한 것" or "기타" and
 * leaves "frozen" to the heading above it, which the public data has only in English: without these
 * "냉동 새우" would find no frozen shrimp at all. Only for search; never shown as a line's name.
 */
const KOREAN_STATE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/(?<!not )\bfrozen\b/, '냉동'],
  [/(?<!not )\bchilled\b/, '냉장'],
  [/\bfresh\b/, '신선'],
  [/(?<!not )\bdried\b/, '건조'],
  [/(?<!not )\bsmoked\b/, '훈제'],
  [/\blive\b/, '산 것'],
];

/**
 * HS 2022 headings (4 digits) and subheadings (6 digits), in English; with `koreanStates`, each
 * subheading's state words ("frozen") in Korean as well.
 */
export function hsHeadingContext(
  entries: readonly NomenclatureEntry[],
  { koreanStates = false }: { koreanStates?: boolean } = {},
): ContextText[] {
  const context: ContextText[] = [];
  for (const entry of entries) {
    if (entry.level === 2) continue;
    context.push({ code: entry.code, text: entry.description });
    if (!koreanStates || entry.level !== 6) continue;
    const description = entry.description.toLowerCase();
    const states = KOREAN_STATE_WORDS.filter(([english]) => english.test(description)).map(
      ([, korean]) => korean,
    );
    if (states.length > 0) context.push({ code: entry.code, text: states.join(' · ') });
  }
  return context;
}

const KCS_FILE = 'kcs_hs_codes_2025.csv';

const kcsRow = z.object({
  HS부호: z
    .string()
    .trim()
    .regex(/^\d{7,10}$/, 'an HS부호 is 7 to 10 digits'),
  한글품목명: z.string().trim(),
  영문품목명: z.string().trim(),
  성질통합분류코드명: z.string().trim().optional(),
});

/** "(새우(훈제하지 않은 것))" → "새우(훈제하지 않은 것)". */
const unwrapped = (name: string): string => name.replace(/^\((.*)\)$/, '$1');

/**
 * The KCS HSK list's own context: each 7–9 digit row's names for the lines below it, and each
 * 10-digit line's 성질통합분류코드명 (a category name in Korean) for that line.
 */
export function kcsHeadingContext(csv: string): Result<ContextText[], ImportError> {
  const rows = parseCsv(
    csv,
    { file: KCS_FILE, required: ['HS부호', '한글품목명', '영문품목명'], optional: ['성질통합분류코드명'] },
    kcsRow,
  );
  if (!rows.ok) return rows;
  const seen = new Set<string>();
  const context: ContextText[] = [];
  const add = (code: string, text: string) => {
    const key = `${code}\u0000${text}`;
    if (text === '' || seen.has(key)) return;
    seen.add(key);
    context.push({ code, text });
  };
  for (const { value } of rows.value) {
    const code = value.HS부호;
    if (code.length < 10) {
      // A group named only "기타 / Other" adds nothing the line's own name lacks.
      if (value.한글품목명 === '기타') continue;
      add(code, [value.한글품목명, value.영문품목명].filter((name) => name !== '').join(' / '));
    } else {
      add(code, unwrapped(value.성질통합분류코드명 ?? ''));
    }
  }
  return ok(context);
}
