import type { IsoDate } from '../model/common.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (UTC: the Mire's dates are local days, with no zone). */
export function dayOfIso(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function isoOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Formats day numbers as ISO dates, caching each day's string: a large dataset writes millions of dates
 * over a few thousand distinct days, and sharing the strings saves both time and memory.
 */
export class IsoDayCache {
  // Indexed by day + OFFSET, which covers the years 1860 to 2130 and falls back to formatting outside.
  private static readonly OFFSET = 40_000;
  // Pre-sized so that the engine keeps it a flat array (filling a sparse one would make it a dictionary).
  private readonly cache: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(2 * IsoDayCache.OFFSET);

  /** The ISO date of a day number. */
  format(day: number): IsoDate {
    const slot = day + IsoDayCache.OFFSET;
    if (slot < 0 || slot >= 2 * IsoDayCache.OFFSET) return isoOfDay(day);
    let text = this.cache[slot];
    if (text === undefined) {
      text = isoOfDay(day);
      this.cache[slot] = text;
    }
    return text;
  }
}
