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

/**
 * Skill postings of a group of profiles (a grid cell, or the profiles no cell holds), kept packed only: adding or
 * removing a profile marks them stale, and the next query to read them packs them again from the group's slots and
 * their keys (a cell's few thousand entries). No per-skill list is kept besides: the packed form is the whole cost.
 */
export class SkillPostings {
  readonly #slots: Iterable<number>;
  readonly #keysOf: (slot: number) => SkillKeys;
  #packed: PackedPostings | undefined = EMPTY;

  /** @param slots the group's slots, a live view; @param keysOf what a slot's profile is listed under */
  constructor(slots: Iterable<number>, keysOf: (slot: number) => SkillKeys) {
    this.#slots = slots;
    this.#keysOf = keysOf;
  }

  /** Marks the packed form stale: a profile of the group was added, removed or changed. */
  changed(): void {
    this.#packed = undefined;
  }

  /** The packed form, up to date. */
  packed(): PackedPostings {
    return (this.#packed ??= this.#pack());
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

  #pack(): PackedPostings {
    // Counts per skill, then each entry at its skill's next place (a counting sort on the skills).
    const keys: SkillKeys[] = [];
    const slots: number[] = [];
    const next = new Map<number, number>();
    for (const slot of this.#slots) {
      const k = this.#keysOf(slot);
      if (k.skills.length === 0) continue;
      keys.push(k);
      slots.push(slot);
      for (let i = 0; i < k.skills.length; i++) {
        const skill = k.skills[i] as number;
        next.set(skill, (next.get(skill) ?? 0) + 1);
      }
    }
    if (keys.length === 0) return EMPTY;
    const skills = Int32Array.from(next.keys()).sort();
    const starts = new Int32Array(skills.length + 1);
    let total = 0;
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as number;
      starts[i] = total;
      total += next.get(skill) as number;
      next.set(skill, starts[i] as number);
    }
    starts[skills.length] = total;
    const entries = new Int32Array(total * ENTRY_SIZE);
    for (let p = 0; p < keys.length; p++) {
      const k = keys[p] as SkillKeys;
      const mask = k.skillMask ?? 0;
      for (let i = 0; i < k.skills.length; i++) {
        const skill = k.skills[i] as number;
        const entry = next.get(skill) as number;
        next.set(skill, entry + 1);
        const at = entry * ENTRY_SIZE;
        entries[at] = slots[p] as number;
        entries[at + 1] = k.skillTags?.[i] ?? 0;
        entries[at + 2] = mask;
      }
    }
    return { skills, starts, entries };
  }
}
