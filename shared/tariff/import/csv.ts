import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { err, ok, type Result } from '../../util/result';
import { preview, previewMessage } from '../preview';
import type { ImportError } from '../types';

/** One data row of a CSV file: its 1-based line in the file (where the row starts) and its cells by column. */
export type CsvRow = { line: number; cells: Record<string, string> };

export type CsvSpec = {
  /** File name used in errors and measure sources, e.g. "ukgt_2021_with_eu_cet.csv". */
  file: string;
  /** Columns that must be present, by header name. */
  required: readonly string[];
  /** Columns read when present. */
  optional?: readonly string[];
  /** Other names a column is published under (e.g. 적용개시일자 for 적용개시일). */
  aliases?: ReadonlyMap<string, string>;
};

const BOM = '\ufeff';
const NEWLINES = /\r\n|\n|\r/g;

export const stripBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

export const where = (file: string, line: number, column?: string): string =>
  column === undefined ? `${file} line ${line}` : `${file} line ${line}, column ${column}`;

const countNewlines = (text: string): number => text.match(NEWLINES)?.length ?? 0;

/**
 * Reads a CSV file with a header row. Every row must have as many cells as the header; blank
 * lines are skipped. Errors name the file line (and column where known) and nothing is returned.
 */
export function readCsv(text: string, spec: CsvSpec): Result<CsvRow[], ImportError> {
  let records: Array<{ record: string[]; raw: string }>;
  try {
    // With `raw: true` csv-parse returns { record, raw } per row; its types do not say so.
    records = parse(stripBom(text), { raw: true, relax_column_count: true }) as unknown as Array<{
      record: string[];
      raw: string;
    }>;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return err({
      code: 'CSV_SYNTAX',
      message: `${spec.file} is not valid CSV: ${previewMessage((error as Error).message)}`,
      where: line === undefined ? spec.file : where(spec.file, line),
    });
  }
  const [header, ...body] = records;
  if (header === undefined) {
    return err({ code: 'EMPTY_FILE', message: `${spec.file} is empty`, where: spec.file });
  }
  const names = header.record.map((name) => {
    const trimmed = name.trim();
    return spec.aliases?.get(trimmed) ?? trimmed;
  });
  const missing = spec.required.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    return err({
      code: 'HEADER_MISMATCH',
      message: `${spec.file} lacks the column(s) ${missing.join(', ')}; its header is: ${preview(names.join(', '))}`,
      where: where(spec.file, 1),
    });
  }
  const wanted = new Set([...spec.required, ...(spec.optional ?? [])]);
  const rows: CsvRow[] = [];
  let line = 1 + countNewlines(header.raw);
  for (const { record, raw } of body) {
    const start = line;
    line += countNewlines(raw);
    if (record.length === 1 && record[0]?.trim() === '') continue;
    if (record.length !== names.length) {
      return err({
        code: 'COLUMN_COUNT',
        message: `${where(spec.file, start)} has ${record.length} cells; the header has ${names.length}`,
        where: where(spec.file, start, names[Math.min(record.length, names.length) - 1]),
      });
    }
    // Defined as own entries, so even a column named "__proto__" would be a cell, not a prototype.
    const cells = Object.fromEntries(
      names.flatMap((name, index) => (wanted.has(name) ? [[name, record[index] ?? '']] : [])),
    );
    rows.push({ line: start, cells });
  }
  return ok(rows);
}

/**
 * Validates every row with a zod schema over its cells. The first invalid row stops the import:
 * the error names its line and the column zod complains about.
 */
export function validateRows<S extends z.ZodType>(
  rows: readonly CsvRow[],
  schema: S,
  file: string,
): Result<Array<{ line: number; value: z.output<S> }>, ImportError> {
  const out: Array<{ line: number; value: z.output<S> }> = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row.cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = issue?.path[0] === undefined ? undefined : String(issue.path[0]);
      const cell = column === undefined ? undefined : row.cells[column];
      return err({
        code: 'INVALID_FIELD',
        message:
          `${where(file, row.line, column)}: ${previewMessage(issue?.message ?? 'invalid row')}` +
          (cell === undefined ? '' : ` (got ${preview(cell)})`),
        where: where(file, row.line, column),
      });
    }
    out.push({ line: row.line, value: parsed.data });
  }
  return ok(out);
}

/** readCsv then validateRows: text in, typed rows out, or the first error. */
export function parseCsv<S extends z.ZodType>(
  text: string,
  spec: CsvSpec,
  schema: S,
): Result<Array<{ line: number; value: z.output<S> }>, ImportError> {
  const rows = readCsv(text, spec);
  return rows.ok ? validateRows(rows.value, schema, spec.file) : rows;
}
