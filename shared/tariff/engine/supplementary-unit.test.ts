import { describe, expect, it } from 'vitest';
import type { TariffLine } from '../types';
import { supplementaryUnitOf } from './supplementary-unit';

const line = (expression: string, supplementaryUnit?: string): TariffLine => ({
  code: '2204210000',
  description: 'test line',
  ...(supplementaryUnit === undefined ? {} : { supplementaryUnit }),
  measures: [{ kind: 'third-country', code: '103', expression, source: 'test' }],
});

describe('the unit a tariff quantity is declared in', () => {
  it.each([
    ['10.00 GBP / hl', 'LTR'], // UKGT 2204219511: wine per hl, declared in litres
    ['1.40 GBP / % vol / hl', 'LPA'], // spirits per % vol per hl: litres of pure alcohol
    ['12.0% + 77.00 GBP/100kg', 'KGM'],
    ['5.0% MIN 2 GBP / 1000 items', 'NAR'],
    ['8.0%', undefined], // ad valorem only: the tariff asks for no quantity
  ])('follows the duty "%s" → %s', (expression, unit) => {
    expect(supplementaryUnitOf(line(expression))).toBe(unit);
  });

  it("prefers the tariff's own supplementary unit", () => {
    expect(supplementaryUnitOf(line('10.00 GBP / hl', 'HLT'))).toBe('HLT');
  });
});
