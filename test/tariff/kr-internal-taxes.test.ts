// Korea's internal taxes assessed with the shipped table (assets/data/taxes/kr/national-tax-rates.json,
// read from the statutes), against the worked cases of docs/kr-internal-taxes.md computed by hand
// from the same articles. The customs duty rates (8% cars, 20% whisky, 0% beer, 3% petrol) are the
// worked cases' inputs, not data: the public Korean tariff files hold no basic rates.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessDeclaration } from '../../shared/tariff/engine';
import { contextOf, declarationOf, measure } from '../../shared/tariff/engine/test-support';
import { importNationalTaxRates } from '../../shared/tariff/national-rates/import';
import type { Assessment } from '../../shared/tariff/types';

const shipped = importNationalTaxRates(
  readFileSync(new URL('../../assets/data/taxes/kr/national-tax-rates.json', import.meta.url), 'utf8'),
  'kr',
);
if (!shipped.ok) throw new Error(shipped.error.message);
const table = shipped.value;

const line = (code: string, duty: string) => ({
  code,
  description: 'worked case',
  measures: [
    measure('third-country', 'A', duty, { source: 'worked case input (docs/kr-internal-taxes.md)' }),
  ],
});

type Item = Parameters<typeof declarationOf>[0]['items'][number];

function assess(item: Item, duty: string, acceptanceDate: string): Assessment {
  const declaration = declarationOf({ jurisdiction: 'kr', currency: 'KRW', acceptanceDate, items: [item] });
  return assessDeclaration(
    declaration,
    contextOf('kr', [line(item.hsCode, duty)], {
      nationalTaxRates: table.rates,
      nationalTaxRatesVersion: table.version,
    }),
  );
}

/** Each tax as [name on the notice, base, amount], and the problems, for one item. */
const figures = (a: Assessment) => ({
  taxes: a.items[0]?.taxes.map((t) => [t.code, t.base, t.amount]),
  problems: a.items[0]?.problems.map((p) => p.code),
  payable: a.totals.payable,
});

const car = (fields: Partial<Item> = {}): Item => ({
  hsCode: '8703231010',
  price: '30000000',
  quantity: '1',
  quantityUnit: 'NAR',
  engineCapacityCc: '1998',
  ...fields,
});

describe('an imported passenger car (개별소비세, 교육세, no 농어촌특별세)', () => {
  it('case (a): 2,000 cc on 2026-05-15 at the flexible 3.5%, education 30% of it, VAT on all', () => {
    expect(figures(assess(car({ engineCapacityCc: '2000' }), '8%', '2026-05-15'))).toEqual({
      taxes: [
        ['관세', '30000000', '2400000'],
        ['개별소비세', '32400000', '1134000'],
        ['교육세', '1134000', '340200'],
        ['부가가치세', '33874200', '3387420'],
      ],
      problems: [],
      payable: '7261620',
    });
  });

  it('after the flexible rate ends (2026-07-15) at the statute’s 5%', () => {
    expect(figures(assess(car(), '8%', '2026-07-15')).taxes).toEqual([
      ['관세', '30000000', '2400000'],
      ['개별소비세', '32400000', '1620000'],
      ['교육세', '1620000', '486000'],
      ['부가가치세', '34506000', '3450600'],
    ]);
  });

  it('truncates each tax to 10 won on an odd value', () => {
    // 41,234,567 × 8% = 3,298,765.36 → 3,298,760; base 44,533,327 (41,234,567 + 3,298,760);
    // × 5% = 2,226,666.35 → 2,226,660; × 30% = 667,998 → 667,990;
    // VAT base 41,234,567 + 3,298,760 + 2,226,660 + 667,990 = 47,427,977 → 4,742,797.7 → 4,742,790.
    expect(
      figures(assess(car({ price: '41234567', engineCapacityCc: '2497' }), '8%', '2026-07-15')).taxes,
    ).toEqual([
      ['관세', '41234567', '3298760'],
      ['개별소비세', '44533327', '2226660'],
      ['교육세', '2226660', '667990'],
      ['부가가치세', '47427977', '4742790'],
    ]);
  });

  it('caps the flexible rate’s saving at 1,000,000 won a car (decree art. 2-2(3)), per car declared', () => {
    // 100,000,000 + 8,000,000 duty = 108,000,000: 3.5% is 3,780,000, 5% less the cap 4,400,000.
    const one = assess(car({ price: '100000000' }), '8%', '2026-05-15');
    expect(figures(one).taxes?.[1]).toEqual(['개별소비세', '108000000', '4400000']);
    expect(one.items[0]?.taxes[1]?.trace.join('\n')).toContain('reached, so the tax is the statute rate');
    // Two such cars on one item: twice the cap, and 3.5% of twice the value is still below.
    const two = assess(car({ price: '200000000', quantity: '2' }), '8%', '2026-05-15');
    expect(figures(two).taxes?.[1]).toEqual(['개별소비세', '216000000', '8800000']);
  });

  it('levies no individual consumption tax on a car of at most 1,000 cc, and says why', () => {
    const light = assess(car({ engineCapacityCc: '998' }), '8%', '2026-05-15');
    expect(figures(light).taxes?.map(([code]) => code)).toEqual(['관세', '부가가치세']);
    expect(light.items[0]?.trace.join('\n')).toContain('개별소비세법 제1조제2항제3호나목 괄호');
  });

  it('names the rural development tax exemption (농어촌특별세법 art. 3) in the trace', () => {
    const a = assess(car(), '8%', '2026-05-15');
    expect(a.items[0]?.trace.find((t) => t.startsWith('Rural development tax'))).toContain(
      '농어촌특별세법 제3조제3호',
    );
  });

  it('asks for the engine capacity instead of guessing a rate', () => {
    const { engineCapacityCc: _left, ...unknown } = car();
    const a = assess(unknown, '8%', '2026-05-15');
    expect(figures(a).problems).toEqual(['NATIONAL_RATE_NEEDS_ATTRIBUTE']);
    expect(a.complete).toBe(false);
    expect(a.items[0]?.problems[0]?.message).toContain('engine capacity (cc)');
  });

  it('taxes an electric car at the same rate, without an engine capacity', () => {
    const ev = car({ hsCode: '8703801000', electricVehicle: true, engineCapacityCc: undefined });
    expect(figures(assess(ev, '8%', '2026-07-15')).taxes?.[1]).toEqual(['개별소비세', '32400000', '1620000']);
  });
});

describe('imported liquor (주세, 교육세)', () => {
  const whisky: Item = {
    hsCode: '2208301000',
    price: '10000000',
    liquorCategory: 'whisky',
    alcoholStrengthPercent: '40',
  };

  it('case (b): whisky, liquor tax 72% on value + duty, education 30% of it since 72% exceeds 70%', () => {
    expect(figures(assess(whisky, '20%', '2026-05-15'))).toEqual({
      taxes: [
        ['관세', '10000000', '2000000'],
        ['주세', '12000000', '8640000'],
        ['교육세', '8640000', '2592000'],
        ['부가가치세', '23232000', '2323200'],
      ],
      problems: [],
      payable: '15555200',
    });
  });

  it('case (c): beer at 885,700 won a kilolitre on the declared litres, education 30%', () => {
    const beer: Item = {
      hsCode: '2203000000',
      price: '8000000',
      quantity: '10000',
      quantityUnit: 'LTR',
      liquorCategory: 'beer',
    };
    expect(figures(assess(beer, '0%', '2026-05-15'))).toEqual({
      taxes: [
        ['관세', '8000000', '0'],
        ['주세', '8000000', '8857000'],
        ['교육세', '8857000', '2657100'],
        ['부가가치세', '19514100', '1951410'],
      ],
      problems: [],
      payable: '13465510',
    });
  });

  it('lists declared against computed in the order the taxes are levied, not by their names', () => {
    expect(assess(whisky, '20%', '2026-05-15').declared.map((d) => d.code)).toEqual([
      '관세',
      '주세',
      '교육세',
      '부가가치세',
    ]);
  });

  it('fruit wine at 30% bears education tax at 10% of the liquor tax', () => {
    const wine: Item = { hsCode: '2204210000', price: '1000000', liquorCategory: 'fruit-wine' };
    expect(figures(assess(wine, '15%', '2026-05-15')).taxes).toEqual([
      ['관세', '1000000', '150000'],
      ['주세', '1150000', '345000'],
      ['교육세', '345000', '34500'],
      ['부가가치세', '1529500', '152950'],
    ]);
  });

  it('asks for the liquor category: a 2208 line may be soju, whisky or a liqueur', () => {
    const { liquorCategory: _left, ...unknown } = whisky;
    const a = assess(unknown, '20%', '2026-05-15');
    expect(a.items[0]?.problems.map((p) => [p.code, p.message.includes('liquor category')])).toEqual([
      ['NATIONAL_RATE_NEEDS_ATTRIBUTE', true],
    ]);
  });
});

describe('imported petrol (교통·에너지·환경세, 교육세)', () => {
  const petrol: Item = { hsCode: '2710121000', price: '12000000', quantity: '20000', quantityUnit: 'LTR' };

  it('case (d): 450 won a litre on the litres less 2/1000 natural loss, education 15%', () => {
    const a = assess(petrol, '3%', '2026-05-15');
    expect(figures(a)).toEqual({
      taxes: [
        ['관세', '12000000', '360000'],
        ['교통·에너지·환경세', '12360000', '8982000'],
        ['교육세', '8982000', '1347300'],
        ['부가가치세', '22689300', '2268930'],
      ],
      problems: [],
      payable: '12958230',
    });
    expect(a.items[0]?.taxes[1]?.trace.join('\n')).toContain('declared quantities taken at 0.998');
  });

  it('takes the decree’s rate in force on each date: 529 won a litre from 2026-08-01', () => {
    // 19,960 l × 529 = 10,558,840; education 15% = 1,583,826 → 1,583,820.
    expect(figures(assess(petrol, '3%', '2026-08-03')).taxes?.slice(1, 3)).toEqual([
      ['교통·에너지·환경세', '12360000', '10558840'],
      ['교육세', '10558840', '1583820'],
    ]);
  });

  it('says the goods are liable and no rate is loaded after the act’s last day', () => {
    expect(figures(assess(petrol, '3%', '2028-01-03')).problems).toEqual(['EXCISE_RATE_NOT_IN_DATA']);
  });
});

describe('the shipped table', () => {
  it('names an article for every rate, and is dated', () => {
    expect(table.version).toMatch(/statutes as of \d{4}-\d{2}-\d{2}/);
    const unsourced = table.rates.filter((r) => !/(법|령)/.test(r.source));
    expect(unsourced).toEqual([]);
  });
});
