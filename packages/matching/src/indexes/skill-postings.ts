/** What a profile is listed under in a set of skill postings. */
export interface SkillKeys {
  readonly skills: ArrayLike<number>;
  /** A small integer stored with each skill entry (parallel to `skills`; 0 when absent). */
  readonly skillTags?: ArrayLike<number> | undefined;
  /** The profile's skill mask (see `skillMask`), stored with each of its entries (0 when absent). */
  readonly skillMask?: number | undefined;
}

/** Numbers per entry of {@link PackedPostings.entries}: slot, tag, skill mask. */
export const ENTRY_SIZE = 3;

/**
 * The postings of one grid cell (or of the profiles no cell holds), packed for queries: one typed array holds every
 * entry, skill after skill, each entry's slot, tag and profile skill mask side by side. A query walks a skill's
 * entries in sequence, and filters on the mask before it touches anything spread over the pool. (Lists kept apart
 * per skill, as plain arrays, cost two to three times as much per entry to walk on a large heap.) A profile listing
 * a skill twice (an offer both requiring and wanting it) has two entries under it.
 */
export interface PackedPostings {
  /** The skills listed, in increasing order. */
  readonly skills: Int32Array;
  /** The entries of `skills[i]` run from `starts[i]` to `starts[i + 1]` (entry numbers, not array positions). */
  readonly starts: Int32Array;
  /** {@link ENTRY_SIZE} numbers per entry: slot, tag, the profile's skill mask. */
  readonly entries: Int32Array;
}

/** Where a skill sits in `packed.skills`, or −1 when no entry lists it (a binary search: a cell lists ~100 skills). */
export function findSkill(packed: PackedPostings, skill: number): number {
  const skills = packed.skills;
  let lo = 0;
  let hi = skills.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = skills[mid] as number;
    if (value === skill) return mid;
    if (value < skill) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const EMPTY: PackedPostings = {
  skills: new Int32Array(0),
  starts: new Int32Array(1),
  entries: new Int32Array(0),
};

/** Numbers per staged entry: skill, slot, tag, mask. */
const STAGED_SIZE = 4;

/**
 * Skill postings of a group of profiles (a grid cell, or the profiles no cell holds). Kept packed for queries; a
 * profile added is staged, one removed is noted, and {@link packed} packs them again with the staged entries and
 * without the removed profiles' (an index does right after a change, a build once at its end). Everything lives in
 * typed arrays: a pool of a quarter of a million profiles keeps no object per list or entry.
 */
export class SkillPostings {
  #packed: PackedPostings = EMPTY;
  /** Entries added since the last packing, {@link STAGED_SIZE} numbers each. */
  #staged = new Int32Array(0);
  #stagedCount = 0;
  /** Slots removed since the last packing, and their skills: their packed entries are dropped at the next one. */
  #removed: number[] = [];
  #removedSkills: number[] = [];
  #stale = false;

  /** Lists a slot under each of its skills. */
  add(slot: number, keys: SkillKeys): void {
    const count = keys.skills.length;
    if (count === 0) return;
    const needed = (this.#stagedCount + count) * STAGED_SIZE;
    if (needed > this.#staged.length) {
      const grown = new Int32Array(Math.max(needed, 2 * this.#staged.length, 16 * STAGED_SIZE));
      grown.set(this.#staged.subarray(0, this.#stagedCount * STAGED_SIZE));
      this.#staged = grown;
    }
    const staged = this.#staged;
    const mask = keys.skillMask ?? 0;
    for (let i = 0; i < count; i++) {
      const at = this.#stagedCount++ * STAGED_SIZE;
      staged[at] = keys.skills[i] as number;
      staged[at + 1] = slot;
      staged[at + 2] = keys.skillTags?.[i] ?? 0;
      staged[at + 3] = mask;
    }
    this.#stale = true;
  }

  /** Takes every entry of a slot off: it was listed under `skills`. */
  remove(slot: number, skills: ArrayLike<number>): void {
    if (skills.length === 0) return;
    // Staged entries of the slot go at once (keeping the others' order); packed ones at the next packing.
    const staged = this.#staged;
    let kept = 0;
    for (let entry = 0; entry < this.#stagedCount; entry++) {
      const at = entry * STAGED_SIZE;
      if (staged[at + 1] === slot) continue;
      if (kept !== entry) staged.copyWithin(kept * STAGED_SIZE, at, at + STAGED_SIZE);
      kept++;
    }
    this.#stagedCount = kept;
    this.#removed.push(slot);
    for (let i = 0; i < skills.length; i++) this.#removedSkills.push(skills[i] as number);
    this.#stale = true;
  }

  /** The packed form, up to date. */
  packed(): PackedPostings {
    if (this.#stale) {
      this.#packed = this.#pack();
      this.#staged = new Int32Array(0);
      this.#stagedCount = 0;
      this.#removed = [];
      this.#removedSkills = [];
      this.#stale = false;
    }
    return this.#packed;
  }

  /** The slots listed under a skill (a new list: for tests and slow paths). */
  slotsOf(skill: number): number[] {
    const packed = this.packed();
    const at = findSkill(packed, skill);
    const slots: number[] = [];
    if (at < 0) return slots;
    for (let entry = packed.starts[at] as number; entry < (packed.starts[at + 1] as number); entry++)
      slots.push(packed.entries[entry * ENTRY_SIZE] as number);
    return slots;
  }

  // The skills no change touched keep their packed entries, copied as one block each; the others keep those of
  // their entries whose slot stays, then get the staged ones (placed by a counting sort on the skills). The tables
  // per skill and per slot are shared by every packing of the thread, and left all zeros.
  #pack(): PackedPostings {
    const old = this.#packed;
    const staged = this.#staged;
    const stagedCount = this.#stagedCount;
    let next = packCounts.values;
    const stagedSkills: number[] = [];
    for (let entry = 0; entry < stagedCount; entry++) {
      const skill = staged[entry * STAGED_SIZE] as number;
      if (skill >= next.length) next = packCounts.holding(skill);
      if (next[skill] === 0) stagedSkills.push(skill);
      next[skill] = (next[skill] as number) + 1;
    }
    let gone = goneSlots.values;
    for (const slot of this.#removed) {
      if (slot >= gone.length) gone = goneSlots.holding(slot);
      gone[slot] = 1;
    }
    let touched = touchedSkills.values;
    for (const skill of this.#removedSkills) {
      if (skill >= touched.length) touched = touchedSkills.holding(skill);
      touched[skill] = 1;
    }
    const union = new Set<number>(old.skills);
    for (const skill of stagedSkills) union.add(skill);
    const skills = Int32Array.from(union).sort();
    const starts = new Int32Array(skills.length + 1);
    // Per skill of the new form, where its old entries run (−1: none).
    const oldAt = new Int32Array(skills.length);
    let total = 0;
    let used = 0;
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as number;
      const at = findSkill(old, skill);
      let size = skill < next.length ? (next[skill] as number) : 0;
      if (at >= 0) {
        const from = old.starts[at] as number;
        const to = old.starts[at + 1] as number;
        if (skill < touched.length && touched[skill] === 1) {
          for (let entry = from; entry < to; entry++)
            if (!isGone(gone, old.entries[entry * ENTRY_SIZE] as number)) size++;
        } else size += to - from;
      }
      if (size === 0) continue;
      skills[used] = skill;
      oldAt[used] = at;
      starts[used++] = total;
      total += size;
    }
    starts[used] = total;
    const entries = new Int32Array(total * ENTRY_SIZE);
    for (let i = 0; i < used; i++) {
      const skill = skills[i] as number;
      const at = oldAt[i] as number;
      let place = starts[i] as number;
      if (at >= 0) {
        const from = old.starts[at] as number;
        const to = old.starts[at + 1] as number;
        if (skill < touched.length && touched[skill] === 1) {
          for (let entry = from; entry < to; entry++) {
            const source = entry * ENTRY_SIZE;
            if (isGone(gone, old.entries[source] as number)) continue;
            entries.set(old.entries.subarray(source, source + ENTRY_SIZE), place * ENTRY_SIZE);
            place++;
          }
        } else {
          entries.set(old.entries.subarray(from * ENTRY_SIZE, to * ENTRY_SIZE), place * ENTRY_SIZE);
          place += to - from;
        }
      }
      // Where its staged entries go, if it has some (the table holds their count until now).
      if (skill < next.length && next[skill] !== 0) next[skill] = place;
    }
    for (let entry = 0; entry < stagedCount; entry++) {
      const source = entry * STAGED_SIZE;
      const skill = staged[source] as number;
      const place = next[skill] as number;
      next[skill] = place + 1;
      const at = place * ENTRY_SIZE;
      entries[at] = staged[source + 1] as number;
      entries[at + 1] = staged[source + 2] as number;
      entries[at + 2] = staged[source + 3] as number;
    }
    for (const skill of stagedSkills) next[skill] = 0;
    for (const slot of this.#removed) gone[slot] = 0;
    for (const skill of this.#removedSkills) touched[skill] = 0;
    if (used === 0) return EMPTY;
    return { skills: skills.slice(0, used), starts: starts.slice(0, used + 1), entries };
  }
}

function isGone(gone: Uint8Array, slot: number): boolean {
  return slot < gone.length && gone[slot] === 1;
}

/** A table per number (skill or slot) shared by every packing of the thread: grown on demand, left all zeros. */
class SharedTable<T extends Int32Array | Uint8Array> {
  #values: T;
  readonly #make: (length: number) => T;

  constructor(make: (length: number) => T) {
    this.#make = make;
    this.#values = make(1024);
  }

  get values(): T {
    return this.#values;
  }

  /** The table, long enough to hold `index`. */
  holding(index: number): T {
    if (index >= this.#values.length) {
      const grown = this.#make(Math.max(index + 1, 2 * this.#values.length));
      grown.set(this.#values);
      this.#values = grown;
    }
    return this.#values;
  }
}

/** Per skill number, a count then a next place while postings are packed. */
const packCounts = new SharedTable((length) => new Int32Array(length));
/** Per slot, 1 while a packing drops its entries. */
const goneSlots = new SharedTable((length) => new Uint8Array(length));
/** Per skill number, 1 while a packing filters its entries. */
const touchedSkills = new SharedTable((length) => new Uint8Array(length));
