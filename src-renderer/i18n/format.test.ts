import { describe, expect, it } from 'vitest';
import { formatAge, formatDate, formatDateTime, formatDecimalString, formatMoney } from './format';

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

describe('formatAge', () => {
  const now = Date.parse('2026-12-03T17:02:00Z');
  it('says the age in the largest whole unit, in each language', () => {
    expect({
      hours: formatAge('2026-12-03T14:01:00Z', now, 'en'),
      minutes: formatAge('2026-12-03T16:47:30Z', now, 'en'),
      days: formatAge('2026-11-30T17:02:00Z', now, 'ko'),
      justNow: formatAge('2026-12-03T17:01:30Z', now, 'en'),
      ahead: formatAge('2026-12-03T18:00:00Z', now, 'en'),
      koHours: formatAge('2026-12-03T14:01:00Z', now, 'ko'),
    }).toEqual({
      hours: '3 hours ago',
      minutes: '14 minutes ago',
      days: '3일 전',
      justNow: 'now',
      ahead: 'now',
      koHours: '3시간 전',
    });
  });
});
