import { describe, expect, it } from 'vitest';
import { normaliseRateText } from './normalise';

describe('normaliseRateText', () => {
  it('rewrites the Korean word order and drops markup', () =>
    expect(normaliseRateText('<u>270%</u> 또는 kg당 6,210원')).toBe('270% 또는 6,210 KRW/kg'));

  it('keeps a superscript digit and folds compatibility forms', () =>
    expect(normaliseRateText('$1.13/m<sup>3</sup> + 52won/㎏')).toBe('$1.13/m3 + 52 KRW/kg'));

  // Each of these took time quadratic in the run (38 s for 100,000 digits) while the patterns could
  // start anywhere inside a run; they now start only where a run starts.
  it('reads a 100,000-digit run without a Korean unit after it and leaves it as it is', () => {
    const digits = '1'.repeat(100_000);
    expect(normaliseRateText(`${digits} x`)).toBe(`${digits} x`);
  });

  it('reads a 100,000-character run of "<" without a ">" and leaves it as it is', () => {
    const brackets = '<'.repeat(100_000);
    expect(normaliseRateText(brackets)).toBe(brackets);
  });

  it('still rewrites a long won amount as a whole', () =>
    expect(normaliseRateText(`kg당 ${'1'.repeat(5_000)}원`)).toBe(`${'1'.repeat(5_000)} KRW/kg`));
});
