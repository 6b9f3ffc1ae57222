import { describe, expect, it } from 'vitest';
import { declarationOf } from '../tariff/engine/test-support';
import { acceptDeclaration } from './accept';

const valid = declarationOf({ items: [{ hsCode: '8510900000' }, { hsCode: '8510900000' }] });
const withItem = (changes: Record<string, unknown>) => ({
  ...valid,
  items: [{ ...valid.items[0], ...changes }, valid.items[1]],
});

describe('acceptDeclaration', () => {
  it('accepts a declaration whose amounts are all zero or more, negative zero included', () =>
    expect(acceptDeclaration(withItem({ price: '-0.00', quantity: '0' }))).toMatchObject({ ok: true }));

  it('refuses a price of -1000 as AMOUNT_NEGATIVE, naming its path', () =>
    expect(acceptDeclaration(withItem({ price: '-1000' }))).toEqual({
      ok: false,
      error: {
        code: 'AMOUNT_NEGATIVE',
        message: 'items[0].price: -1000 is below zero; amounts, quantities and masses never are',
        where: 'items[0].price',
      },
    }));

  it('names the first negative amount and counts the others, header first', () => {
    const declaration = {
      ...withItem({
        quantity: '-1',
        netMassKg: '-2',
        supplementaryQuantities: [{ unit: 'LTR', quantity: '-3' }],
        adjustments: [{ kind: 'addition', code: 'AK', amount: '-4', currency: 'GBP' }],
        declaredTaxes: [{ code: 'A00', amount: '-5' }],
      }),
      valuation: { ...valid.valuation, freight: '-6' },
    };
    const result = acceptDeclaration(declaration);
    expect(result.ok ? null : result.error).toEqual({
      code: 'AMOUNT_NEGATIVE',
      message:
        'valuation.freight: -6 is below zero; amounts, quantities and masses never are (and 5 more: items[0].quantity, items[0].netMassKg, items[0].supplementaryQuantities[0].quantity, …)',
      where: 'valuation.freight',
    });
  });

  it('reports a schema problem before any amount', () =>
    expect(acceptDeclaration(withItem({ price: '-1000', hsCode: 'x' }))).toMatchObject({
      ok: false,
      error: { code: 'DECLARATION_INVALID', where: 'items[0].hsCode' },
    }));
});
