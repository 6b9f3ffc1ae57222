import { z } from 'zod';
import { err, ok, type Result } from '../../util/result';
import { tableOf } from '../lookup';
import { preview } from '../preview';
import type { ImportError, Measure, TariffLine, TariffSchedule } from '../types';
import { parseCsv } from './csv';
import { compactDateCell, decimalCell } from './fields';
import { kcsRateType } from './kcs-rate-types';

export const KCS_RATE_TABLE_FILE = '품목번호별 관세율표';

/**
 * The columns as data.go.kr 15051179 publishes them (in this order): 품목번호, 관세율구분, 관세율,
 * 단위당세액, 기준가격, 적용국가구분, 용도세율구분, 적용개시일, 적용만료일. Dates are YYYYMMDD.
 * 단위 (the unit of 단위당세액) is not a column of the official table; a deployment may add it.
 */
const REQUIRED = ['품목번호', '관세율구분', '관세율', '적용개시일', '적용만료일'] as const;
const OPTIONAL = ['단위당세액', '기준가격', '적용국가구분', '용도세율구분', '단위'] as const;
const ALIASES = tableOf({ 적용개시일자: '적용개시일', 적용만료일자: '적용만료일' });

const optionalDecimal = z.union([z.literal(''), decimalCell]);

const row = z
  .object({
    /** A spreadsheet may have dropped the leading zero: 9 digits are padded to 10. */
    품목번호: z
      .string()
      .trim()
      .regex(/^\d{9,10}$/, 'a 품목번호 is a 10-digit HSK code')
      .transform((digits) => digits.padStart(10, '0')),
    관세율구분: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9]{0,9}$/, 'a rate type such as A, C, FVN1, P3'),
    관세율: optionalDecimal,
    단위당세액: optionalDecimal.default(''),
    기준가격: optionalDecimal.default(''),
    적용국가구분: z.string().trim().default(''),
    용도세율구분: z.string().trim().default(''),
    단위: z.string().trim().default(''),
    적용개시일: compactDateCell,
    적용만료일: compactDateCell,
  })
  .refine((value) => value.관세율 !== '' || value.단위당세액 !== '', {
    message: 'a row needs 관세율 or 단위당세액',
    path: ['관세율'],
  })
  .refine((value) => value.적용개시일 <= value.적용만료일, {
    message: '적용만료일 is before 적용개시일',
    path: ['적용만료일'],
  });

type Row = z.output<typeof row>;

const withThousands = (digits: string): string => {
  const [whole = '', fraction] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/**
 * The rate as KCS prints it: "8%", "kg당 6,210원", or both ("270% 또는 kg당 6,210원": the higher
 * of the two, as the Korean schedule means by 또는). Without a 단위 column the unit of 단위당세액
 * is unknown and printed as 단위당, which the expression parser refuses: an explicit error for the
 * officer, never a guessed unit.
 */
function expressionOf(value: Row): string {
  const adValorem = value.관세율 === '' ? null : `${value.관세율}%`;
  const unit = value.단위 === '' ? '단위' : value.단위.toLowerCase();
  const specific = value.단위당세액 === '' ? null : `${unit}당 ${withThousands(value.단위당세액)}원`;
  if (adValorem !== null && specific !== null && value.단위당세액 !== '0')
    return `${adValorem} 또는 ${specific}`;
  return adValorem ?? specific ?? '';
}

function conditionOf(value: Row): string | undefined {
  const parts = [
    value.용도세율구분 === '' ? null : `용도세율구분 ${value.용도세율구분}: only for the end use it names`,
    value.적용국가구분 === '2' ? '적용국가구분 2: only some countries of the agreement' : null,
    value.기준가격 === '' ? null : `기준가격 ${withThousands(value.기준가격)}원`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? undefined : parts.join('; ');
}

export type KcsRateTableOptions = {
  /** File name for errors and sources (default 품목번호별 관세율표). */
  file?: string;
  /** Version label, e.g. "관세청 품목번호별 관세율표 2026-02-11". */
  version?: string;
  /** A rate type this importer does not know: refuse the file (default) or leave its rows out. */
  unknownRateTypes?: 'error' | 'skip';
};

/**
 * The KCS rate table 품목번호별 관세율표 (data.go.kr 15051179, KOGL Type 1): every rate of every
 * HSK line by rate type and validity, as measures. Rate types map to measure kinds (A basic,
 * C WTO, F… FTA with the agreement's origins, P… quota, L adjustment, R LDC, B provisional…).
 */
export function importKcsRateTable(
  csv: string,
  options: KcsRateTableOptions = {},
): Result<TariffSchedule, ImportError> {
  const file = options.file ?? KCS_RATE_TABLE_FILE;
  const rows = parseCsv(csv, { file, required: REQUIRED, optional: OPTIONAL, aliases: ALIASES }, row);
  if (!rows.ok) return rows;
  const byCode = new Map<string, TariffLine>();
  for (const { line, value } of rows.value) {
    const type = kcsRateType(value.관세율구분);
    if (type === null) {
      if (options.unknownRateTypes === 'skip') continue;
      return err({
        code: 'UNKNOWN_RATE_TYPE',
        message: `${file} line ${line}: rate type ${preview(value.관세율구분)} is not one this importer maps to a measure`,
        where: `${file} line ${line}, column 관세율구분`,
      });
    }
    const condition = conditionOf(value);
    const measure: Measure = {
      kind: type.kind,
      code: value.관세율구분,
      expression: expressionOf(value),
      ...(type.origins === undefined ? {} : { origins: [...type.origins] }),
      validFrom: value.적용개시일,
      validTo: value.적용만료일,
      source: `${file} line ${line}`,
      ...(condition === undefined ? {} : { condition }),
    };
    const existing = byCode.get(value.품목번호);
    if (existing) existing.measures.push(measure);
    else byCode.set(value.품목번호, { code: value.품목번호, description: '', measures: [measure] });
  }
  return ok({
    jurisdiction: 'kr',
    version: options.version ?? `관세청 ${KCS_RATE_TABLE_FILE} (data.go.kr 15051179)`,
    lines: [...byCode.values()],
  });
}
