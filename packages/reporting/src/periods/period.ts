import type { IsoDate, LocalizedText } from '@passerelle/core';
import { dayOf, daysInMonth } from '../internal/days.js';

/**
 * A reference period: a range of Europe/Brussels calendar days, both ends included, with a label in French
 * and English. Build one with {@link calendarYear}, {@link quarter}, {@link month} or {@link dateRange}.
 */
export interface Period {
  /** First day, `YYYY-MM-DD`. */
  readonly start: IsoDate;
  /** Last day (included), `YYYY-MM-DD`. */
  readonly end: IsoDate;
  /** How the period reads in a table title. */
  readonly label: LocalizedText;
}

const MONTH_NAMES: readonly LocalizedText[] = [
  { fr: 'janvier', en: 'January' },
  { fr: 'février', en: 'February' },
  { fr: 'mars', en: 'March' },
  { fr: 'avril', en: 'April' },
  { fr: 'mai', en: 'May' },
  { fr: 'juin', en: 'June' },
  { fr: 'juillet', en: 'July' },
  { fr: 'août', en: 'August' },
  { fr: 'septembre', en: 'September' },
  { fr: 'octobre', en: 'October' },
  { fr: 'novembre', en: 'November' },
  { fr: 'décembre', en: 'December' },
];

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new RangeError(`Year ${year} is out of range: give a whole year between 1900 and 2200.`);
  }
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The calendar year, 1 January to 31 December. */
export function calendarYear(year: number): Period {
  checkYear(year);
  return { start: `${year}-01-01`, end: `${year}-12-31`, label: { fr: `${year}`, en: `${year}` } };
}

/** A quarter (1–4) of a calendar year. */
export function quarter(year: number, index: 1 | 2 | 3 | 4): Period {
  checkYear(year);
  if (![1, 2, 3, 4].includes(index))
    throw new RangeError(`Quarter ${index} does not exist: give 1, 2, 3 or 4.`);
  const lastMonth = index * 3;
  return {
    start: `${year}-${pad(lastMonth - 2)}-01`,
    end: `${year}-${pad(lastMonth)}-${daysInMonth(year, lastMonth)}`,
    label: { fr: `T${index} ${year}`, en: `Q${index} ${year}` },
  };
}

/** A calendar month (1–12). */
export function month(year: number, monthIndex: number): Period {
  checkYear(year);
  const name = MONTH_NAMES[monthIndex - 1];
  if (!Number.isInteger(monthIndex) || name === undefined) {
    throw new RangeError(`Month ${monthIndex} does not exist: give a month from 1 to 12.`);
  }
  return {
    start: `${year}-${pad(monthIndex)}-01`,
    end: `${year}-${pad(monthIndex)}-${daysInMonth(year, monthIndex)}`,
    label: { fr: `${name.fr} ${year}`, en: `${name.en} ${year}` },
  };
}

/** Any range of days, both ends included. */
export function dateRange(start: IsoDate, end: IsoDate): Period {
  if (dayOf(start) === undefined)
    throw new RangeError(`Period start "${start}" is not a real YYYY-MM-DD date.`);
  if (dayOf(end) === undefined) throw new RangeError(`Period end "${end}" is not a real YYYY-MM-DD date.`);
  if (end < start) throw new RangeError(`Period end ${end} is before its start ${start}: swap them.`);
  return { start, end, label: { fr: `du ${start} au ${end}`, en: `${start} to ${end}` } };
}

/** The number of days in a period, both ends included. */
export function periodDays(period: Period): number {
  return (dayOf(period.end) as number) - (dayOf(period.start) as number) + 1;
}

const BRUSSELS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Europe/Brussels calendar day of an instant, `YYYY-MM-DD` (e.g. 23:30 UTC on 31 December is 1 January). */
export function brusselsDate(instant: Date): IsoDate {
  const parts = BRUSSELS_DAY.formatToParts(instant);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
