import { err, ok, type Result } from '../../util/result';
import type { ImportError } from '../types';

// Words a line's own name lacks. A declarable line is often named only "기타 / Other"; what it is
// lies in the headings above it: the HS 2022 heading and subheading (English) and, for Korea, the
// KCS list's 7–9 digit rows and its 성질통합분류코드명 ("(새우(훈제하지 않은 것))"). These texts are
// indexed with every line under them, weighted below the line's own name.
//
// Read with a small CSV reader of its own: this runs in the renderer, where csv-parse (the
// importers' reader) needs Node's Buffer. Only names are read here; the importers validate the files.

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

/** Rows of a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF), header first. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The named columns of a CSV text, or an error naming the first missing one. */
function columns(text: string, file: string, names: readonly string[]): Result<string[][], ImportError> {
  const [header = [], ...body] = csvRows(text);
  const at = names.map((name) => header.findIndex((cell) => cell.trim() === name));
  const missing = names.find((_, i) => at[i] === -1);
  if (missing !== undefined) {
    return err({ code: 'MISSING_COLUMN', message: `${file} has no column ${missing}`, where: file });
  }
  return ok(body.map((cells) => at.map((i) => (cells[i] ?? '').trim())));
}

/**
 * HS 2022 headings (4 digits) and subheadings (6 digits), in English; with `koreanStates`, each
 * subheading's state words ("frozen") in Korean as well.
 */
export function hsHeadingContext(
  csv: string,
  { koreanStates = false }: { koreanStates?: boolean } = {},
): Result<ContextText[], ImportError> {
  const rows = columns(csv, 'hs2022_harmonized_system.csv', ['hscode', 'description']);
  if (!rows.ok) return rows;
  const context: ContextText[] = [];
  for (const [code = '', description = ''] of rows.value) {
    if (!/^\d{4}(?:\d{2})?$/.test(code) || description === '') continue;
    context.push({ code, text: description });
    if (!koreanStates || code.length !== 6) continue;
    const lower = description.toLowerCase();
    const states = KOREAN_STATE_WORDS.filter(([english]) => english.test(lower)).map(([, korean]) => korean);
    if (states.length > 0) context.push({ code, text: states.join(' · ') });
  }
  return ok(context);
}

const KCS_FILE = 'kcs_hs_codes_2025.csv';

/** "(새우(훈제하지 않은 것))" → "새우(훈제하지 않은 것)". */
const unwrapped = (name: string): string => name.replace(/^\((.*)\)$/, '$1');

/**
 * The KCS HSK list's own context: each 7–9 digit row's names for the lines below it, and each
 * 10-digit line's 성질통합분류코드명 (a category name in Korean) for that line.
 */
export function kcsHeadingContext(csv: string): Result<ContextText[], ImportError> {
  const rows = columns(csv, KCS_FILE, ['HS부호', '한글품목명', '영문품목명', '성질통합분류코드명']);
  if (!rows.ok) return rows;
  const seen = new Set<string>();
  const context: ContextText[] = [];
  const add = (code: string, text: string) => {
    const key = `${code}\u0000${text}`;
    if (text === '' || seen.has(key)) return;
    seen.add(key);
    context.push({ code, text });
  };
  for (const [code = '', korean = '', english = '', category = ''] of rows.value) {
    if (!/^\d{7,10}$/.test(code)) continue;
    if (code.length < 10) {
      // A group named only "기타 / Other" adds nothing the line's own name lacks.
      if (korean === '기타') continue;
      add(code, [korean, english].filter((name) => name !== '').join(' / '));
    } else {
      add(code, unwrapped(category));
    }
  }
  return ok(context);
}
