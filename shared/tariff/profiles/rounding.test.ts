import { describe, expect, it } from 'vitest';
import { Dec } from '../decimal';
import { krProfile } from './kr';
import { roundByRule } from './rounding';
import { ukProfile } from './uk';

describe('profile rounding', () => {
  it('truncates Korean tax amounts below 10 won and taxable values below 1 won', () => {
    expect([
      roundByRule(new Dec('12345.99'), krProfile.rounding.taxAmount).toFixed(),
      roundByRule(new Dec('9'), krProfile.rounding.taxAmount).toFixed(),
      roundByRule(new Dec('1234567.89'), krProfile.rounding.customsValue).toFixed(),
    ]).toEqual(['12340', '0', '1234567']);
  });

  it("rounds UK tax amounts and the customs value half-up to the penny, as HMRC's duty calculator does", () => {
    expect([
      roundByRule(new Dec('20.019'), ukProfile.rounding.taxAmount).toFixed(),
      roundByRule(new Dec('20.015'), ukProfile.rounding.taxAmount).toFixed(),
      roundByRule(new Dec('20.0149'), ukProfile.rounding.taxAmount).toFixed(),
      roundByRule(new Dec('740.905'), ukProfile.rounding.customsValue).toFixed(),
    ]).toEqual(['20.02', '20.02', '20.01', '740.91']);
  });

  it('orders taxes as the profiles print them, VAT last', () => {
    expect({ kr: krProfile.taxes.map((t) => t.code), uk: ukProfile.taxes.map((t) => t.code) }).toEqual({
      kr: [
        '관세',
        '관세',
        '개별소비세',
        '교통·에너지·환경세',
        '주세',
        '교육세',
        '농어촌특별세',
        '부가가치세',
      ],
      uk: ['A00', 'A20', null, 'B00'],
    });
  });
});
