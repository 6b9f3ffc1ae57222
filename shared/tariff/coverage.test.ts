import { describe, expect, it } from 'vitest';
import { coverageOf, rateCoverage } from './coverage';

const rate = (periodStart: string, periodEnd: string) => ({
  currency: 'USD',
  unitsPerBase: '1.3',
  periodStart,
  periodEnd,
});
const table = {
  rates: [
    rate('2026-07-01', '2026-07-31'),
    rate('2026-08-01', '2026-08-31'),
    rate('2026-10-01', '2026-10-31'),
  ],
};
const pack = { covers: { from: '2026-07-01', to: '2026-10-31' }, table };

describe('rate coverage', () => {
  it('spans a table from its first period start to its last period end', () => {
    expect(coverageOf(table)).toEqual({ from: '2026-07-01', to: '2026-10-31' });
    expect(coverageOf({ rates: [] })).toBeNull();
  });

  it('names the period that converts a date inside the table, first and last days included', () => {
    expect(rateCoverage(pack, '2026-08-31')).toEqual({
      status: 'covered',
      covers: pack.covers,
      period: { from: '2026-08-01', to: '2026-08-31' },
    });
    expect(rateCoverage(pack, '2026-07-01T09:30:00+09:00').status).toBe('covered');
    expect(rateCoverage(pack, '2026-10-31').status).toBe('covered');
  });

  it('says before or after for dates outside the table, so nothing is converted with the wrong period', () => {
    expect(rateCoverage(pack, '2026-06-30')).toEqual({ status: 'before', covers: pack.covers });
    expect(rateCoverage(pack, '2026-11-01')).toEqual({ status: 'after', covers: pack.covers });
  });

  it('says gap for a date inside the span that no period of the table holds', () => {
    expect(rateCoverage(pack, '2026-09-15')).toEqual({ status: 'gap', covers: pack.covers });
  });

  it('refuses something that is not a date', () => {
    expect(() => rateCoverage(pack, '15/09/2026')).toThrow('"15/09/2026" is not an ISO date (YYYY-MM-DD)');
  });
});
