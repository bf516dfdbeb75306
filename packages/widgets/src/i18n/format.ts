/**
 * Numbers, shares and dates for one Belgian locale, through `Intl`. One instance per locale, built once:
 * formatters are costly to create and cheap to reuse.
 */
export class Formats {
  readonly #integer: Intl.NumberFormat;
  readonly #decimal: Intl.NumberFormat;
  readonly #percent: Intl.NumberFormat;
  readonly #date: Intl.DateTimeFormat;
  readonly #monthYear: Intl.DateTimeFormat;

  constructor(readonly intlLocale: string) {
    this.#integer = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 0 });
    this.#decimal = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
    this.#percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 0 });
    this.#date = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.#monthYear = new Intl.DateTimeFormat(intlLocale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
  }

  /** A whole number with the locale's grouping (`1 234` in fr-BE). */
  integer(value: number): string {
    return this.#integer.format(value);
  }

  /** A number with at most one decimal (`12,5` in fr-BE). */
  decimal(value: number): string {
    return this.#decimal.format(value);
  }

  /** A share from 0 to 1 as a whole percentage (`73 %` in fr-BE). */
  percent(share: number): string {
    return this.#percent.format(share);
  }

  /** A score in [0, 1] as points out of 100, rounded (`73`). */
  points(score: number): string {
    return this.#integer.format(Math.round(score * 100));
  }

  /** A `YYYY-MM-DD` day, read as a calendar day (never shifted by the time zone); other text is returned as is. */
  date(isoDate: string): string {
    const day = parseIsoDay(isoDate);
    return day === undefined ? isoDate : this.#date.format(day);
  }

  /** A `YYYY-MM-DD` day as its month and year. */
  monthYear(isoDate: string): string {
    const day = parseIsoDay(isoDate);
    return day === undefined ? isoDate : this.#monthYear.format(day);
  }
}

function parseIsoDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // A day that does not exist (30 February) is not shown as another one.
  return date.toISOString().slice(0, 10) === text ? date : undefined;
}

const cache = new Map<string, Formats>();

/** The shared formatters of a locale. */
export function formatsFor(intlLocale: string): Formats {
  let formats = cache.get(intlLocale);
  if (!formats) {
    formats = new Formats(intlLocale);
    cache.set(intlLocale, formats);
  }
  return formats;
}
