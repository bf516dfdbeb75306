import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, dayOf, daysInMonth, isoOfDay, lastDayOfYmd, ymdOfDay } from './days.js';

const DAY = 86_400_000;

/** Reference parser: the text's shape by a regular expression, the date's existence by the engine's calendar. */
function referenceDayOf(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return exists ? date.getTime() / DAY : undefined;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Texts shaped like dates, most of them real, many not: any year, months and days just outside their range. */
const arbDateLike = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.constantFrom(0, 4, 100, 400, 1600, 1900, 2000, 2023, 2024, 2025, 2100, 2400, 9996, 9999),
    ),
    fc.integer({ min: -1, max: 14 }),
    fc.oneof(fc.integer({ min: -1, max: 33 }), fc.constantFrom(28, 29, 30, 31)),
  )
  .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** A date-like text with one character replaced, inserted or removed. */
const arbDamaged = fc
  .tuple(
    arbDateLike,
    fc.nat(10),
    fc.constantFrom('-', '/', ' ', 'a', '0', '9', ':', '\u0663', '\uff10', '\u00b2', '.', '+'),
    fc.constantFrom('replace', 'insert', 'remove'),
  )
  .map(([text, at, char, how]) =>
    how === 'replace'
      ? text.slice(0, at) + char + text.slice(at + 1)
      : how === 'insert'
        ? text.slice(0, at) + char + text.slice(at)
        : text.slice(0, at) + text.slice(at + 1),
  );

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

  it('agrees with a reference parser on real dates, impossible ones, leap days, bad lengths and non-digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbDateLike,
          arbDamaged,
          fc.string({ maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 12 }),
        ),
        (text) => {
          const expected = referenceDayOf(text);
          expect(dayOf(text)).toBe(expected);
          if (expected !== undefined) expect(lastDayOfYmd()).toBe(Number(text.replaceAll('-', '')));
        },
      ),
      { numRuns: 2000 },
    );
    for (const text of ['2025-02-30', '2023-02-29', '1900-02-29', '2100-02-29', '2025-04-31', '2025-00-10']) {
      expect(dayOf(text)).toBeUndefined();
    }
    for (const text of ['2024-02-29', '2000-02-29', '0000-02-29', '0000-01-01', '9999-12-31']) {
      expect(dayOf(text)).toBe(referenceDayOf(text));
    }
    for (const value of [undefined, null, 20250101, ['2025-01-01']]) {
      expect(dayOf(value as unknown as string)).toBeUndefined();
    }
  });

  it('reads a day number as the date the engine gives for it, far in the past and the future too', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3_000_000, max: 3_000_000 }), (day) => {
        const date = new Date(day * DAY);
        const year = date.getUTCFullYear();
        expect(ymdOfDay(day)).toBe(year * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate());
      }),
      { numRuns: 2000 },
    );
    // Where the integer path ends (9999-12-31 and the day after) and the first day of year 0.
    for (const iso of ['9999-12-31', '0000-01-01', '0000-03-01', '1970-01-01']) {
      expect(ymdOfDay(dayOf(iso) as number)).toBe(Number(iso.replaceAll('-', '')));
    }
    expect(ymdOfDay((dayOf('9999-12-31') as number) + 1)).toBe(100_000_101);
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
