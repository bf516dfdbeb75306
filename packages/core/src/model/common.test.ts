import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ID_PATTERN, isIsoDate } from './common.js';

/** The first definition of `isIsoDate` (a regex and a `Date`), kept as the reference of the fast one. */
function isIsoDateByDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isIsoDate', () => {
  it('accepts real calendar days only, including leap days and years below 100', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('0050-01-01')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01\n')).toBe(false);
    expect(isIsoDate('２０２４-01-01')).toBe(false);
  });

  it('agrees with the regex-and-Date definition on date-shaped text', () => {
    const dateShaped = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('-', '/', '.'),
      )
      .map(([y, m, d, sep]) => `${pad(y, 4)}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`);
    const mangled = fc
      .tuple(dateShaped, fc.nat({ max: 9 }), fc.string({ minLength: 0, maxLength: 1 }))
      .map(([text, at, char]) => text.slice(0, at) + char + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(dateShaped, mangled, fc.string({ maxLength: 12 })), (text) => {
        expect(isIsoDate(text)).toBe(isIsoDateByDate(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the regex-and-Date definition on every day of five years, with months and days one past each end', () => {
    for (const year of [0, 1900, 2000, 2023, 2024]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text), text).toBe(isIsoDateByDate(text));
        }
      }
    }
  });
});

describe('ID_PATTERN', () => {
  it('takes 1 to 64 letters, digits and . _ : -', () => {
    expect(ID_PATTERN.test('cand-000001')).toBe(true);
    expect(ID_PATTERN.test('x'.repeat(64))).toBe(true);
    expect(ID_PATTERN.test('x'.repeat(65))).toBe(false);
    expect(ID_PATTERN.test('')).toBe(false);
    expect(ID_PATTERN.test('a b')).toBe(false);
  });
});
