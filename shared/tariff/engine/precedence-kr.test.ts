import { CountryCode } from '../../domain/ids';
import { describe, expect, it } from 'vitest';
import { assessDeclaration } from './assess';
import { contextOf, declarationOf, measure } from './test-support';

const CODE = '0303630000';
const vn = (preference: { agreement: string; proofOfOrigin: string | null } | null, date = '2026-03-10') =>
  declarationOf({
    jurisdiction: 'kr',
    currency: 'KRW',
    acceptanceDate: date,
    items: [{ hsCode: CODE, originCountry: 'VN', price: '1000000', preference }],
  });
const fvn = (rate: string) =>
  measure('preference', 'FVN1', rate, {
    origins: [CountryCode.parse('VN')],
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
  });
const duty = (a: ReturnType<typeof assessDeclaration>) =>
  a.items[0]?.taxes.filter((t) => t.kind === 'customs-duty').map((t) => t.amount);

describe('Korean precedence (Customs Act art. 50; FTA Special Act art. 5)', () => {
  const proof = { agreement: 'FVN1', proofOfOrigin: 'CO-VN-1' };

  it('applies the FTA rate when it is lower and proof of origin is present', () => {
    const a = assessDeclaration(
      vn(proof),
      contextOf('kr', [
        { code: CODE, description: 'cod', measures: [measure('third-country', 'A', '10%'), fvn('2%')] },
      ]),
    );
    expect({ duty: duty(a), complete: a.complete }).toEqual({ duty: ['20000'], complete: true });
  });

  it('keeps the basic rate when the FTA rate is not lower', () => {
    const a = assessDeclaration(
      vn(proof),
      contextOf('kr', [
        { code: CODE, description: 'cod', measures: [measure('third-country', 'A', '3%'), fvn('5%')] },
      ]),
    );
    expect(duty(a)).toEqual(['30000']);
  });

  it('refuses the FTA rate without proof of origin', () => {
    const a = assessDeclaration(
      vn({ agreement: 'FVN1', proofOfOrigin: null }),
      contextOf('kr', [
        { code: CODE, description: 'cod', measures: [measure('third-country', 'A', '10%'), fvn('0%')] },
      ]),
    );
    expect(duty(a)).toEqual(['100000']);
  });

  it('lets P3 replace the basic rate in its period only', () => {
    const line = {
      code: CODE,
      description: 'cod',
      measures: [
        measure('third-country', 'A', '10%'),
        measure('quota', 'P3', '0%', { validFrom: '2026-01-01', validTo: '2026-06-30' }),
      ],
    };
    const inPeriod = assessDeclaration(vn(null, '2026-03-10'), contextOf('kr', [line]));
    const outOfPeriod = assessDeclaration(vn(null, '2026-07-01'), contextOf('kr', [line]));
    expect([duty(inPeriod), duty(outOfPeriod)]).toEqual([['0'], ['100000']]);
  });

  it('applies the WTO concession only when lower', () => {
    const line = {
      code: CODE,
      description: 'cod',
      measures: [measure('third-country', 'A', '10%'), measure('wto-concession', 'C', '8%')],
    };
    expect(duty(assessDeclaration(vn(null), contextOf('kr', [line])))).toEqual(['80000']);
  });

  it('stacks an anti-dumping duty on the chosen FTA rate', () => {
    const line = {
      code: CODE,
      description: 'cod',
      measures: [measure('third-country', 'A', '10%'), fvn('0%'), measure('anti-dumping', 'I', '15%')],
    };
    const a = assessDeclaration(vn(proof), contextOf('kr', [line]));
    expect(a.items[0]?.taxes.map((t) => [t.kind, t.code, t.amount])).toEqual([
      ['customs-duty', '관세', '0'],
      ['additional-duty', '덤핑방지관세', '150000'],
      ['vat', '부가가치세', '115000'],
    ]);
  });

  it('says exactly which rate is missing when the basic rate is not loaded', () => {
    const a = assessDeclaration(
      vn(proof),
      contextOf('kr', [{ code: CODE, description: 'cod', measures: [fvn('5%')] }]),
    );
    expect({ complete: a.complete, taxes: a.items[0]?.taxes, problems: a.items[0]?.problems }).toEqual({
      complete: false,
      taxes: [],
      problems: [
        {
          code: 'RATE_NOT_IN_DATA',
          message:
            'Korean basic rate (A) for 0303630000 is not in the loaded tariff; FVN1 2026 rate 5% applies only if lower — load the KCS rate table',
        },
      ],
    });
  });

  it('applies a claimed zero FTA rate without the basic rate: no rate can be lower than nothing', () => {
    const a = assessDeclaration(
      vn(proof),
      contextOf('kr', [{ code: CODE, description: 'cod', measures: [fvn('0%')] }]),
    );
    expect({ complete: a.complete, duty: duty(a), problems: a.items[0]?.problems }).toEqual({
      complete: true,
      duty: ['0'],
      problems: [],
    });
  });

  it('marks an FTA in-quota rate provisional: the quota balance is unknown offline', () => {
    const line = {
      code: CODE,
      description: 'cod',
      measures: [
        measure('third-country', 'A', '10%'),
        measure('preferential-quota', 'FVN1', '0%', { origins: [CountryCode.parse('VN')] }),
      ],
    };
    const a = assessDeclaration(vn(proof), contextOf('kr', [line]));
    expect({ duty: duty(a), provisional: a.provisional }).toEqual({ duty: ['0'], provisional: true });
  });
});
