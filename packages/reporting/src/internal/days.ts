// Calendar days as integers (days since 1970-01-01), so that spells compare and subtract without Date objects.
// The Mire's dates are local Brussels days written YYYY-MM-DD: no time and no zone is involved. Everything here
// is integer arithmetic: these functions run for every date of every record.

const digit = (text: string, at: number): number => {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
};

/** Set by {@link dayOf}: the date it last read as `yyyymmdd` (what ages are computed from). */
let lastYmd = 0;

/** The `yyyymmdd` number of the date the last successful {@link dayOf} call read. */
export function lastDayOfYmd(): number {
  return lastYmd;
}

/** The day number of a real `YYYY-MM-DD` date, or `undefined` when the text is not a date that exists. */
export function dayOf(iso: string): number | undefined {
  if (typeof iso !== 'string' || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) {
    return undefined;
  }
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (Number.isNaN(year) || !(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return undefined;
  }
  lastYmd = year * 10_000 + month * 100 + day;
  return daysFromCivil(year, month, day);
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
