import { cellFailure, cellValue, type CellResult } from './cell-result.js';

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
// Spreadsheets and databases often add a time to a date column; the Mire's dates are days, so it is dropped.
const TIME_SUFFIX = /(T|\s+)\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `YYYY-MM-DD` for a real calendar day (Gregorian leap years), else undefined. Arithmetic: no Date per cell. */
function isoDay(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 && isLeap ? 29 : MONTH_DAYS[m - 1];
  if (days === undefined || d < 1 || d > days) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Decodes a date cell to `YYYY-MM-DD`: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (day first, as
 * in Belgium) or ISO `yyyy-mm-dd`, optionally followed by a time that is ignored. Two-digit years are
 * refused rather than guessed. Empty: `undefined`. Fails with `invalid_date`, also for impossible days
 * such as `30/02/2024`.
 */
export function decodeDate(cell: string): CellResult<string | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const day = text.length > 10 ? text.replace(TIME_SUFFIX, '') : text;
  const dayFirst = DAY_FIRST.exec(day);
  const yearFirst = dayFirst ? null : YEAR_FIRST.exec(day);
  let iso: string | undefined;
  if (dayFirst) iso = isoDay(dayFirst[4] ?? '', dayFirst[3] ?? '', dayFirst[1] ?? '');
  else if (yearFirst) iso = isoDay(yearFirst[1] ?? '', yearFirst[3] ?? '', yearFirst[4] ?? '');
  return iso !== undefined ? cellValue(iso) : cellFailure('invalid_date', text);
}

/** Like {@link decodeDate}, but an empty cell is `null`: an open end (a contract or accompaniment still running). */
export function decodeOpenDate(cell: string): CellResult<string | null> {
  const result = decodeDate(cell);
  return result.ok && result.value === undefined ? cellValue(null) : (result as CellResult<string | null>);
}
