import { cellFailure, cellValue, type CellResult } from './cell-result.js';

// Spaces that group thousands: ordinary, no-break (Excel fr-BE) and narrow no-break (Intl fr).
const GROUP_SPACE = /[ \u00a0\u202f]/g;
const HAS_SPACE = /[ \u00a0\u202f]/;
const SPACE_GROUPED = /^\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/;
const EXPONENT = /^(\d+([.,]\d+)?|[.,]\d+)e[+-]?\d+$/i;

/** `1.234.567` or `1,234,567`: the separator groups thousands only if every group has three digits. */
function isGrouped(text: string, separator: '.' | ','): boolean {
  const pattern = separator === '.' ? /^\d{1,3}(\.\d{3})+$/ : /^\d{1,3}(,\d{3})+$/;
  return pattern.test(text);
}

/** The body of a number (no sign) rewritten with `.` as the decimal point and no grouping, or undefined. */
function canonicalBody(body: string): string | undefined {
  if (EXPONENT.test(body)) return body.replace(',', '.');
  const dot = body.lastIndexOf('.');
  const comma = body.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    // Both appear: the last one is the decimal mark, the other groups thousands (`1.234,5`, `1,234.5`).
    const [decimal, group] = dot > comma ? (['.', ','] as const) : ([',', '.'] as const);
    const at = body.lastIndexOf(decimal);
    const whole = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (!isGrouped(whole, group) || !/^\d+$/.test(fraction)) return undefined;
    return `${whole.split(group).join('')}.${fraction}`;
  }
  const mark = dot >= 0 ? '.' : comma >= 0 ? ',' : undefined;
  if (mark === undefined) return /^\d+$/.test(body) ? body : undefined;
  const count = body.split(mark).length - 1;
  // One mark is a decimal mark (`12,5`, `12.5`); several can only be thousands groups (`1.234.567`).
  if (count > 1) return isGrouped(body, mark) ? body.split(mark).join('') : undefined;
  return /^\d*[.,]\d+$/.test(body) ? body.replace(',', '.') : undefined;
}

/** Reads a number written the way Belgian files write it, or returns undefined. */
function readNumber(text: string): number | undefined {
  const sign = text.startsWith('-') ? '-' : text.startsWith('+') ? '+' : '';
  let body = text.slice(sign.length).trim();
  if (HAS_SPACE.test(body)) {
    if (!SPACE_GROUPED.test(body)) return undefined;
    body = body.replace(GROUP_SPACE, '');
  }
  const canonical = canonicalBody(body);
  if (canonical === undefined) return undefined;
  const value = Number(`${sign === '-' ? '-' : ''}${canonical}`);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Decodes a number cell: `12,5` or `12.5` (decimal comma or point), `1 234,5`, `1.234,5` and `1,234.5`
 * (thousands grouped by a space, a dot or a comma when the other mark is the decimal one, or when there are
 * several groups of three), `-3`, `+3`, `2,5e-7`. A single `1.234` is a decimal number. Empty: `undefined`.
 * Fails with `invalid_number`.
 */
export function decodeNumber(cell: string): CellResult<number | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const value = readNumber(text);
  return value === undefined ? cellFailure('invalid_number', text) : cellValue(value);
}

/**
 * Decodes a whole number, as {@link decodeNumber} reads it: `12`, and `12.0` or `12,0` as spreadsheets
 * write them. Empty: `undefined`. Fails with `invalid_number`, or `invalid_integer` for `12,5`.
 */
export function decodeInteger(cell: string): CellResult<number | undefined> {
  const result = decodeNumber(cell);
  if (!result.ok || result.value === undefined) return result;
  return Number.isInteger(result.value) ? result : cellFailure('invalid_integer', cell.trim());
}

/**
 * Writes a number for a cell: the shortest text that reads back to the same number, with a decimal comma
 * when asked (what Excel expects in a `;` file). `-0` stays `-0` so that a round trip is exact.
 */
export function formatNumber(value: number, decimalComma: boolean): string {
  const text = Object.is(value, -0) ? '-0' : String(value);
  return decimalComma ? text.replace('.', ',') : text;
}
