import { describe, expect, it } from 'vitest';
import { CountryCode } from '../../domain/ids';
import { assessDeclaration } from './assess';
import { contextOf, declarationOf, measure } from './test-support';

// The duty options an item lists are the rates its trace weighs, structured for the officer's
// panel: each with its amount and why it won or lost. They never change the figures.

const options = (a: ReturnType<typeof assessDeclaration>) =>
  a.items[0]?.dutyOptions?.map((o) => [o.code, o.amount, o.outcome, o.reason]);

describe('duty options', () => {
  it('lists the UK options side by side: the preference chosen with proof, the others with their amounts', () => {
    const CODE = '7208100000';
    const tr = [CountryCode.parse('TR')];
    const line = {
      code: CODE,
      description: 'flat-rolled steel',
      measures: [
        measure('third-country', '103', '10%'),
        measure('preference', '142', '0%', { origins: tr }),
        measure('safeguard', '696', '25%'),
      ],
    };
    const a = assessDeclaration(
      declarationOf({
        items: [
          {
            hsCode: CODE,
            originCountry: 'TR',
            price: '10000',
            dutyRegimeCode: '300',
            preference: { agreement: '300', proofOfOrigin: 'U110' },
          },
        ],
      }),
      contextOf('uk', [line]),
    );
    expect(options(a)).toEqual([
      ['142', '0', 'chosen', 'preference claimed with proof of origin U110'],
      ['103', '1000', 'not-chosen', 'alternative'],
      ['696', '2500', 'additional', 'stacked on the chosen duty'],
    ]);
  });

  it("gives Korea's precedence with the reason each rate won or lost", () => {
    const CODE = '0303630000';
    const a = assessDeclaration(
      declarationOf({
        jurisdiction: 'kr',
        currency: 'KRW',
        acceptanceDate: '2026-03-10',
        items: [
          {
            hsCode: CODE,
            originCountry: 'VN',
            price: '1000000',
            preference: { agreement: 'FVN1', proofOfOrigin: 'CO-VN-1' },
          },
        ],
      }),
      contextOf('kr', [
        {
          code: CODE,
          description: 'cod',
          measures: [
            measure('third-country', 'A', '10%'),
            measure('wto-concession', 'C', '8%'),
            measure('preference', 'FVN1', '2%', { origins: [CountryCode.parse('VN')] }),
          ],
        },
      ]),
    );
    expect(options(a)).toEqual([
      ['A', '100000', 'not-chosen', 'basic rate (A)'],
      ['C', '80000', 'not-chosen', 'WTO concession lower than A, applied (Customs Act art. 50(4))'],
      [
        'FVN1',
        '20000',
        'chosen',
        'FVN1 with proof CO-VN-1 lower than C, applied (FTA Special Act art. 5(1))',
      ],
    ]);
  });
});
