import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { KCS_TO_REC20, KG_PER_UNIT, rec20ForKcsUnit } from './units';
import { loadReferenceData } from './reference';

const dataDir = fileURLToPath(new URL('../../assets/data', import.meta.url));

function rec20Codes(): Map<string, string> {
  const text = readFileSync(`${dataDir}/codes/unece_rec20_units_annexII.csv`, 'utf8');
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  // The header cell is "Common<CR><LF>Code"; "Status" is X for deleted codes.
  return new Map(rows.map((row) => [row['Common\r\nCode'] ?? '', row['Status'] ?? '']));
}

describe('KCS unit to UN/ECE Rec 20 mapping', () => {
  it('maps the codes the KCS list uses to their Rec 20 equivalents', () => {
    expect(
      ['', 'KG', 'U', 'EA', '2U', 'L', 'ML', 'M', 'M2', 'M3', 'GR', 'CR', 'MW', 'TU'].map(rec20ForKcsUnit),
    ).toEqual([
      'KGM',
      'KGM',
      'NAR',
      'NAR',
      'PR',
      'LTR',
      'MLT',
      'MTR',
      'MTK',
      'MTQ',
      'GRM',
      'CTM',
      'MWH',
      'MIL',
    ]);
  });

  it('refuses a unit code it does not know', () => {
    expect(() => rec20ForKcsUnit('XYZ')).toThrow(/no UN\/ECE Rec 20 code for KCS unit "XYZ"/);
  });

  it('maps only to current (not deleted) Rec 20 codes, each with a mass range', () => {
    const codes = rec20Codes();
    for (const rec20 of [...new Set(Object.values(KCS_TO_REC20))]) {
      expect(codes.get(rec20), rec20).toBe('');
      expect(KG_PER_UNIT[rec20], rec20).toBeDefined();
    }
  });

  it('covers every quantity unit used by the 2025 HSK list', () => {
    const used = new Set([...loadReferenceData(dataDir).krLines.values()].map((line) => line.kcsUnit));
    for (const unit of used) expect(() => rec20ForKcsUnit(unit)).not.toThrow();
  });
});
