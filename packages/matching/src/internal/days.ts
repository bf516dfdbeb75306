/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (dates are validated by core's schemas). */
export function dayNumber(isoDate: string): number {
  // The ISO form is parsed as UTC midnight, years 0000–9999 included.
  return Math.round(Date.parse(isoDate) / 86_400_000);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
