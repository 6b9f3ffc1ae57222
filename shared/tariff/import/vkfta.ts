import { z } from 'zod';
import { CountryCode } from '../../domain/ids';
import { err, ok, type Result } from '../../util/result';
import { preview } from '../preview';
import type { ImportError, Measure, TariffLine, TariffSchedule } from '../types';
import { parseCsv } from './csv';
import { hskCodeCell, yesNoCell } from './fields';

export const VKFTA_FILE = 'kr_vkfta_korea_schedule.csv';
export const VKFTA_VERSION = 'VKFTA Annex 2-A, Korea: FVN1 2025–2026 derived from the staging rules';

const VN = CountryCode.parse('VN');
const YEARS = [
  { column: 'fvn_2025_derived', from: '2025-01-01', to: '2025-12-31' },
  { column: 'fvn_2026_derived', from: '2026-01-01', to: '2026-12-31' },
] as const;

const NUMBER = /^\d+(\.\d+)?$/;
const TRQ = /^(\d+(?:\.\d+)?) in-quota; (\d+(?:\.\d+)?) over-quota$/;
/** The treaty prints whichever-is-greater rates in words; kept verbatim for the expression parser. */
const GREATER_OF = /whichever is the greater$/;

const fvnCell = z
  .string()
  .trim()
  .refine(
    (text) => text === '' || NUMBER.test(text) || TRQ.test(text) || GREATER_OF.test(text),
    'a rate: a percentage number, "N% or Nwon/kg, whichever is the greater", "N in-quota; N over-quota" or blank',
  );

const row = z.object({
  code: hskCodeCell,
  description: z.string().trim(),
  exout_description: z.string().trim(),
  section: z.enum(['A', 'B'], 'section A or B'),
  fvn_2025_derived: fvnCell,
  fvn_2026_derived: fvnCell,
  derivation_basis: z.string().trim().min(1, 'a derivation basis is required'),
  in_kcs_hsk2025: yesNoCell,
  kcs_name_ko_2025: z.string().trim(),
});

/** The schedule prints percentages as bare numbers in a "(%)" column: 40 means 40%. */
const asPrinted = (rate: string): string => (NUMBER.test(rate) ? `${rate}%` : rate);

function measuresFor(
  rate: string,
  year: (typeof YEARS)[number],
  common: Omit<Measure, 'kind' | 'expression' | 'validFrom' | 'validTo'>,
): Measure[] {
  if (rate === '') return [];
  const valid = { validFrom: year.from, validTo: year.to };
  const trq = TRQ.exec(rate);
  if (trq) {
    // A VKFTA tariff-rate quota (Appendix 2-A-1): the in-quota rate within the quota, the
    // over-quota rate (still Viet Nam-origin) beyond it. The quota balance is not in the data.
    return [
      { kind: 'preferential-quota', expression: `${trq[1]}%`, ...common, ...valid },
      { kind: 'preference', expression: `${trq[2]}%`, ...common, ...valid },
    ];
  }
  return [{ kind: 'preference', expression: asPrinted(rate), ...common, ...valid }];
}

/**
 * Korea's VKFTA schedule as FVN1 preference measures for Viet Nam-origin goods, 2025 and 2026.
 * Only codes that still exist in the 2025 HSK are loaded. The base-rate column (the lower of
 * Korea's 2012 MFN and AKFTA rates) is the starting point of the staging, not today's basic
 * rate, so it never becomes a measure. Rows whose derivation is "n/a…" or a range give none;
 * "indicative…" rows are marked indicative. Ex-out rows (one code printed twice) carry their
 * ex-out text as the measure's condition.
 */
export function importVkftaSchedule(csv: string): Result<TariffSchedule, ImportError> {
  const rows = parseCsv(csv, { file: VKFTA_FILE, required: Object.keys(row.shape) }, row);
  if (!rows.ok) return rows;
  const byCode = new Map<string, TariffLine>();
  for (const { line, value } of rows.value) {
    if (!value.in_kcs_hsk2025) continue;
    const basis = value.derivation_basis;
    if (basis.startsWith('n/a') && (value.fvn_2025_derived !== '' || value.fvn_2026_derived !== '')) {
      return err({
        code: 'INVALID_FIELD',
        message: `${VKFTA_FILE} line ${line}: derivation_basis ${preview(basis)} but a derived rate is printed`,
        where: `${VKFTA_FILE} line ${line}, column derivation_basis`,
      });
    }
    const common = {
      code: 'FVN1',
      origins: [VN],
      source: `${VKFTA_FILE} line ${line} (${basis})`,
      ...(basis.startsWith('indicative') ? { indicative: true } : {}),
      ...(value.exout_description === '' ? {} : { condition: `ex-out: ${value.exout_description}` }),
    };
    const measures = YEARS.flatMap((year) => measuresFor(value[year.column], year, common));
    const existing = byCode.get(value.code);
    if (existing) {
      existing.measures.push(...measures);
      continue;
    }
    byCode.set(value.code, {
      code: value.code,
      description: value.description,
      ...(value.kcs_name_ko_2025 === '' ? {} : { descriptionLocal: value.kcs_name_ko_2025 }),
      measures,
    });
  }
  return ok({ jurisdiction: 'kr', version: VKFTA_VERSION, lines: [...byCode.values()] });
}
