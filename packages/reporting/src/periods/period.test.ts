import { describe, expect, it } from 'vitest';
import { brusselsDate, calendarYear, dateRange, month, periodDays, quarter } from './period.js';

describe('periods', () => {
  it('builds years, quarters and months with their last day', () => {
    expect(calendarYear(2025)).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    expect(quarter(2025, 1)).toMatchObject({
      start: '2025-01-01',
      end: '2025-03-31',
      label: { en: 'Q1 2025' },
    });
    expect(quarter(2025, 4)).toMatchObject({
      start: '2025-10-01',
      end: '2025-12-31',
      label: { fr: 'T4 2025' },
    });
    expect(month(2024, 2)).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(month(2025, 2)).toMatchObject({
      start: '2025-02-01',
      end: '2025-02-28',
      label: { fr: 'février 2025' },
    });
    expect(periodDays(calendarYear(2024))).toBe(366);
    expect(periodDays(quarter(2025, 3))).toBe(92);
  });

  it('accepts any range of real days, both ends included', () => {
    expect(periodDays(dateRange('2025-03-30', '2025-03-30'))).toBe(1);
    expect(() => dateRange('2025-03-31', '2025-03-30')).toThrow(RangeError);
    expect(() => dateRange('2025-02-29', '2025-03-30')).toThrow(/not a real/);
  });

  it('rejects impossible years, quarters and months', () => {
    expect(() => calendarYear(2025.5)).toThrow(RangeError);
    expect(() => quarter(2025, 5 as 1)).toThrow(RangeError);
    expect(() => month(2025, 0)).toThrow(RangeError);
    expect(() => month(2025, 13)).toThrow(RangeError);
  });

  it('gives the Europe/Brussels day of an instant, summer and winter time', () => {
    expect(brusselsDate(new Date('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(brusselsDate(new Date('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
    expect(brusselsDate(new Date('2025-06-30T21:59:59Z'))).toBe('2025-06-30');
    expect(brusselsDate(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
  });
});
