import { z } from 'zod';
import { CountryCode } from '../../domain/ids';
import { Jurisdiction } from '../../domain/post';
import { err, ok, type Result } from '../../util/result';
import { MAX_RATE_TEXT_LENGTH } from '../expression/limits';
import { MEASURE_KINDS } from '../schema';
import { parseJsonDocument } from './json-document';
import type { ImportError, Measure, TariffLine, TariffSchedule } from '../types';

// The project's own tariff file: one JSON document holding a TariffSchedule, so a tariff built
// from several sources (e.g. the Korean demo tariff) travels to the CLI or a post as one file.

export const PROJECT_TARIFF_FORMAT = 'border-post-tariff';
export const PROJECT_TARIFF_FORMAT_VERSION = 1;

const isoDate = z.iso.date();

/** The file's measure: every field of `Measure`, strictly (an unknown field is an error, not ignored). */
export const ProjectMeasure = z.strictObject({
  kind: z.enum(MEASURE_KINDS),
  code: z.string().min(1),
  expression: z
    .string()
    .min(1)
    .max(MAX_RATE_TEXT_LENGTH, `a rate is at most ${MAX_RATE_TEXT_LENGTH} characters`),
  origins: z.array(CountryCode).optional(),
  excludedOrigins: z.array(CountryCode).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  quotaOrderNumber: z.string().min(1).optional(),
  source: z.string().min(1),
  indicative: z.boolean().optional(),
  condition: z.string().min(1).optional(),
}) satisfies z.ZodType<Measure>;

export const ProjectTariffLine = z.strictObject({
  code: z.string().regex(/^\d{6}(\d{2}){0,2}$/, 'a tariff line code is 6, 8 or 10 digits'),
  description: z.string(),
  descriptionLocal: z.string().optional(),
  supplementaryUnit: z.string().min(1).optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.optional(),
  flags: z
    .strictObject({
      tradeRemedy: z.boolean().optional(),
      cetUntilTradeRemedyReview: z.boolean().optional(),
      suspension: z.boolean().optional(),
      quota: z.boolean().optional(),
    })
    .optional(),
  measures: z.array(ProjectMeasure),
}) satisfies z.ZodType<TariffLine>;

export const ProjectTariff = z.strictObject({
  format: z.literal(PROJECT_TARIFF_FORMAT),
  formatVersion: z.literal(PROJECT_TARIFF_FORMAT_VERSION),
  schedule: z.strictObject({
    jurisdiction: Jurisdiction,
    version: z.string().min(1),
    lines: z.array(ProjectTariffLine),
  }) satisfies z.ZodType<TariffSchedule>,
});
export type ProjectTariff = z.infer<typeof ProjectTariff>;

/** Reads a project tariff file; an invalid file names the first bad field (JSON path) and loads nothing. */
export function importProjectTariff(jsonText: string): Result<TariffSchedule, ImportError> {
  const parsed = parseJsonDocument(jsonText, ProjectTariff);
  if (!parsed.ok) return parsed;
  const lines = parsed.value.schedule.lines;
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (seen.has(line.code)) {
      const at = `$.schedule.lines[${index}].code`;
      return err({ code: 'DUPLICATE_LINE', message: `${at}: line ${line.code} appears twice`, where: at });
    }
    seen.add(line.code);
  }
  return ok(parsed.value.schedule);
}

/** A schedule as a project tariff file (JSON, one line per tariff line so diffs stay readable). */
export function exportProjectTariff(schedule: TariffSchedule): string {
  const head = JSON.stringify({
    format: PROJECT_TARIFF_FORMAT,
    formatVersion: PROJECT_TARIFF_FORMAT_VERSION,
    schedule: { jurisdiction: schedule.jurisdiction, version: schedule.version },
  });
  const lines = schedule.lines.map((line) => JSON.stringify(line)).join(',\n');
  // {"format":…,"schedule":{"jurisdiction":…,"version":…}} → reopen the schedule to add its lines.
  return `${head.slice(0, -2)},"lines":[\n${lines}\n]}}\n`;
}
