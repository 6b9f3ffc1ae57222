import { z } from 'zod';
import { ok, type Result } from '../../util/result';
import type { ImportError } from '../types';
import { readCsv, validateRows } from './csv';

export const HS2022_FILE = 'hs2022_harmonized_system.csv';

/** A heading of the HS nomenclature: chapter (2 digits), heading (4) or subheading (6). */
export type NomenclatureEntry = {
  code: string;
  description: string;
  /** The code one level up; null for a chapter. */
  parent: string | null;
  level: 2 | 4 | 6;
  section: string;
};

/** UN Comtrade aggregates that are not HS codes. */
const COMTRADE_ARTEFACTS = new Set(['TOTAL', '99', '9999', '999999']);

const row = z
  .object({
    section: z.string().trim(),
    hscode: z.string().trim().min(1, 'an hscode is required'),
    description: z.string().trim().min(1, 'a description is required'),
    parent: z.string().trim(),
    level: z.enum(['2', '4', '6'], 'level 2, 4 or 6').transform((level) => Number(level) as 2 | 4 | 6),
  })
  .refine((value) => new RegExp(`^\\d{${value.level}}$`).test(value.hscode), {
    message: 'an hscode has as many digits as its level',
    path: ['hscode'],
  });

/** The HS 2022 nomenclature (UN Comtrade short descriptions), without Comtrade's aggregate rows. */
export function importHs2022(csv: string): Result<NomenclatureEntry[], ImportError> {
  const read = readCsv(csv, {
    file: HS2022_FILE,
    required: ['section', 'hscode', 'description', 'parent', 'level'],
  });
  if (!read.ok) return read;
  const codes = read.value.filter((cells) => !COMTRADE_ARTEFACTS.has(cells.cells.hscode?.trim() ?? ''));
  const rows = validateRows(codes, row, HS2022_FILE);
  if (!rows.ok) return rows;
  return ok(
    rows.value.map(({ value }) => ({
      code: value.hscode,
      description: value.description,
      parent: value.parent === '' || value.parent === 'TOTAL' ? null : value.parent,
      level: value.level,
      section: value.section,
    })),
  );
}
