import { describe, expect, it } from 'vitest';
import { assessDeclaration } from './assess';
import { contextOf, declarationOf, measure, rate } from './test-support';

const krLine = (code: string, expression: string) => ({
  code,
  description: 'x',
  measures: [measure('third-country', 'A', expression)],
});
const kr = (
  items: Parameters<typeof declarationOf>[0]['items'],
  extra: Partial<Parameters<typeof declarationOf>[0]> = {},
) => declarationOf({ jurisdiction: 'kr', currency: 'KRW', items, ...extra });

describe('assessDeclaration', () => {
  it('truncates each Korean tax below 10 won and waives customs duty under 10,000 won', () => {
    const a = assessDeclaration(
      kr([{ hsCode: '0303630000', price: '99999' }]),
      contextOf('kr', [krLine('0303630000', '8%')]),
    );
    expect({ byKind: a.totals.byKind, waived: a.totals.waived, payable: a.totals.payable }).toEqual({
      byKind: [
        { kind: 'customs-duty', code: '관세', amount: '7990' },
        { kind: 'vat', code: '부가가치세', amount: '10790' },
      ],
      waived: [
        {
          kind: 'customs-duty',
          amount: '7990',
          reason:
            'minimum collection: customs duty under 10,000 won is not collected (Customs Act art. 40; Enforcement Decree art. 37): 7990 < 10000 KRW',
        },
      ],
      payable: '10790',
    });
  });

  it('collects customs duty of 10,000 won or more', () => {
    const a = assessDeclaration(
      kr([{ hsCode: '0303630000', price: '125000' }]),
      contextOf('kr', [krLine('0303630000', '8%')]),
    );
    expect({ waived: a.totals.waived, payable: a.totals.payable }).toEqual({ waived: [], payable: '23500' });
  });

  it('exempts personal-use goods up to USD 150, and USD 200 dispatched from the US', () => {
    const rates = [rate('USD', '0.0007', '2026-03-08', '2026-03-14')];
    const context = contextOf('kr', [krLine('6109100000', '13%')], {}, rates);
    const goods = (price: string, exportCountry: string) =>
      kr([{ hsCode: '6109100000', price, originCountry: 'CN' }], {
        currency: 'USD',
        personalUse: true,
        exportCountry,
      });
    const fromChina = assessDeclaration(goods('180', 'CN'), context);
    const fromUs = assessDeclaration(goods('180', 'US'), context);
    expect({
      china: fromChina.totals.waived.length,
      us: fromUs.totals.payable,
      usWaived: fromUs.totals.waived.map((w) => w.kind),
    }).toEqual({
      china: 0,
      us: '0',
      usWaived: ['customs-duty', 'vat'],
    });
  });

  it('demands the liquor and education tax rates for chapter 22 liquor', () => {
    const a = assessDeclaration(
      kr([{ hsCode: '2204210000', price: '1000000' }]),
      contextOf('kr', [krLine('2204210000', '15%')]),
    );
    expect(a.items[0]?.problems.map((p) => p.message)).toEqual([
      'Liquor tax (주세) for 2204210000: the goods are liable — liquor (Liquor Tax Act: ethyl alcohol and alcoholic beverages, HS 2203–2208) — but no rate is loaded',
      'Education tax (교육세) for 2204210000: the goods are liable — education tax on the liquor, individual consumption or traffic-energy-environment tax (Education Tax Act art. 5) — but no rate is loaded',
    ]);
  });

  it('levies liquor and education tax from loaded rates, each on its own base, then VAT on all', () => {
    const context = contextOf('kr', [krLine('2204210000', '15%')], {
      nationalTaxRates: [
        { kind: 'liquor', code: '주세', match: '2204', expression: '30%', source: 'test' },
        { kind: 'education', code: '교육세', match: '22', expression: '10%', source: 'test' },
      ],
    });
    const a = assessDeclaration(kr([{ hsCode: '2204210000', price: '1000000' }]), context);
    expect(a.items[0]?.taxes.map((t) => [t.code, t.base, t.amount])).toEqual([
      ['관세', '1000000', '150000'],
      ['주세', '1150000', '345000'],
      ['교육세', '345000', '34500'],
      ['부가가치세', '1529500', '152950'],
    ]);
  });

  it('levies a tax on another tax once per parent, at the rate set for that parent, and traces why', () => {
    // Made-up rates under test: education 30% of a liquor tax above 70%, else 10%; rural
    // development tax on the individual consumption tax except for 8703, which is exempt.
    const context = contextOf('kr', [krLine('2208300000', '20%'), krLine('8703239000', '8%')], {
      nationalTaxRates: [
        { kind: 'liquor', code: '', match: '2208', expression: '72%', source: 'test liquor' },
        { kind: 'individual-consumption', code: '', match: '8703', expression: '5%', source: 'test ict' },
        { kind: 'education', code: '', match: '', of: 'liquor', expression: '10%', source: 'test edu 10' },
        {
          kind: 'education',
          code: '',
          match: '',
          of: 'liquor',
          expression: '30%',
          conditions: { parentAdValoremPercent: { above: '70' } },
          source: 'test edu 30',
        },
        {
          kind: 'education',
          code: '',
          match: '',
          of: 'individual-consumption',
          expression: '30%',
          source: 'test edu ict',
        },
        {
          kind: 'rural-development',
          code: '',
          match: '',
          of: 'individual-consumption',
          expression: '10%',
          source: 'test rural',
        },
        {
          kind: 'rural-development',
          code: '',
          match: '8703',
          of: 'individual-consumption',
          expression: '0%',
          exempt: true,
          source: 'test rural exempt',
        },
      ],
    });
    const a = assessDeclaration(
      kr([
        { hsCode: '2208300000', price: '1000000' },
        { hsCode: '8703239000', price: '1000000' },
      ]),
      context,
    );
    expect(a.items.map((item) => item.taxes.map((t) => [t.code, t.base, t.amount]))).toEqual([
      [
        ['관세', '1000000', '200000'],
        ['주세', '1200000', '864000'],
        ['교육세', '864000', '259200'],
        ['부가가치세', '2323200', '232320'],
      ],
      [
        ['관세', '1000000', '80000'],
        ['개별소비세', '1080000', '54000'],
        ['교육세', '54000', '16200'],
        ['부가가치세', '1150200', '115020'],
      ],
    ]);
    expect(a.items[0]?.taxes[2]?.trace[0]).toBe(
      'Education tax on liquor tax: rate "30%" of the liquor tax for any goods with liquor tax rate above 70% (statute rate) [test edu 30]',
    );
    expect(a.items[1]?.trace).toContain(
      'Rural development tax on individual consumption tax: not levied — "0%" of the individual-consumption tax for 8703 (statute rate) [test rural exempt]',
    );
    expect(a.complete).toBe(true);
  });

  it('compares declared with computed per tax code within the tolerance', () => {
    const line = {
      code: '8510900000',
      description: 'parts',
      measures: [measure('third-country', '103', '2.0%')],
    };
    const declaration = declarationOf({
      items: [
        {
          hsCode: '8510900000',
          price: '1000',
          declaredTaxes: [
            { code: 'A00', amount: '20' },
            { code: 'B00', amount: '250' },
          ],
        },
      ],
    });
    expect(assessDeclaration(declaration, contextOf('uk', [line])).declared).toEqual([
      { code: 'A00', declared: '20', computed: '20', withinTolerance: true },
      { code: 'B00', declared: '250', computed: '204', withinTolerance: false },
    ]);
  });

  it('reports a code with no tariff line', () => {
    const a = assessDeclaration(declarationOf({ items: [{ hsCode: '9999999999' }] }), contextOf('uk', []));
    expect({ complete: a.complete, problems: a.items[0]?.problems }).toEqual({
      complete: false,
      problems: [{ code: 'NO_TARIFF_LINE', message: '9999999999 has no line in test tariff' }],
    });
  });

  it('assesses a 999-item declaration completely, each item on its own line', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => ({
      code: `84${String(i).padStart(6, '0')}`,
      description: 'x',
      measures: [
        measure('third-country', '103', '2.7%'),
        measure('anti-dumping', '552', '10.00 GBP / 100 kg'),
      ],
    }));
    const context = contextOf('uk', lines);
    const declaration = declarationOf({
      items: Array.from({ length: 999 }, (_, i) => ({
        hsCode: `84${String(i * 2).padStart(6, '0')}00`,
        price: `${100 + i}`,
      })),
    });
    // Speed is measured by `npm run bench` (assess999), not asserted here: this checks the result.
    const a = assessDeclaration(declaration, context);
    const duties = a.items.map((item) => item.taxes.find((tax) => tax.kind === 'customs-duty')?.amount);
    expect({ complete: a.complete, items: a.items.length, lastDuty: duties.at(-1) }).toEqual({
      complete: true,
      items: 999,
      lastDuty: '29.65', // 2.7% of the 999th item's price 1098 = 29.646, half-up to the penny (profiles/uk.ts)
    });
  });
});

describe('assessDeclaration never takes a value below zero as a result', () => {
  const uk = contextOf('uk', [
    { code: '8510900000', description: 'shavers', measures: [measure('third-country', '103', '2%')] },
  ]);
  const outcome = (declaration: Parameters<typeof assessDeclaration>[0]) => {
    const a = assessDeclaration(declaration, uk);
    return {
      complete: a.complete,
      payable: a.totals.payable,
      items: a.items.map((item) => ({ taxes: item.taxes, problems: item.problems })),
    };
  };

  it('a price of -1000 is a problem on the item, not a duty base of -1000 with nothing payable', () =>
    expect(outcome(declarationOf({ items: [{ hsCode: '8510900000', price: '-1000' }] }))).toEqual({
      complete: false,
      payable: '0',
      items: [
        {
          taxes: [],
          problems: [
            {
              code: 'NEGATIVE_AMOUNT',
              message: 'items[0].price is -1000; amounts, quantities and masses are never below zero',
            },
          ],
        },
      ],
    }));

  it('deductions beyond the price give NEGATIVE_CUSTOMS_VALUE', () => {
    const deduction = { kind: 'deduction' as const, code: 'BC', amount: '1500', currency: 'GBP' };
    expect(
      outcome(declarationOf({ adjustments: [deduction], items: [{ hsCode: '8510900000', price: '1000' }] })),
    ).toEqual({
      complete: false,
      payable: '0',
      items: [
        {
          taxes: [],
          problems: [
            {
              code: 'NEGATIVE_CUSTOMS_VALUE',
              message:
                'the customs value is -500 GBP: the deductions exceed the price and additions, and a value below zero is never a tax base',
            },
          ],
        },
      ],
    });
  });

  it('a negative header amount is a problem on every item', () =>
    expect(
      outcome(
        declarationOf({
          incoterm: 'FOB',
          freight: '-10',
          items: [{ hsCode: '8510900000' }, { hsCode: '8510900000' }],
        }),
      ).items.map((item) => item.problems.map((problem) => problem.code)),
    ).toEqual([['NEGATIVE_AMOUNT'], ['NEGATIVE_AMOUNT']]));
});
