import { describe, expect, it } from 'vitest';
import { declarationOf } from '../tariff/engine/test-support';
import { ItemCorrection } from './assessment-claim';
import { applyCorrections } from './corrections';

const declaration = declarationOf({
  items: [
    { hsCode: '0303630000', price: '1000', originCountry: 'CN' },
    { hsCode: '6109100000', price: '500', preference: { agreement: 'FVN1', proofOfOrigin: 'C/O 1' } },
  ],
});
const correction = (input: unknown) => ItemCorrection.parse(input);

describe('applyCorrections', () => {
  it('replaces only the fields a correction names, on its item only', () => {
    const result = applyCorrections(declaration, [
      correction({ sequence: 2, hsCode: '6109900000', price: '650.5', preference: null }),
    ]);
    if (!result.ok) throw new Error(result.error.message);
    const [first, second] = result.value.items;
    expect(first).toEqual(declaration.items[0]);
    expect(second).toEqual({
      ...declaration.items[1],
      hsCode: '6109900000',
      price: '650.5',
      preference: null,
    });
    expect({ ...result.value, items: [] }).toEqual({ ...declaration, items: [] });
  });

  it('sets what Korea’s internal taxes turn on: engine capacity, electric drive, liquor category and strength', () => {
    const result = applyCorrections(declaration, [
      correction({ sequence: 1, engineCapacityCc: '2497', electricVehicle: false }),
      correction({ sequence: 2, liquorCategory: 'liqueur', alcoholStrengthPercent: '24.5' }),
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items).toEqual([
      { ...declaration.items[0], engineCapacityCc: '2497', electricVehicle: false },
      { ...declaration.items[1], liquorCategory: 'liqueur', alcoholStrengthPercent: '24.5' },
    ]);
    expect(ItemCorrection.safeParse({ sequence: 1, liquorCategory: 'moonshine' }).success).toBe(false);
  });

  it('sets origin, quantity, net mass, adjustments and a new preference claim', () => {
    const result = applyCorrections(declaration, [
      correction({
        sequence: 1,
        originCountry: 'VN',
        quantity: '12',
        netMassKg: '12.5',
        preference: { agreement: 'FVN1', proofOfOrigin: null },
        adjustments: [{ kind: 'addition', code: 'AR', amount: '10', currency: 'GBP' }],
      }),
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items[0]).toMatchObject({
      originCountry: 'VN',
      quantity: '12',
      netMassKg: '12.5',
      preference: { agreement: 'FVN1', proofOfOrigin: null },
      adjustments: [{ kind: 'addition', code: 'AR', amount: '10', currency: 'GBP' }],
    });
  });

  it('leaves the declaration passed in untouched, and returns it as is without corrections', () => {
    const before = structuredClone(declaration);
    applyCorrections(declaration, [correction({ sequence: 1, hsCode: '0101210000' })]);
    expect(declaration).toEqual(before);
    const none = applyCorrections(declaration, []);
    expect(none.ok && none.value).toBe(declaration);
  });

  it('refuses a correction of an item the declaration does not have, and one item corrected twice', () => {
    expect(applyCorrections(declaration, [correction({ sequence: 3, price: '1' })])).toMatchObject({
      ok: false,
      error: { code: 'CORRECTION_UNKNOWN_ITEM', sequence: 3 },
    });
    expect(
      applyCorrections(declaration, [correction({ sequence: 1, price: '1' }), correction({ sequence: 1 })]),
    ).toMatchObject({ ok: false, error: { code: 'CORRECTION_REPEATED_ITEM', sequence: 1 } });
  });
});
