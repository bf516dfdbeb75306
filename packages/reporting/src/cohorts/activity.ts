import type { PersonRecords } from '../validate/reporting-data.js';

/** Where one person stands in a period as to accompaniment. */
export interface PersonActivity {
  /** Accompanied on at least one day of the period. */
  readonly accompanied: boolean;
  /** Entered accompaniment during the period (at least once). */
  readonly entered: boolean;
  /** Already accompanied the day before the period started. */
  readonly carriedIn: boolean;
  /** Left accompaniment during the period (at least once). */
  readonly exited: boolean;
  /** Still accompanied on the last day of the period. */
  readonly ongoingAtEnd: boolean;
}

/** A person's activity in the period `[start, end]` (day numbers, both included). */
export function personActivity(person: PersonRecords, start: number, end: number): PersonActivity {
  let accompanied = false;
  let entered = false;
  let carriedIn = false;
  let exited = false;
  let ongoingAtEnd = false;
  for (const spell of person.accompaniments) {
    if (spell.entry > end) break;
    const exit = spell.exit ?? Number.POSITIVE_INFINITY;
    if (exit < start) continue;
    accompanied = true;
    if (spell.entry >= start) entered = true;
    else carriedIn = true;
    if (exit <= end) exited = true;
    else ongoingAtEnd = true;
  }
  return { accompanied, entered, carriedIn, exited, ongoingAtEnd };
}
