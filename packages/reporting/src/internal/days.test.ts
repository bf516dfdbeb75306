import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, dayOf, daysInMonth, isoOfDay } from './days.js';

describe('day numbers', () => {
  it('numbers days from 1970-01-01 and rejects dates that do not exist', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('1970-01-02')).toBe(1);
    expect(dayOf('2024-02-29')).toBe(19_782);
    expect(dayOf('2025-02-29')).toBeUndefined();
    expect(dayOf('2025-04-31')).toBeUndefined();
    expect(dayOf('2025-13-01')).toBeUndefined();
    expect(dayOf('25-01-01')).toBeUndefined();
    expect(dayOf('2025-1-01')).toBeUndefined();
    expect(dayOf('20a5-01-01')).toBeUndefined();
    expect(dayOf('2025-01-0x')).toBeUndefined();
    expect(dayOf('2025/01/01')).toBeUndefined();
  });

  it('writes a day number back as the same date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        expect(dayOf(isoOfDay(day))).toBe(day);
      }),
    );
  });

  it('knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
  });

  it('computes completed years of age', () => {
    expect(ageOn('2000-06-15', '2025-06-14')).toBe(24);
    expect(ageOn('2000-06-15', '2025-06-15')).toBe(25);
    expect(ageOn('2000-02-30', '2025-06-15')).toBeUndefined();
  });
});

describe('addMonths', () => {
  it('moves by calendar months and clamps to the last day of the month', () => {
    const add = (iso: string, months: number) => isoOfDay(addMonths(dayOf(iso) as number, months));
    expect(add('2025-01-15', 6)).toBe('2025-07-15');
    expect(add('2025-08-31', 6)).toBe('2026-02-28');
    expect(add('2023-08-31', 6)).toBe('2024-02-29');
    expect(add('2025-12-31', 1)).toBe('2026-01-31');
    expect(add('2025-03-31', -1)).toBe('2025-02-28');
  });
});
