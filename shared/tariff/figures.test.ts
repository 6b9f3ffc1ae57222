import { describe, expect, it } from 'vitest';
import { AssessmentFigures } from '../domain/assessment-claim';
import { assessDeclaration } from './engine/assess';
import { contextOf, declarationOf, measure } from './engine/test-support';
import { assessCorrected } from './claim';
import { compareFigures, figuresOf, sameFigures } from './figures';

const line = (code: string, expression: string) => ({
  code,
  description: 'x',
  measures: [measure('third-country', 'A', expression)],
});
const declaration = declarationOf({
  jurisdiction: 'kr',
  currency: 'KRW',
  items: [
    { hsCode: '0303630000', price: '1250000' },
    { hsCode: '6109100000', price: '300000' },
  ],
});
const context = contextOf('kr', [line('0303630000', '8%'), line('6109100000', '13%')]);
const figures = (input: unknown) => AssessmentFigures.parse(input);

describe('figuresOf', () => {
  it('takes the payable total, the totals per tax and each item’s taxes from an assessment', () => {
    const assessment = assessDeclaration(declaration, context);
    const result = figuresOf(assessment);
    expect(AssessmentFigures.parse(result)).toEqual(result);
    expect(result).toEqual({
      currency: 'KRW',
      payable: assessment.totals.payable,
      byKind: assessment.totals.byKind,
      items: assessment.items.map((item) => ({
        sequence: item.sequence,
        taxes: item.taxes.map(({ kind, code, amount }) => ({ kind, code, amount })),
      })),
      complete: true,
    });
    expect(result.items[0]?.taxes.map((tax) => tax.kind)).toEqual(['customs-duty', 'vat']);
  });

  it('says the figures are incomplete when an item could not be assessed', () => {
    const result = figuresOf(assessDeclaration(declaration, contextOf('kr', [line('0303630000', '8%')])));
    expect(result.complete).toBe(false);
  });
});

describe('sameFigures', () => {
  const base = figuresOf(assessDeclaration(declaration, context));

  it('holds for the same assessment computed twice, and for amounts written differently or in another order', () => {
    expect(sameFigures(base, figuresOf(assessDeclaration(declaration, context)))).toBe(true);
    const rewritten = figures({
      ...base,
      payable: `${base.payable}.00`,
      byKind: [...base.byKind].reverse(),
      items: [...base.items].reverse(),
    });
    expect(sameFigures(base, rewritten)).toBe(true);
  });

  it('fails on another amount of one tax of one item, another total, a missing tax, currency or completeness', () => {
    const [first, ...rest] = base.items;
    if (first === undefined) throw new Error('no item');
    const otherItemTax = figures({
      ...base,
      items: [{ ...first, taxes: first.taxes.map((t, i) => (i === 0 ? { ...t, amount: '1' } : t)) }, ...rest],
    });
    expect(sameFigures(base, otherItemTax)).toBe(false);
    expect(sameFigures(base, figures({ ...base, payable: '1' }))).toBe(false);
    expect(sameFigures(base, figures({ ...base, byKind: base.byKind.slice(1) }))).toBe(false);
    expect(sameFigures(base, figures({ ...base, currency: 'GBP' }))).toBe(false);
    expect(sameFigures(base, figures({ ...base, complete: false }))).toBe(false);
    expect(sameFigures(base, figures({ ...base, items: rest }))).toBe(false);
  });
});

describe('compareFigures', () => {
  it('puts the claimed and the official amount of each tax side by side, marking those that differ', () => {
    const official = figuresOf(assessDeclaration(declaration, context));
    const claimed = figures({
      ...official,
      payable: '1',
      byKind: [
        { kind: 'customs-duty', code: '관세', amount: '1' },
        { kind: 'excise', code: null, amount: '5' },
      ],
    });
    const compared = compareFigures(claimed, official);
    expect(compared.payable).toEqual({ claimed: '1', official: official.payable, differs: true });
    expect(compared.rows.map((row) => [row.kind, row.claimed, row.differs])).toEqual([
      ['customs-duty', '1', true],
      ['vat', null, true],
      ['excise', '5', true],
    ]);
  });
});

describe('assessCorrected', () => {
  it('assesses the declaration with the corrections applied, from packs, as the device and the centre both do', () => {
    const header = {
      jurisdiction: 'kr' as const,
      label: 'test',
      publishedAt: '2026-01-01T00:00:00Z',
      sources: [],
      demo: true,
    };
    const packs = {
      tariff: { kind: 'tariff' as const, ...header, schedule: context.tariff },
      rates: {
        kind: 'rates' as const,
        ...header,
        covers: { from: '2026-01-01', to: '2026-12-31' },
        table: context.rates,
      },
      taxes: null,
    };
    const corrected = assessCorrected(declaration, [{ sequence: 2, hsCode: '0303630000' as never }], packs);
    if (!corrected.ok) throw new Error(corrected.error.message);
    expect(corrected.value.assessment.items[1]?.tariffLine).toBe('0303630000');
    expect(corrected.value.figures).toEqual(figuresOf(corrected.value.assessment));
    expect(assessCorrected(declaration, [{ sequence: 9 }], packs)).toMatchObject({
      ok: false,
      error: { code: 'CORRECTION_UNKNOWN_ITEM' },
    });
  });
});
