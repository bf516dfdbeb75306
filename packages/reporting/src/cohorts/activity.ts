import type { ReportingStore } from '../validate/store.js';

/** Bits of {@link activityFlags}: where one person stands in a period as to accompaniment. */
export const ACTIVITY = {
  /** Accompanied on at least one day of the period. */
  accompanied: 1,
  /** Entered accompaniment during the period (at least once). */
  entered: 2,
  /** Already accompanied the day before the period started. */
  carriedIn: 4,
  /** Left accompaniment during the period (at least once). */
  exited: 8,
  /** Still accompanied on the last day of the period. */
  ongoingAtEnd: 16,
} as const;

/** Person `p`'s activity in the period `[start, end]` (day numbers, both included), as {@link ACTIVITY} bits. */
export function activityFlags(store: ReportingStore, p: number, start: number, end: number): number {
  const { offsets, entry, exit } = store.accompaniments;
  let flags = 0;
  for (let k = offsets[p] as number, hi = offsets[p + 1] as number; k < hi; k += 1) {
    const from = entry[k] as number;
    if (from > end) break;
    const to = exit[k] as number;
    if (to < start) continue;
    flags |= ACTIVITY.accompanied;
    flags |= from >= start ? ACTIVITY.entered : ACTIVITY.carriedIn;
    flags |= to <= end ? ACTIVITY.exited : ACTIVITY.ongoingAtEnd;
  }
  return flags;
}

/** Position of person `p`'s first accompaniment that overlaps `[start, end]`, or −1. */
export function firstSpellIn(store: ReportingStore, p: number, start: number, end: number): number {
  const { offsets, entry, exit } = store.accompaniments;
  for (let k = offsets[p] as number, hi = offsets[p + 1] as number; k < hi; k += 1) {
    if ((entry[k] as number) > end) return -1;
    if ((exit[k] as number) >= start) return k;
  }
  return -1;
}

/** Position of person `p`'s first accompaniment entered in `[start, end]`, or −1. */
export function firstEntryIn(store: ReportingStore, p: number, start: number, end: number): number {
  const { offsets, entry } = store.accompaniments;
  for (let k = offsets[p] as number, hi = offsets[p + 1] as number; k < hi; k += 1) {
    const day = entry[k] as number;
    if (day > end) return -1;
    if (day >= start) return k;
  }
  return -1;
}

/** Position of person `p`'s last accompaniment entered on or before `day`, or −1. */
export function lastEntryBy(store: ReportingStore, p: number, day: number): number {
  const { offsets, entry } = store.accompaniments;
  for (let k = (offsets[p + 1] as number) - 1, lo = offsets[p] as number; k >= lo; k -= 1) {
    if ((entry[k] as number) <= day) return k;
  }
  return -1;
}
