import { calendarYear, dateRange, quarter, type Period } from '@passerelle/reporting';
import { CliError } from '../errors.js';
import type { Texts } from '../i18n/index.js';
import { choice, isoDate } from '../options.js';

/** The period options of `report`. */
export interface PeriodOptions {
  readonly year?: string;
  readonly quarter?: string;
  readonly from?: string;
  readonly to?: string;
}

/** The reference period: `--year` (with `--quarter`), or `--from` and `--to`; anything else is a usage error. */
export function periodOf(options: PeriodOptions, t: Texts): Period {
  const hasRange = options.from !== undefined || options.to !== undefined;
  if (options.year !== undefined && hasRange) throw new CliError('usage', t.usage.periodTwice);
  if (options.year === undefined && options.quarter !== undefined) {
    throw new CliError('usage', t.usage.quarterNeedsYear);
  }
  if (options.year !== undefined) {
    const year = Number(options.year);
    if (!/^\d{4}$/.test(options.year) || year < 1900 || year > 2200) {
      throw new CliError('usage', t.usage.year(options.year));
    }
    if (options.quarter === undefined) return calendarYear(year);
    const index = Number(choice('--quarter', options.quarter, ['1', '2', '3', '4'], t)) as 1 | 2 | 3 | 4;
    return quarter(year, index);
  }
  if (options.from === undefined || options.to === undefined)
    throw new CliError('usage', t.usage.periodMissing);
  const from = isoDate('--from', options.from, t);
  const to = isoDate('--to', options.to, t);
  if (to < from) throw new CliError('usage', t.usage.periodOrder(from, to));
  return dateRange(from, to);
}
