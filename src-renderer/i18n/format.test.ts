import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDecimalString, formatMoney } from './format';

describe('formatDecimalString', () => {
  it('groups the whole part and keeps every fraction digit, without float rounding', () => {
    expect(formatDecimalString('1234567.50', 'en')).toBe('1,234,567.50');
    expect(formatDecimalString('123456789012345678.123456789', 'ko')).toBe(
      '123,456,789,012,345,678.123456789',
    );
    expect(formatDecimalString('-1000', 'en')).toBe('-1,000');
    expect(formatDecimalString('999', 'en')).toBe('999');
    expect(formatDecimalString('0.10', 'en')).toBe('0.10');
  });

  it('returns anything that is not a decimal string unchanged', () => {
    expect(formatDecimalString('1e5', 'en')).toBe('1e5');
  });

  it('appends the currency code to money', () => {
    expect(formatMoney('12500.00', 'USD', 'ko')).toBe('12,500.00 USD');
  });
});

describe('dates', () => {
  it('shows an instant in the given time zone, per language', () => {
    expect(formatDateTime('2025-03-14T05:05:00Z', 'en', 'Asia/Seoul')).toBe('14 Mar 2025, 14:05');
    expect(formatDateTime('2025-03-14T05:05:00Z', 'ko', 'Asia/Seoul')).toContain('2025. 3. 14.');
  });

  it('shows a calendar date as the day it names, whatever the local zone', () => {
    expect(formatDate('2025-03-14', 'en')).toBe('14 Mar 2025');
  });
});
