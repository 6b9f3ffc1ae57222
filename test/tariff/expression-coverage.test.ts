import { mkdirSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseRateExpression } from '../../shared/tariff/expression';
import { readAsset } from './assets';

type Row = Record<string, string>;
const rows = (path: string): Row[] =>
  parse(readAsset(path), { columns: true, bom: true, relax_quotes: true }) as Row[];

/** Parsed / rejected-by-reason counts over the distinct expressions of one column set. */
function coverage(texts: Iterable<string>) {
  const distinct = [...new Set(texts)];
  const counts: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  for (const text of distinct) {
    const result = parseRateExpression(text);
    const outcome = result.ok ? 'parsed' : result.error.reason;
    counts[outcome] = (counts[outcome] ?? 0) + 1;
    if (!result.ok) (examples[outcome] ??= []).push(`${text} — ${result.error.message}`);
  }
  return { distinct: distinct.length, counts, examples };
}

const uk = rows('tariffs/uk/ukgt_2021_with_eu_cet.csv');
const us = rows('tariffs/us/hts_2024_basic_edition.csv');
const report = {
  'UKGT ukgt_duty_rate': coverage(uk.map((row) => row.ukgt_duty_rate ?? '')),
  'UKGT cet_duty_rate': coverage(uk.map((row) => row.cet_duty_rate ?? '')),
  'UKGT both columns': coverage(uk.flatMap((row) => [row.ukgt_duty_rate ?? '', row.cet_duty_rate ?? ''])),
  'HTS General': coverage(us.map((row) => row['General Rate of Duty'] ?? '')),
};

// Measured on these files: parsed counts may not fall below their floors (set just under), and no
// rejection reason may grow past its ceiling, so coverage cannot drop silently either way.
const FLOORS: Record<keyof typeof report, Record<string, number>> = {
  'UKGT ukgt_duty_rate': { parsed: 285 },
  'UKGT cet_duty_rate': { parsed: 500 },
  'UKGT both columns': { parsed: 780 },
  'HTS General': { parsed: 635 },
};
const CEILINGS: Record<keyof typeof report, Record<string, number>> = {
  'UKGT ukgt_duty_rate': { 'unsupported-form': 1 },
  'UKGT cet_duty_rate': { 'entry-price-system': 1, 'needs-meursing-table': 11, 'unsupported-form': 6 },
  'UKGT both columns': { 'entry-price-system': 1, 'needs-meursing-table': 11, 'unsupported-form': 7 },
  'HTS General': { empty: 1, 'needs-other-schedule': 29, 'unsupported-form': 128 },
};

describe('rate expression coverage of the real schedules', () => {
  it('writes the report and shows it', () => {
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/expression-coverage.json', `${JSON.stringify(report, null, 2)}\n`);
    const reasons = [...new Set(Object.values(report).flatMap(({ counts }) => Object.keys(counts)))].sort();
    const table = Object.entries(report).map(([source, { distinct, counts }]) => ({
      source,
      distinct,
      ...Object.fromEntries(reasons.map((reason) => [reason, counts[reason] ?? 0])),
    }));
    console.log('Rate expression coverage (distinct expressions):');
    console.table(table);
  });

  it.each(Object.keys(report) as Array<keyof typeof report>)(
    '%s: every expression is parsed or rejected with a named reason, none malformed',
    (source) => {
      const { distinct, counts, examples } = report[source];
      expect(examples.malformed ?? []).toEqual([]);
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(distinct);
    },
  );

  it.each(Object.keys(FLOORS) as Array<keyof typeof FLOORS>)(
    '%s: parsed counts stay at or above their floors',
    (source) => {
      for (const [outcome, floor] of Object.entries(FLOORS[source])) {
        expect(report[source].counts[outcome] ?? 0, outcome).toBeGreaterThanOrEqual(floor);
      }
    },
  );

  it.each(Object.keys(CEILINGS) as Array<keyof typeof CEILINGS>)(
    '%s: rejections stay within their ceilings',
    (source) => {
      const rejected = Object.entries(report[source].counts).filter(([outcome]) => outcome !== 'parsed');
      for (const [outcome, count] of rejected) {
        expect(count, outcome).toBeLessThanOrEqual(CEILINGS[source][outcome] ?? 0);
      }
    },
  );

  it('the UKGT columns hold 801 distinct expressions in all', () =>
    expect(report['UKGT both columns'].distinct).toBe(801));
});
