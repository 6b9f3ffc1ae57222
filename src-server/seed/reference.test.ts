import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REFERENCE_FILES, loadReferenceData, padCommodityCode } from './reference';

const dataDir = fileURLToPath(new URL('../../assets/data', import.meta.url));
const tempDirs: string[] = [];

/** A copy of the reference files with one file's line replaced. */
function copyWithLine(file: string, lineNumber: number, replacement: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-ref-'));
  tempDirs.push(dir);
  for (const relative of Object.values(REFERENCE_FILES)) {
    cpSync(path.join(dataDir, relative), path.join(dir, relative), { recursive: true });
  }
  const target = path.join(dir, file);
  const text = readFileSync(target, 'utf8');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  lines[lineNumber - 1] = replacement;
  writeFileSync(target, lines.join(eol));
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe('loadReferenceData', () => {
  it('loads the shipped reference files', () => {
    const data = loadReferenceData(dataDir);
    expect(data.krLines.size).toBe(11327);
    expect(data.vkftaCodes.size).toBeGreaterThan(8000);
    expect(data.quotaLines).toHaveLength(254);
    expect(data.hmrcCurrenciesByMonth.get('2026-09')?.has('EUR')).toBe(true);
  });

  it('restores the leading zero the UK tariff lost and keeps only declarable lines', () => {
    expect(padCommodityCode('1012100')).toBe('01012100');
    expect(padCommodityCode('301919011')).toBe('0301919011');
    expect(padCommodityCode('85109000')).toBe('85109000');
    const codes = new Set(loadReferenceData(dataDir).ukLines.map((line) => line.code));
    expect(codes.has('0101210000')).toBe(true);
    for (const code of codes) expect(code).toMatch(/^\d{10}$/);
  });

  it('strips the BOM so the first KCS column is read', () => {
    const line = loadReferenceData(dataDir).krLines.get('0409000000');
    expect(line?.nameKo).toBe('천연꿀');
    expect(line?.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the file and line of a malformed UK tariff row', () => {
    const dir = copyWithLine(
      REFERENCE_FILES.ukgt,
      5,
      '10X3000,Live asses,7.7%,6.0%,Simplified,False,False,False,False',
    );
    expect(() => loadReferenceData(dir)).toThrow(/tariffs\/uk\/ukgt_2021_with_eu_cet\.csv line 5: commodity/);
  });

  it('names the file and line of a row with a missing column', () => {
    const dir = copyWithLine(REFERENCE_FILES.quota, 3, '0901120000,Decaffeinated');
    expect(() => loadReferenceData(dir)).toThrow(/tariffs\/kr\/kr_quota_tariff_p3_2025_2026\.csv line 3/);
  });

  it('names the file that is missing', () => {
    const dir = copyWithLine(REFERENCE_FILES.hs2022, 2, 'I,01,Animals; live,TOTAL,2');
    rmSync(path.join(dir, REFERENCE_FILES.vkfta));
    expect(() => loadReferenceData(dir)).toThrow(/tariffs\/kr\/kr_vkfta_korea_schedule\.csv: cannot read/);
  });
});
