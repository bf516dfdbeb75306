// Calendar days as integers (days since 1970-01-01), so that spells compare and subtract without Date objects.
// The Mire's dates are local Brussels days written YYYY-MM-DD: no time and no zone is involved. Everything here
// is integer arithmetic: these functions run for every date of every record.

/** Set by {@link dayOf}: the date it last read as `yyyymmdd` (what ages are computed from). */
let lastYmd = 0;

/** The `yyyymmdd` number of the date the last successful {@link dayOf} call read. */
export function lastDayOfYmd(): number {
  return lastYmd;
}

// Days before the first of each month (index 1–12) in a common year; February's leap day is added apart.
const DAYS_BEFORE_MONTH = Int32Array.of(0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334);
const DAYS_IN_MONTH = Int32Array.of(0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31);
// Day number of 0000-01-01: 1970-01-01 is day 0.
const YEAR_ZERO = -719_528;

/**
 * The day number of a real `YYYY-MM-DD` date, or `undefined` when the text is not a date that exists. Reads
 * the eight digits at their fixed places and works in small integers only: it runs for every date of every
 * record, and checking the digits one by one costs less than a regular expression or a `Date`.
 */
export function dayOf(iso: string): number | undefined {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) {
    return undefined;
  }
  // A character that is not a digit gives a code outside 0–9, which `>>> 0` turns into a large number.
  const y0 = iso.charCodeAt(0) - 48;
  const y1 = iso.charCodeAt(1) - 48;
  const y2 = iso.charCodeAt(2) - 48;
  const y3 = iso.charCodeAt(3) - 48;
  const m0 = iso.charCodeAt(5) - 48;
  const m1 = iso.charCodeAt(6) - 48;
  const d0 = iso.charCodeAt(8) - 48;
  const d1 = iso.charCodeAt(9) - 48;
  if (
    y0 >>> 0 > 9 ||
    y1 >>> 0 > 9 ||
    y2 >>> 0 > 9 ||
    y3 >>> 0 > 9 ||
    m0 >>> 0 > 9 ||
    m1 >>> 0 > 9 ||
    d0 >>> 0 > 9 ||
    d1 >>> 0 > 9
  ) {
    return undefined;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year & 3) === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (day > (DAYS_IN_MONTH[month] as number) + (month === 2 ? leap : 0)) return undefined;
  lastYmd = year * 10_000 + month * 100 + day;
  // Whole years since year 0 (itself a leap year): one leap day per started block of 4, 100 and 400 years.
  const leapDays = ((year + 3) >> 2) - (((year + 99) / 100) | 0) + (((year + 399) / 400) | 0);
  return (
    YEAR_ZERO +
    year * 365 +
    leapDays +
    (DAYS_BEFORE_MONTH[month] as number) +
    (month > 2 ? leap : 0) +
    day -
    1
  );
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date of a day number as `yyyymmdd` (H. Hinnant's civil_from_days). */
export function ymdOfDay(day: number): number {
  const z = day + 719_468;
  // Days from 0000-03-01 up to year 9999: every quotient below is of non-negative 32-bit integers, which
  // `| 0` truncates exactly as `Math.floor` would (and lets the engine divide in integers).
  if (z >= 0 && z < 3_652_425 && (day | 0) === day) {
    const era = (z / 146_097) | 0;
    const dayOfEra = z - era * 146_097;
    const yearOfEra =
      ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) |
      0;
    const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
    const mp = ((5 * dayOfYear + 2) / 153) | 0;
    const dayOfMonth = dayOfYear - (((153 * mp + 2) / 5) | 0) + 1;
    const month = mp < 10 ? mp + 3 : mp - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year * 10_000 + month * 100 + dayOfMonth;
  }
  return ymdOfAnyDay(day);
}

/** {@link ymdOfDay} for any day number, years before 0 and after 9999 included. */
function ymdOfAnyDay(day: number): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + dayOfMonth;
}

/** The `YYYY-MM-DD` text of a day number. */
export function isoOfDay(day: number): string {
  const ymd = ymdOfDay(day);
  const year = Math.floor(ymd / 10_000);
  const rest = ymd - year * 10_000;
  const month = Math.floor(rest / 100);
  const dayOfMonth = rest - month * 100;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Completed years between two `yyyymmdd` dates (the age on the second of someone born on the first). */
export function yearsBetweenYmd(from: number, to: number): number {
  return Math.floor((to - from) / 10_000);
}

/** Completed years between a birth date and a day (the age on that day). */
export function ageOn(birthDate: string, on: string): number | undefined {
  if (dayOf(birthDate) === undefined) return undefined;
  const birth = lastYmd;
  if (dayOf(on) === undefined) return undefined;
  return yearsBetweenYmd(birth, lastYmd);
}

/**
 * The same day `months` later, clamped to the month's last day: 31 August + 6 months is 28 or 29 February.
 * Takes and returns a day number.
 */
export function addMonths(day: number, months: number): number {
  const ymd = ymdOfDay(day);
  const yearNow = Math.floor(ymd / 10_000);
  const monthNow = Math.floor(ymd / 100) - yearNow * 100;
  const index = yearNow * 12 + monthNow - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(ymd % 100, daysInMonth(year, month)));
}
