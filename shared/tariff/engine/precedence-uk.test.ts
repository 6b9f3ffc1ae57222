import { describe, expect, it } from 'vitest';
import { CountryCode } from '../../domain/ids';
import { assessDeclaration } from './assess';
import { contextOf, declarationOf, measure } from './test-support';

const CODE = '7208100000';
const steel = (extra: Parameters<typeof declarationOf>[0]['items'][number] = { hsCode: CODE }) =>
  declarationOf({ items: [{ originCountry: 'TR', price: '10000', ...extra, hsCode: CODE }] });
const tr = [CountryCode.parse('TR')];
const line = {
  code: CODE,
  description: 'flat-rolled steel',
  measures: [
    measure('third-country', '103', '10%'),
    measure('preference', '142', '0%', { origins: tr }),
    measure('preferential-quota', '143', '0%', { origins: tr, quotaOrderNumber: '054321' }),
    measure('safeguard', '696', '25%'),
  ],
};
const lines = (a: ReturnType<typeof assessDeclaration>) => a.items[0]?.taxes.map((t) => [t.code, t.amount]);

describe('UK duty options', () => {
  it('charges the third-country duty and the safeguard without a preference claim', () => {
    const a = assessDeclaration(steel({ hsCode: CODE, dutyRegimeCode: '100' }), contextOf('uk', [line]));
    expect(lines(a)).toEqual([
      ['A00', '1000'],
      ['A20', '2500'],
      ['B00', '2700'],
    ]);
  });

  it('applies the preference with proof of origin, showing the alternatives', () => {
    const a = assessDeclaration(
      steel({ hsCode: CODE, dutyRegimeCode: '300', preference: { agreement: '300', proofOfOrigin: 'U110' } }),
      contextOf('uk', [line]),
    );
    expect({
      lines: lines(a),
      alternative: a.items[0]?.trace.some((t) => t.startsWith('alternative: third-country 103 10%')),
    }).toEqual({
      lines: [
        ['A00', '0'],
        ['A20', '2500'],
        ['B00', '2500'],
      ],
      alternative: true,
    });
  });

  it('falls back to the third-country duty when the preference has no proof', () => {
    const a = assessDeclaration(
      steel({ hsCode: CODE, dutyRegimeCode: '300', preference: { agreement: '300', proofOfOrigin: null } }),
      contextOf('uk', [line]),
    );
    expect(lines(a)?.[0]).toEqual(['A00', '1000']);
  });

  it('takes the quota rate by order number, without safeguard, provisionally', () => {
    const a = assessDeclaration(
      steel({
        hsCode: CODE,
        dutyRegimeCode: '320',
        quotaOrderNumber: '054321',
        preference: { agreement: '320', proofOfOrigin: 'U110' },
      }),
      contextOf('uk', [line]),
    );
    expect({ lines: lines(a), provisional: a.provisional, complete: a.complete }).toEqual({
      lines: [
        ['A00', '0'],
        ['B00', '2000'],
      ],
      provisional: true,
      complete: true,
    });
  });

  it('reports a claimed quota whose order number is not in the data', () => {
    const a = assessDeclaration(
      steel({ hsCode: CODE, dutyRegimeCode: '320', quotaOrderNumber: '099999' }),
      contextOf('uk', [{ ...line, flags: { quota: true } }]),
    );
    expect(a.items[0]?.problems.map((p) => p.code)).toEqual(['RATE_NOT_IN_DATA']);
  });

  it('reports a flagged trade remedy without a rate instead of ignoring it', () => {
    const flagged = {
      code: CODE,
      description: 'steel',
      measures: [measure('third-country', '103', '0%')],
      flags: { tradeRemedy: true },
    };
    const a = assessDeclaration(steel(), contextOf('uk', [flagged]));
    expect({ complete: a.complete, problem: a.items[0]?.problems[0]?.message }).toEqual({
      complete: false,
      problem:
        'a trade remedy applies to 7208100000 (flagged in the tariff) but its rate and the origins it covers are not in the loaded data — load the trade-remedy measures',
    });
  });

  it('reports an unparseable rate on the item', () => {
    const a = assessDeclaration(
      steel(),
      contextOf('uk', [
        { code: CODE, description: 'steel', measures: [measure('third-country', '103', 'see heading 9999')] },
      ]),
    );
    expect({ complete: a.complete, codes: a.items[0]?.problems.map((p) => p.code) }).toEqual({
      complete: false,
      codes: ['RATE_REJECTED'],
    });
  });
});
