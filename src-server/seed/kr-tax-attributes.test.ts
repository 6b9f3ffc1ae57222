import { describe, expect, it } from 'vitest';
import { assessDeclaration } from '@shared/tariff/engine';
import { declarationOf } from '@shared/tariff/engine/test-support';
import { DEFAULT_REFERENCE_DIR } from './generate';
import { withKrTaxAttributes } from './kr-tax-attributes';
import { demoContexts } from './payment';

const item = (hsCode: string, quantityUnit = 'KGM') =>
  declarationOf({ jurisdiction: 'kr', currency: 'KRW', items: [{ hsCode, quantityUnit, netMassKg: '240' }] })
    .items[0]!;

describe('withKrTaxAttributes', () => {
  it('gives a demo car the engine capacity of its subheading, an electric one no engine', () => {
    expect(withKrTaxAttributes(item('8703231010', 'NAR')).engineCapacityCc).toBe('1998');
    expect(withKrTaxAttributes(item('8703249020', 'NAR')).engineCapacityCc).toBe('4395');
    expect(withKrTaxAttributes(item('8703801000', 'NAR'))).toMatchObject({ electricVehicle: true });
    expect(withKrTaxAttributes(item('8703801000', 'NAR')).engineCapacityCc).toBeUndefined();
  });

  it('gives a demo drink its liquor category and strength, and litres where the tax is per kilolitre', () => {
    const pick = (code: string, unit?: string) => {
      const { liquorCategory, alcoholStrengthPercent, supplementaryQuantities } = withKrTaxAttributes(
        item(code, unit),
      );
      return [liquorCategory, alcoholStrengthPercent, supplementaryQuantities ?? null];
    };
    expect(pick('2208301000', 'LTR')).toEqual(['whisky', '40', null]);
    expect(pick('2208904000', 'LTR')).toEqual(['soju', '17', null]);
    expect(pick('2206002030')).toEqual(['takju', '6', [{ unit: 'LTR', quantity: '240' }]]);
    expect(pick('2203000000')).toEqual(['beer', '5', [{ unit: 'LTR', quantity: '240' }]]);
  });

  it('leaves other goods as they are', () => {
    const coffee = item('0901110000');
    expect(withKrTaxAttributes(coffee)).toBe(coffee);
  });

  it('lets the demo context assess a drink’s liquor and education tax without asking for anything', () => {
    const whisky = declarationOf({
      jurisdiction: 'kr',
      currency: 'KRW',
      acceptanceDate: '2026-05-15',
      items: [{ hsCode: '2208301000', quantityUnit: 'LTR', price: '1000000', originCountry: 'VN' }],
    });
    const declaration = { ...whisky, items: whisky.items.map(withKrTaxAttributes) };
    const assessment = assessDeclaration(declaration, demoContexts(DEFAULT_REFERENCE_DIR).kr);
    expect(assessment.items[0]?.taxes.map((t) => t.kind)).toContain('liquor');
    expect(assessment.items[0]?.problems.map((p) => p.code)).not.toContain('NATIONAL_RATE_NEEDS_ATTRIBUTE');
  });
});
