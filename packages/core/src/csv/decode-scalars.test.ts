import { describe, expect, it } from 'vitest';
import { decodeDate, decodeOpenDate } from './decode-date.js';
import { decodeInteger, decodeNumber, formatNumber } from './decode-number.js';
import { decodeBoolean } from './decode-boolean.js';
import { decodeEnterpriseNumber, decodeNisCode, decodePostalCode } from './decode-place-codes.js';
import type { CellResult } from './cell-result.js';

const value = <T>(result: CellResult<T>) => (result.ok ? result.value : `!${result.code}`);

describe('decodeDate', () => {
  it('reads Belgian day-first dates and ISO dates', () => {
    expect(value(decodeDate('01/02/2024'))).toBe('2024-02-01');
    expect(value(decodeDate('1/2/2024'))).toBe('2024-02-01');
    expect(value(decodeDate('01-02-2024'))).toBe('2024-02-01');
    expect(value(decodeDate('01.02.2024'))).toBe('2024-02-01');
    expect(value(decodeDate(' 2024-02-01 '))).toBe('2024-02-01');
    expect(value(decodeDate('29/02/2024'))).toBe('2024-02-29');
  });

  it('ignores a time that a spreadsheet or database added', () => {
    expect(value(decodeDate('01/02/2024 00:00'))).toBe('2024-02-01');
    expect(value(decodeDate('2024-02-01T00:00:00Z'))).toBe('2024-02-01');
  });

  it('rejects impossible days, two-digit years, mixed separators and text with invalid_date', () => {
    for (const bad of [
      '30/02/2024',
      '29/02/2023',
      '01/13/2024',
      '01/02/24',
      '01/02-2024',
      'demain',
      '2024-2',
    ]) {
      expect(decodeDate(bad)).toEqual({ ok: false, code: 'invalid_date', value: bad });
    }
  });

  it('reads an empty cell as unset, or as null for an open end date', () => {
    expect(decodeDate('  ')).toEqual({ ok: true, value: undefined });
    expect(decodeOpenDate('')).toEqual({ ok: true, value: null });
    expect(value(decodeOpenDate('31/12/2025'))).toBe('2025-12-31');
    expect(decodeOpenDate('x')).toMatchObject({ ok: false, code: 'invalid_date' });
  });
});

describe('decodeNumber', () => {
  it('reads decimal commas and points', () => {
    expect(value(decodeNumber('12,5'))).toBe(12.5);
    expect(value(decodeNumber('12.5'))).toBe(12.5);
    expect(value(decodeNumber('-3,25'))).toBe(-3.25);
    expect(value(decodeNumber('+3'))).toBe(3);
    expect(value(decodeNumber(',5'))).toBe(0.5);
    expect(value(decodeNumber('2,5e-7'))).toBe(2.5e-7);
  });

  it('reads thousands groups when they are unambiguous', () => {
    expect(value(decodeNumber('1 234,5'))).toBe(1234.5);
    expect(value(decodeNumber('1\u00a0234\u202f567'))).toBe(1234567);
    expect(value(decodeNumber('1.234,5'))).toBe(1234.5);
    expect(value(decodeNumber('1,234.5'))).toBe(1234.5);
    expect(value(decodeNumber('1.234.567'))).toBe(1234567);
    // One mark alone is a decimal mark, never a guess at thousands.
    expect(value(decodeNumber('1.234'))).toBe(1.234);
    expect(value(decodeNumber('1,234'))).toBe(1.234);
  });

  it('rejects what is not a number with invalid_number', () => {
    for (const bad of ['douze', '12,5,3', '1.23.4', '1 23', '12a', '1.234,5.6', '--1', '12,', 'e5']) {
      expect(decodeNumber(bad)).toEqual({ ok: false, code: 'invalid_number', value: bad });
    }
  });

  it('reads an empty cell as unset', () => {
    expect(decodeNumber('')).toEqual({ ok: true, value: undefined });
  });

  it('reads whole numbers, also as spreadsheets write them', () => {
    expect(value(decodeInteger('12'))).toBe(12);
    expect(value(decodeInteger('12.0'))).toBe(12);
    expect(value(decodeInteger('12,0'))).toBe(12);
    expect(decodeInteger('12,5')).toEqual({ ok: false, code: 'invalid_integer', value: '12,5' });
    expect(decodeInteger('x')).toMatchObject({ ok: false, code: 'invalid_number' });
  });

  it('writes numbers that read back equal, with a decimal comma when asked', () => {
    expect(formatNumber(12.5, true)).toBe('12,5');
    expect(formatNumber(12.5, false)).toBe('12.5');
    for (const n of [-0, 0.1 + 0.2, 1e-7, 123456789.123, -45.5]) {
      expect(value(decodeNumber(formatNumber(n, true)))).toBe(n);
      expect(value(decodeNumber(formatNumber(n, false)))).toBe(n);
    }
  });
});

describe('decodeBoolean', () => {
  it('reads French, English and Dutch answers and the ticked-box style', () => {
    for (const yes of ['oui', 'Oui', 'OUI', 'yes', 'ja', '1', 'true', 'TRUE', 'x', 'X', 'vrai']) {
      expect(value(decodeBoolean(yes))).toBe(true);
    }
    for (const no of ['non', 'no', 'nee', '0', 'false', 'faux', '', '  ']) {
      expect(value(decodeBoolean(no))).toBe(false);
    }
  });

  it('rejects anything else with invalid_boolean', () => {
    expect(decodeBoolean('peut-être')).toEqual({ ok: false, code: 'invalid_boolean', value: 'peut-être' });
    expect(decodeBoolean('2')).toMatchObject({ ok: false, code: 'invalid_boolean' });
  });
});

describe('place codes', () => {
  it('reads postal codes as people and spreadsheets write them', () => {
    for (const cell of ['6000', ' 6000 ', 'B-6000', 'B6000', 'BE-6000', 'b 6000', '6000.0', '6000,0']) {
      expect(value(decodePostalCode(cell))).toBe('6000');
    }
    expect(decodePostalCode('')).toEqual({ ok: true, value: undefined });
  });

  it('rejects other postal codes with invalid_postal_code', () => {
    for (const bad of ['600', '60000', 'F-75001', 'Namur', '6000.5']) {
      expect(decodePostalCode(bad)).toEqual({ ok: false, code: 'invalid_postal_code', value: bad });
    }
  });

  it('reads NIS codes and enterprise numbers', () => {
    expect(value(decodeNisCode('92094'))).toBe('92094');
    expect(value(decodeNisCode('92094.0'))).toBe('92094');
    expect(decodeNisCode('9209')).toEqual({ ok: false, code: 'invalid_nis_code', value: '9209' });
    expect(value(decodeEnterpriseNumber('BE 0403.170.701'))).toBe('0403170701');
    expect(value(decodeEnterpriseNumber('403170701'))).toBe('0403170701');
    expect(decodeEnterpriseNumber('04031')).toMatchObject({ ok: false, code: 'invalid_enterprise_number' });
  });
});
