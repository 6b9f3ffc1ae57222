import { z } from 'zod';
import { ok, type Result } from '../../util/result';
import type { ImportError, TariffLine, TariffSchedule } from '../types';
import { parseCsv } from './csv';
import { expressionCell, pythonBoolCell } from './fields';

export const UKGT_FILE = 'ukgt_2021_with_eu_cet.csv';
export const UKGT_VERSION = 'UK Global Tariff 2021-01-01 (published 2020-12-02)';
export const EU_CET_VERSION = 'EU Common External Tariff 2020 (as printed beside the UK Global Tariff 2021)';

const columns = [
  'commodity',
  'description',
  'cet_duty_rate',
  'ukgt_duty_rate',
  'change',
  'trade_remedy_applies',
  'cet_applies_until_trade_remedy_transition_reviews_concluded',
  'suspension_applies',
  'atq_applies',
] as const;

/** The file lost each code's leading zero (it went through a spreadsheet): 7 or 9 digits are padded to 8 or 10. */
const commodityCell = z
  .string()
  .trim()
  .regex(/^\d{7,10}$/, 'a commodity code is 7 to 10 digits (leading zero lost)')
  .transform((digits) => (digits.length % 2 === 1 ? `0${digits}` : digits));

const row = z.object({
  commodity: commodityCell,
  description: z.string().trim().min(1, 'a description is required'),
  cet_duty_rate: expressionCell,
  ukgt_duty_rate: expressionCell,
  trade_remedy_applies: pythonBoolCell,
  cet_applies_until_trade_remedy_transition_reviews_concluded: pythonBoolCell,
  suspension_applies: pythonBoolCell,
  atq_applies: pythonBoolCell,
});

export type UkGlobalTariffOptions = {
  /** Which printed rate becomes the third-country (103) measure: the UKGT (default) or the EU CET beside it. */
  column?: 'ukgt' | 'cet';
};

/**
 * The UK Global Tariff CSV (DIT, 2020-12-02) as a schedule: one line per commodity code with its
 * third-country duty (measure type 103) as printed, and the file's flags recorded as facts.
 * The flags carry no rates: a trade remedy, suspension or quota is known to exist, nothing more.
 */
export function importUkGlobalTariff(
  csv: string,
  options: UkGlobalTariffOptions = {},
): Result<TariffSchedule, ImportError> {
  const column = options.column ?? 'ukgt';
  const rows = parseCsv(csv, { file: UKGT_FILE, required: columns }, row);
  if (!rows.ok) return rows;
  const seen = new Map<string, number>();
  const lines: TariffLine[] = [];
  for (const { line, value } of rows.value) {
    const first = seen.get(value.commodity);
    if (first !== undefined) {
      return {
        ok: false,
        error: {
          code: 'DUPLICATE_LINE',
          message: `${UKGT_FILE} line ${line}: commodity ${value.commodity} already on line ${first}`,
          where: `${UKGT_FILE} line ${line}, column commodity`,
        },
      };
    }
    seen.set(value.commodity, line);
    const flags: NonNullable<TariffLine['flags']> = {};
    if (value.trade_remedy_applies) flags.tradeRemedy = true;
    if (value.cet_applies_until_trade_remedy_transition_reviews_concluded) {
      flags.cetUntilTradeRemedyReview = true;
    }
    if (value.suspension_applies) flags.suspension = true;
    if (value.atq_applies) flags.quota = true;
    lines.push({
      code: value.commodity,
      description: value.description,
      measures: [
        {
          kind: 'third-country',
          code: '103',
          expression: column === 'ukgt' ? value.ukgt_duty_rate : value.cet_duty_rate,
          source: `${UKGT_FILE} line ${line}`,
        },
      ],
      ...(Object.keys(flags).length > 0 ? { flags } : {}),
    });
  }
  return ok({ jurisdiction: 'uk', version: column === 'ukgt' ? UKGT_VERSION : EU_CET_VERSION, lines });
}
