import { describe, expect, it } from 'vitest';
import type { AssessmentFigures } from '../domain/assessment-claim';
import { CurrencyCode, DecimalString } from '../domain/ids';
import { assessmentHash, canonicalJson, noticeQrText, readNoticeQrText } from './hash';

const amount = DecimalString.parse;
const figures: AssessmentFigures = {
  currency: CurrencyCode.parse('KRW'),
  payable: amount('1933030'),
  byKind: [
    { kind: 'customs-duty', code: '관세', amount: amount('0') },
    { kind: 'vat', code: '부가가치세', amount: amount('1933030') },
  ],
  items: [
    { sequence: 1, taxes: [] },
    {
      sequence: 2,
      taxes: [
        { kind: 'customs-duty', code: '관세', amount: amount('0') },
        { kind: 'vat', code: '부가가치세', amount: amount('1933030') },
      ],
    },
  ],
  complete: false,
};

describe('the assessment hash', () => {
  it('is the same for the same figures written in another order or with trailing zeros', () => {
    const reordered: AssessmentFigures = {
      ...figures,
      payable: amount('1933030.00'),
      byKind: [...figures.byKind].reverse(),
      items: [...figures.items].reverse().map((item) => ({ ...item, taxes: [...item.taxes].reverse() })),
    };
    expect(assessmentHash('43891-25-000123M', reordered)).toBe(assessmentHash('43891-25-000123M', figures));
  });

  it('changes with any amount, the completeness or the declaration', () => {
    const hashes = new Set([
      assessmentHash('43891-25-000123M', figures),
      assessmentHash('43891-25-000124M', figures),
      assessmentHash('43891-25-000123M', { ...figures, complete: true }),
      assessmentHash('43891-25-000123M', { ...figures, payable: amount('1933040') }),
    ]);
    expect(hashes.size).toBe(4);
  });

  it('is 64 lower-case hex digits', () => {
    expect(assessmentHash('x', figures)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out undefined fields', () => {
    expect(canonicalJson({ b: [{ d: 1, c: '한' }], a: null, e: undefined })).toBe(
      '{"a":null,"b":[{"c":"한","d":1}]}',
    );
  });
});

describe('the QR text', () => {
  it('reads back the reference and the hash it was made from', () => {
    const hash = assessmentHash('26GBDEMO00000013J0', figures);
    expect(readNoticeQrText(noticeQrText('26GBDEMO00000013J0', hash))).toEqual({
      reference: '26GBDEMO00000013J0',
      hash,
    });
  });

  it('refuses any other text', () => {
    expect(readNoticeQrText('https://example.com')).toBeNull();
  });
});
