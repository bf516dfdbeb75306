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
 * profile added is staged, one removed is noted, and the next query to read the postings packs them again with
 * the staged entries and without the removed profiles' (a counting sort over the cell's few thousand entries).
 * Everything lives in typed arrays: a pool of a quarter of a million profiles keeps no object per list or entry.
 */
export class SkillPostings {
  #packed: PackedPostings = EMPTY;
  /** Entries added since the last packing, {@link STAGED_SIZE} numbers each. */
  #staged = new Int32Array(0);
  #stagedCount = 0;
  /** Slots removed since the last packing: their packed entries are dropped at the next one. */
  #removed: Set<number> | undefined;
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

  /** Takes every entry of a slot off. */
  remove(slot: number): void {
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
    (this.#removed ??= new Set()).add(slot);
    this.#stale = true;
  }

  /** The packed form, up to date. */
  packed(): PackedPostings {
    if (this.#stale) {
      this.#packed = this.#pack();
      this.#staged = new Int32Array(0);
      this.#stagedCount = 0;
      this.#removed = undefined;
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

  // A counting sort on the skills of the packed entries kept and the staged ones, in a table per skill number
  // shared by every packing of the thread (a build packs thousands of cells).
  #pack(): PackedPostings {
    const old = this.#packed;
    const removed = this.#removed;
    const staged = this.#staged;
    const distinct: number[] = [];
    let next: Int32Array = packCounts;
    const count = (skill: number) => {
      if (skill >= next.length) next = growCounts(skill);
      if (next[skill] === 0) distinct.push(skill);
      next[skill] = (next[skill] as number) + 1;
    };
    for (let i = 0; i < old.skills.length; i++) {
      const skill = old.skills[i] as number;
      for (let entry = old.starts[i] as number; entry < (old.starts[i + 1] as number); entry++)
        if (removed === undefined || !removed.has(old.entries[entry * ENTRY_SIZE] as number)) count(skill);
    }
    for (let entry = 0; entry < this.#stagedCount; entry++) count(staged[entry * STAGED_SIZE] as number);
    if (distinct.length === 0) return EMPTY;
    const skills = Int32Array.from(distinct).sort();
    const starts = new Int32Array(skills.length + 1);
    let total = 0;
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as number;
      starts[i] = total;
      total += next[skill] as number;
      next[skill] = starts[i] as number;
    }
    starts[skills.length] = total;
    const entries = new Int32Array(total * ENTRY_SIZE);
    const place = (skill: number, slot: number, tag: number, mask: number) => {
      const entry = next[skill] as number;
      next[skill] = entry + 1;
      const at = entry * ENTRY_SIZE;
      entries[at] = slot;
      entries[at + 1] = tag;
      entries[at + 2] = mask;
    };
    for (let i = 0; i < old.skills.length; i++) {
      const skill = old.skills[i] as number;
      for (let entry = old.starts[i] as number; entry < (old.starts[i + 1] as number); entry++) {
        const at = entry * ENTRY_SIZE;
        const slot = old.entries[at] as number;
        if (removed === undefined || !removed.has(slot))
          place(skill, slot, old.entries[at + 1] as number, old.entries[at + 2] as number);
      }
    }
    for (let entry = 0; entry < this.#stagedCount; entry++) {
      const at = entry * STAGED_SIZE;
      place(
        staged[at] as number,
        staged[at + 1] as number,
        staged[at + 2] as number,
        staged[at + 3] as number,
      );
    }
    // The table is all zeros again for the next packing.
    for (let i = 0; i < skills.length; i++) next[skills[i] as number] = 0;
    return { skills, starts, entries };
  }
}

/** Per skill number, a count then a next place while postings are packed; zeros between packings. */
let packCounts: Int32Array = new Int32Array(1024);

function growCounts(skill: number): Int32Array {
  const grown = new Int32Array(Math.max(skill + 1, packCounts.length * 2));
  grown.set(packCounts);
  packCounts = grown;
  return grown;
}
