import { z } from 'zod';
import { ok, type Result } from '../../util/result';
import type { ImportError, TariffLine, TariffSchedule } from '../types';
import { parseCsv } from './csv';
import { hskCodeCell, isoDateCell } from './fields';

export const P3_FILE = 'kr_quota_tariff_p3_2025_2026.csv';
export const P3_VERSION = 'KCS quota tariff P3 (할당관세) 2025–2026';

const row = z
  .object({
    code: hskCodeCell,
    description: z.string().trim(),
    rate_expression: z
      .string()
      .trim()
      .regex(/^\d+(\.\d+)?%$/, 'a quota rate such as 3%'),
    valid_from: isoDateCell,
    valid_to: isoDateCell,
  })
  .refine((value) => value.valid_from <= value.valid_to, {
    message: 'valid_to is before valid_from',
    path: ['valid_to'],
  });

/** "카페인을 제거하지 않은 것 / Not decaffeinated" → Korean and English. */
function splitDescription(text: string): { description: string; descriptionLocal?: string } {
  const at = text.indexOf(' / ');
  return at < 0
    ? { description: text }
    : { description: text.slice(at + 3), descriptionLocal: text.slice(0, at) };
}

/**
 * Korea's quota tariffs (할당관세, type P3: the whole import quantity) with their validity; a P3
 * rate replaces the basic rate for non-preferential imports in its period. One line per code, one
 * 'quota' measure per period.
 */
export function importP3QuotaTariff(csv: string): Result<TariffSchedule, ImportError> {
  const rows = parseCsv(csv, { file: P3_FILE, required: Object.keys(row.shape) }, row);
  if (!rows.ok) return rows;
  const byCode = new Map<string, TariffLine>();
  for (const { line, value } of rows.value) {
    const measure = {
      kind: 'quota' as const,
      code: 'P3',
      expression: value.rate_expression,
      validFrom: value.valid_from,
      validTo: value.valid_to,
      source: `${P3_FILE} line ${line}`,
    };
    const existing = byCode.get(value.code);
    if (existing) existing.measures.push(measure);
    else
      byCode.set(value.code, {
        code: value.code,
        ...splitDescription(value.description),
        measures: [measure],
      });
  }
  return ok({ jurisdiction: 'kr', version: P3_VERSION, lines: [...byCode.values()] });
}
