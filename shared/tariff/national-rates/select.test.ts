import { describe, expect, it } from 'vitest';
import { declarationOf } from '../engine/test-support';
import type { NationalTaxRate } from '../types';
import { NationalTaxRateSchema } from './schema';
import { conditionsHold, describeRate, selectNationalRate } from './select';

// Rates here are made up for the rules under test ("test" sources), not Korean law: the shipped
// table and its worked cases are in test/tariff/kr-internal-taxes.test.ts.
const rate = (fields: Partial<NationalTaxRate> & Pick<NationalTaxRate, 'kind' | 'match' | 'expression'>) =>
  NationalTaxRateSchema.parse({ source: `test ${fields.expression}`, ...fields });

const item = (fields: Record<string, unknown>) =>
  declarationOf({ jurisdiction: 'kr', currency: 'KRW', items: [{ hsCode: '8703239000', ...fields }] })
    .items[0]!;

const cars = [
  rate({
    kind: 'individual-consumption',
    match: '8703',
    expression: '5%',
    conditions: { engineCapacityCc: { above: '1000' } },
  }),
  rate({
    kind: 'individual-consumption',
    match: '8703',
    expression: '0%',
    exempt: true,
    conditions: { engineCapacityCc: { atMost: '1000' } },
  }),
  rate({
    kind: 'individual-consumption',
    match: '8703',
    expression: '3.5%',
    basis: 'flexible',
    validFrom: '2026-01-01',
    validTo: '2026-06-30',
    conditions: { engineCapacityCc: { above: '1000' } },
  }),
  rate({ kind: 'individual-consumption', match: '870380', expression: '5%', conditions: { electric: true } }),
];

const chosen = (selection: ReturnType<typeof selectNationalRate>) =>
  selection.outcome === 'rates' ? selection.rates.map((r) => r.expression) : selection.outcome;

describe('selectNationalRate', () => {
  it('takes the flexible rate while it is in force, and the statute rate before and after', () => {
    const car = item({ engineCapacityCc: '1998' });
    expect(chosen(selectNationalRate(cars, 'individual-consumption', car, '2025-12-31', null))).toEqual([
      '5%',
    ]);
    expect(chosen(selectNationalRate(cars, 'individual-consumption', car, '2026-01-01', null))).toEqual([
      '3.5%',
    ]);
    expect(chosen(selectNationalRate(cars, 'individual-consumption', car, '2026-06-30', null))).toEqual([
      '3.5%',
    ]);
    expect(chosen(selectNationalRate(cars, 'individual-consumption', car, '2026-07-01', null))).toEqual([
      '5%',
    ]);
  });

  it('reads "above" as greater than and "at most" as up to and including the bound', () => {
    const at = (cc: string) =>
      selectNationalRate(cars, 'individual-consumption', item({ engineCapacityCc: cc }), '2025-01-01', null)
        .outcome;
    expect([at('999'), at('1000'), at('1000.1'), at('1001')]).toEqual(['exempt', 'exempt', 'rates', 'rates']);
  });

  it('asks for the engine capacity rather than choosing a rate without it', () => {
    const selection = selectNationalRate(cars, 'individual-consumption', item({}), '2025-01-01', null);
    expect(selection.outcome === 'needs' && selection.attributes).toEqual(['engineCapacityCc']);
  });

  it('takes the longer prefix first, and falls back to the shorter when its conditions fail', () => {
    const electric = item({ hsCode: '8703800000', electricVehicle: true });
    expect(chosen(selectNationalRate(cars, 'individual-consumption', electric, '2025-01-01', null))).toEqual([
      '5%',
    ]);
    // A hybrid under 8703.80 with an engine is no electric vehicle: the 8703 engine rows decide.
    const hybrid = item({ hsCode: '8703800000', engineCapacityCc: '800' });
    expect(selectNationalRate(cars, 'individual-consumption', hybrid, '2025-01-01', null).outcome).toBe(
      'exempt',
    );
  });

  it('levies a tax on another tax at the rate set for that parent and its ad valorem rate', () => {
    const education = [
      rate({ kind: 'education', match: '', of: 'liquor', expression: '10%' }),
      rate({
        kind: 'education',
        match: '',
        of: 'liquor',
        expression: '30%',
        basis: 'decree',
        conditions: { parentAdValoremPercent: { above: '70' } },
      }),
      rate({ kind: 'education', match: '', of: 'individual-consumption', expression: '30%' }),
    ];
    const whisky = item({ hsCode: '2208300000' });
    const on = (kind: 'liquor' | 'individual-consumption', percent: string | null) =>
      chosen(
        selectNationalRate(education, 'education', whisky, '2026-01-01', { kind, adValoremPercent: percent }),
      );
    expect(on('liquor', '72')).toEqual(['30%']);
    expect(on('liquor', '70')).toEqual(['10%']);
    expect(on('liquor', null)).toEqual(['10%']);
    expect(on('individual-consumption', '5')).toEqual(['30%']);
    // Not levied on goods alone: education rates follow a parent tax.
    expect(selectNationalRate(education, 'education', whisky, '2026-01-01', null).outcome).toBe('none');
  });

  it('says the table is ambiguous when two rates of the same standing apply', () => {
    const twice = [
      rate({ kind: 'liquor', match: '2208', expression: '72%' }),
      rate({ kind: 'liquor', match: '2208', expression: '30%' }),
    ];
    expect(
      selectNationalRate(twice, 'liquor', item({ hsCode: '2208300000' }), '2026-01-01', null).outcome,
    ).toBe('ambiguous');
  });

  it('applies every rate named by a national code the item carries (UK excise)', () => {
    const excise = [
      rate({ kind: 'excise', match: 'X411', expression: '1 GBP/l' }),
      rate({ kind: 'excise', match: 'X412', expression: '2 GBP/l' }),
      rate({ kind: 'excise', match: '2208', expression: '9 GBP/l' }),
    ];
    const gin = item({ hsCode: '2208500000', nationalCodes: ['X411', 'X412'] });
    expect(chosen(selectNationalRate(excise, 'excise', gin, '2026-01-01', null))).toEqual([
      '1 GBP/l',
      '2 GBP/l',
    ]);
  });
});

describe('conditionsHold', () => {
  it('is unknown for each attribute the item leaves out, and no once any declared one fails', () => {
    const conditions = { liquorCategory: ['whisky' as const], alcoholStrengthPercent: { above: '1' } };
    expect(conditionsHold(conditions, item({ hsCode: '2208300000' }), null)).toEqual({
      holds: 'unknown',
      attributes: ['alcoholStrengthPercent', 'liquorCategory'],
    });
    expect(conditionsHold(conditions, item({ hsCode: '2208300000', liquorCategory: 'beer' }), null)).toEqual({
      holds: 'no',
    });
    expect(
      conditionsHold(
        conditions,
        item({ hsCode: '2208300000', liquorCategory: 'whisky', alcoholStrengthPercent: '40' }),
        null,
      ),
    ).toEqual({ holds: 'yes' });
  });
});

describe('describeRate', () => {
  it('names the goods, conditions, basis, validity and article', () => {
    expect(describeRate(cars[2]!)).toBe(
      '"3.5%" for 8703 with engine capacity above 1000 cc (flexible rate, in force 2026-01-01 to 2026-06-30) [test 3.5%]',
    );
  });
});

describe('NationalTaxRateSchema', () => {
  it('refuses a rate for any goods that is not levied on another tax, and an inverted range', () => {
    expect(
      NationalTaxRateSchema.safeParse({ kind: 'liquor', match: '', expression: '1%', source: 's' }).success,
    ).toBe(false);
    const inverted = NationalTaxRateSchema.safeParse({
      kind: 'individual-consumption',
      match: '8703',
      expression: '5%',
      source: 's',
      conditions: { engineCapacityCc: { above: '2000', atMost: '1000' } },
    });
    expect(inverted.success ? null : inverted.error.issues[0]?.message).toBe('above must be below atMost');
  });
});
