import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

/** A reference file that cannot be used as it is: names the file and line so it can be fixed. */
export class ReferenceDataError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    detail: string,
  ) {
    super(`${file}${line === null ? '' : ` line ${line}`}: ${detail}`);
    this.name = 'ReferenceDataError';
  }
}

/**
 * Reads one CSV (header row, optional UTF-8 BOM) and validates every row with `schema`.
 * The first bad row stops the load: a silently skipped tariff line would make the demo data
 * quietly disagree with the tariff the assessment engine reads.
 */
export function readCsv<T>(referenceDir: string, relativePath: string, schema: z.ZodType<T>): T[] {
  const fullPath = path.join(referenceDir, relativePath);
  let text: string;
  try {
    text = readFileSync(fullPath, 'utf8');
  } catch (error) {
    throw new ReferenceDataError(relativePath, null, `cannot read ${fullPath}: ${messageOf(error)}`);
  }
  let rows: string[][];
  try {
    // Arrays, not objects with line info: about twice as fast, and line numbers are only
    // needed for the rare bad row (recovered below).
    rows = parse(text, { bom: true, skip_empty_lines: true }) as string[][];
  } catch (error) {
    throw new ReferenceDataError(relativePath, lineOf(error), messageOf(error));
  }
  const [header = [], ...body] = rows;
  return body.map((cells, index) => {
    if (cells.length !== header.length) {
      const detail = `expected ${header.length} columns, found ${cells.length}`;
      throw new ReferenceDataError(relativePath, lineOfRecord(text, index + 1), detail);
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) record[header[i] ?? ''] = cells[i] ?? '';
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const detail = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`)
      .join('; ');
    throw new ReferenceDataError(relativePath, lineOfRecord(text, index + 1), detail);
  });
}

const RecordsWithInfo = z.array(z.object({ info: z.object({ lines: z.number() }) }));

/** The file line on which record `recordIndex` (0 = header) ends; quoted fields may span lines. */
function lineOfRecord(text: string, recordIndex: number): number | null {
  const records: unknown = parse(text, {
    bom: true,
    skip_empty_lines: true,
    info: true,
    relax_column_count: true,
  });
  return RecordsWithInfo.parse(records)[recordIndex]?.info.lines ?? null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function lineOf(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'lines' in error && typeof error.lines === 'number') {
    return error.lines;
  }
  return null;
}
