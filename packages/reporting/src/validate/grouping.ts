// Grouping checked records by person: working arrays reused from one call to the next, a counting sort into
// compressed rows, repeated ids dropped, and the columns kept gathered in the final order.
import type { Issue } from '@passerelle/core';
import { duplicate, issueOf } from './problems.js';
import type { Kind } from './problems.js';

/**
 * The first pass over one list: each valid record's person and days (in input order). Records left out have
 * person −1.
 */
export interface Pass {
  /** Person of each record, −1 when left out. */
  readonly personOf: Int32Array;
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** Records kept per person. */
  readonly counts: Int32Array;
}

// Working arrays are reused from one call to the next: fresh typed arrays of a million entries each would
// make the engine collect the whole heap (the caller's records included) more often. Only the columns kept
// are new. Calls cannot interleave: the checks are synchronous.
const scratch: Int32Array[] = [];

/** Working array number `slot` of at least `length` entries (a view of exactly `length`); zeroed if asked. */
export function working(slot: number, length: number, zeroed: boolean): Int32Array {
  let buffer = scratch[slot];
  if (buffer === undefined || buffer.length < length) {
    buffer = new Int32Array(Math.max(length, 1024));
    scratch[slot] = buffer;
  }
  const view = buffer.subarray(0, length);
  if (zeroed) view.fill(0);
  return view;
}

/** Working arrays for one list; `slot` numbers its 4 arrays. */
export function newPass(slot: number, length: number, people: number): Pass {
  return {
    personOf: working(slot, length, false),
    first: working(slot + 1, length, false),
    second: working(slot + 2, length, false),
    counts: working(slot + 3, people + 1, true),
  };
}

/** The first working slot free for other uses (passes take 0–15, grouping 16). */
export const FREE_SLOT = 17;
const NEXT_SLOT = 16;

/** Records of one kind grouped by person: `order[offsets[p]]` to `order[offsets[p + 1] - 1]` (input positions). */
export interface Grouped {
  readonly offsets: Int32Array;
  readonly order: Int32Array;
}

/**
 * Groups the kept records by person, sorted by `first` then input position: compressed rows. A counting sort
 * by person, then an insertion sort inside each person's few records (a sort call for the rare person with
 * many). `order` is working array `slot`: {@link keptOrder} gives the one to keep.
 */
export function group(pass: Pass, size: number, slot: number): Grouped {
  const offsets = new Int32Array(size + 1);
  for (let p = 0; p < size; p += 1) offsets[p + 1] = (offsets[p] as number) + (pass.counts[p] as number);
  const order = working(slot, offsets[size] as number, false);
  const next = working(NEXT_SLOT, size, false);
  next.set(offsets.subarray(0, size));
  const { personOf, first } = pass;
  for (let i = 0; i < personOf.length; i += 1) {
    const p = personOf[i] as number;
    if (p < 0) continue;
    order[next[p] as number] = i;
    next[p] = (next[p] as number) + 1;
  }
  for (let p = 0; p < size; p += 1) {
    const lo = offsets[p] as number;
    const hi = offsets[p + 1] as number;
    if (hi - lo < 2) continue;
    if (hi - lo > 32) {
      const sorted = Array.from(order.subarray(lo, hi)).sort(
        (a, b) => (first[a] as number) - (first[b] as number) || a - b,
      );
      order.set(sorted, lo);
      continue;
    }
    for (let k = lo + 1; k < hi; k += 1) {
      const item = order[k] as number;
      const key = first[item] as number;
      let j = k - 1;
      while (j >= lo && (first[order[j] as number] as number) > key) {
        order[j + 1] = order[j] as number;
        j -= 1;
      }
      order[j + 1] = item;
    }
  }
  return { offsets, order };
}

// Up to this many records, a person's ids are compared pair by pair; beyond, through a map.
const PAIRWISE = 16;

/**
 * A cheap key of a record id, read while the record is in the processor's cache: its length and its last
 * six characters (where generated ids differ). Equal ids have equal keys; ids with equal keys are then
 * compared in full, so a poor key only costs time.
 */
export function idKey(id: unknown): number {
  if (typeof id !== 'string') return 0;
  const length = id.length;
  let key = length;
  for (let i = length > 6 ? length - 6 : 0; i < length; i += 1) {
    key = Math.imul(key ^ id.charCodeAt(i), 0x01000193);
  }
  return key;
}

/**
 * Marks in `drop` the records of one person (positions `lo`–`hi` of `order`) that repeat the id of a record
 * given earlier in the input, and reports each in `issues` (in the order of `order`). Returns how many.
 * `keys` holds each record's {@link idKey} by input position: ids are read only when two keys are equal.
 */
export function dropDuplicateIds(
  kind: Kind,
  records: readonly { id: string }[],
  keys: Int32Array,
  order: Int32Array,
  lo: number,
  hi: number,
  drop: Uint8Array,
  issues: Issue[],
): number {
  if (hi - lo < 2) return 0;
  const first = hi - lo > PAIRWISE ? firstPositions(records, order, lo, hi) : undefined;
  let dropped = 0;
  for (let k = lo; k < hi; k += 1) {
    const index = order[k] as number;
    const isRepeat =
      first === undefined
        ? givenBefore(records, keys, order, lo, hi, index)
        : first.get((records[index] as { id: string }).id) !== index;
    if (!isRepeat) continue;
    const id = (records[index] as { id: string }).id;
    drop[k] = 1;
    dropped += 1;
    issues.push(issueOf(kind, index, id, duplicate(id)));
  }
  return dropped;
}

/** Whether a record at a position before `index` in the input, among positions `lo`–`hi`, has its id. */
function givenBefore(
  records: readonly { id: string }[],
  keys: Int32Array,
  order: Int32Array,
  lo: number,
  hi: number,
  index: number,
): boolean {
  const key = keys[index] as number;
  for (let j = lo; j < hi; j += 1) {
    const other = order[j] as number;
    if (
      other < index &&
      keys[other] === key &&
      (records[other] as { id: string }).id === (records[index] as { id: string }).id
    ) {
      return true;
    }
  }
  return false;
}

/** Each id's first position in the input, among positions `lo`–`hi`. */
function firstPositions(
  records: readonly { id: string }[],
  order: Int32Array,
  lo: number,
  hi: number,
): Map<string, number> {
  const first = new Map<string, number>();
  for (let k = lo; k < hi; k += 1) {
    const index = order[k] as number;
    const id = (records[index] as { id: string }).id;
    const seen = first.get(id);
    if (seen === undefined || index < seen) first.set(id, index);
  }
  return first;
}

// 0, 1, 2…: the order of records already listed by person and date, as exports often list them. One column,
// grown by doubling and never written once filled, serves every call: such lists keep no position column.
let identity = new Int32Array(0);

/**
 * The order to keep: a copy of `order`, or, when it is the input order itself (every record kept, already
 * grouped and sorted), a view of the shared 0, 1, 2… column, which costs no memory per call.
 */
export function keptOrder(order: Int32Array): Int32Array {
  for (let k = 0; k < order.length; k += 1) if (order[k] !== k) return order.slice();
  if (identity.length < order.length) {
    identity = new Int32Array(Math.max(order.length, identity.length * 2));
    for (let k = 0; k < identity.length; k += 1) identity[k] = k;
  }
  return identity.subarray(0, order.length);
}

/** Keeps the positions not dropped: new offsets, and the order in working array `slot`. */
export function compact(grouped: Grouped, drop: Uint8Array, dropped: number, slot: number): Grouped {
  if (dropped === 0) return grouped;
  const { offsets, order } = grouped;
  const size = offsets.length - 1;
  const kept = working(slot, order.length - dropped, false);
  const newOffsets = new Int32Array(size + 1);
  let at = 0;
  for (let p = 0; p < size; p += 1) {
    for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k += 1) {
      if (drop[k] === 0) kept[at++] = order[k] as number;
    }
    newOffsets[p + 1] = at;
  }
  return { offsets: newOffsets, order: kept };
}

/** `out[k] = values[order[k]]`: a column in the kept order. */
export function gather<T extends Int32Array | Uint8Array | Uint16Array>(
  values: ArrayLike<number>,
  order: Int32Array,
  out: T,
): T {
  for (let k = 0; k < order.length; k += 1) out[k] = values[order[k] as number] as number;
  return out;
}
