import { z } from 'zod';
import { ok, type Result } from '../../util/result';
import { tableOf } from '../lookup';
import type { ImportError, TariffLine, TariffSchedule, UnitCode } from '../types';
import { parseCsv } from './csv';
import { compactDateCell } from './fields';

export const HSK_FILE = 'kcs_hs_codes_2025.csv';
export const HSK_VERSION = 'KCS HSK 2025 (관세청_HS부호, data.go.kr 15049722)';

/** KCS quantity unit codes (수량단위코드) as UN/ECE Rec 20 codes. */
export const KCS_UNITS: ReadonlyMap<string, UnitCode> = tableOf({
  U: 'NAR', // 개 (items)
  EA: 'NAR',
  '2U': 'NPR', // pairs
  TU: 'MIL', // 1,000 units (building bricks)
  KG: 'KGM',
  GR: 'GRM',
  CR: 'CTM', // carats
  L: 'LTR',
  ML: 'MLT',
  M: 'MTR',
  M2: 'MTK',
  M3: 'MTQ',
  MW: 'MWH', // electrical energy, 2716000000
});

const unitCell = z
  .string()
  .trim()
  .refine((code) => code === '' || KCS_UNITS.has(code), 'a KCS unit code such as U, KG, M2, L');

const row = z.object({
  HS부호: z
    .string()
    .trim()
    .regex(/^\d{7,10}$/, 'an HS부호 is 7 to 10 digits'),
  적용시작일자: compactDateCell,
  적용종료일자: compactDateCell,
  한글품목명: z.string().trim().min(1, 'a Korean name is required'),
  영문품목명: z.string().trim(),
  수량단위코드: unitCell,
  중량단위코드: unitCell,
});

/**
 * The KCS HSK code list: its 10-digit lines with Korean and English names, supplementary unit and
 * validity. The 7 to 9 digit rows are headings above the lines: validated, not emitted. No rates:
 * the lines carry no measures until a rate source is merged in.
 */
export function importKcsHskList(csv: string): Result<TariffSchedule, ImportError> {
  const rows = parseCsv(csv, { file: HSK_FILE, required: Object.keys(row.shape) }, row);
  if (!rows.ok) return rows;
  const lines: TariffLine[] = [];
  for (const { line, value } of rows.value) {
    if (value.적용시작일자 > value.적용종료일자) {
      return {
        ok: false,
        error: {
          code: 'INVALID_FIELD',
          message: `${HSK_FILE} line ${line}: 적용종료일자 is before 적용시작일자`,
          where: `${HSK_FILE} line ${line}, column 적용종료일자`,
        },
      };
    }
    if (value.HS부호.length !== 10) continue;
    const unit = KCS_UNITS.get(value.수량단위코드);
    lines.push({
      code: value.HS부호,
      description: value.영문품목명 === '' ? value.한글품목명 : value.영문품목명,
      descriptionLocal: value.한글품목명,
      ...(unit === undefined ? {} : { supplementaryUnit: unit }),
      validFrom: value.적용시작일자,
      validTo: value.적용종료일자,
      measures: [],
    });
  }
  return ok({ jurisdiction: 'kr', version: HSK_VERSION, lines });
}
