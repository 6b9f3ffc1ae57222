import { describe, expect, it } from 'vitest';
import {
  airWaybill,
  containerNumber,
  imoNumber,
  iso6346CheckDigit,
  koreanBusinessNumber,
  koreanDeclarationNumber,
  ukEori,
  ukMrn,
} from './identifiers';
import { Random } from './random';

describe('identifiers', () => {
  it('computes ISO 6346 check digits of known container numbers', () => {
    expect(iso6346CheckDigit('CSQU305438')).toBe(3);
  });

  it('generates container numbers that pass their own check', () => {
    const random = new Random(7);
    for (let i = 0; i < 50; i++) {
      const number = containerNumber(random, 'BWL');
      expect(number).toMatch(/^BWLU\d{7}$/);
      expect(iso6346CheckDigit(number.slice(0, 10))).toBe(Number(number.slice(10)));
    }
  });

  it('generates IMO numbers whose weighted sum ends in the check digit', () => {
    const imo = imoNumber(new Random(3)).slice(4);
    const sum = [...imo.slice(0, 6)].reduce((total, digit, i) => total + Number(digit) * (7 - i), 0);
    expect(sum % 10).toBe(Number(imo.charAt(6)));
  });

  it('generates air waybills with the mod-7 check digit', () => {
    const awb = airWaybill(new Random(5), '988');
    const [, serial = ''] = awb.split('-');
    expect(Number(serial.slice(0, 7)) % 7).toBe(Number(serial.charAt(7)));
  });

  it('generates Korean business numbers in the 3-2-5 shape', () => {
    expect(koreanBusinessNumber(new Random(9))).toMatch(/^\d{3}-\d{2}-\d{5}$/);
  });

  it('shapes EORIs, MRNs and UNI-PASS numbers', () => {
    expect(ukEori(new Random(1))).toMatch(/^GB\d{12}$/);
    const mrn = ukMrn(2026, 42);
    expect(mrn).toMatch(/^26GBDEMO00000042J\d$/);
    expect(iso6346CheckDigit(mrn.slice(0, 17))).toBe(Number(mrn.charAt(17)));
    expect(koreanDeclarationNumber('43210', 2026, 5)).toBe('43210-26-0000005');
  });
});
