import type { MatchingConfig } from '../config/config.js';
import type { PoolScratch } from '../indexes/profile-pool.js';
import { ENTRY_SIZE, findSkill, type PackedPostings } from '../indexes/skill-postings.js';
import { skillMask } from '../internal/bits.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { heldCredit } from './skill-bound.js';

// The scatter half of the skill bounds (see skill-bound.ts): walk the postings of the query's skills and add, per
// profile met, what holding that skill is worth beyond the group credit every profile is granted in the base.
// Postings come packed, one grid cell's at a time (or the unplaced profiles'): a skill's entries hold each profile's
// slot, tag and skill mask side by side (see skill-postings.ts).

/** Adds what a cell's postings are worth to the profiles they list; returns the new count of profiles met. */
export interface Scatter {
  /**
   * A profile not met yet is met only when what its skill mask shows it may hold is worth at least `minWorth`
   * (an upper bound on what the postings add up for it): −Infinity meets every profile listed.
   */
  apply(postings: PackedPostings, scratch: PoolScratch, met: number, minWorth: number): number;
  /** Whether `minWorth` can leave profiles unmet (else every profile listed is met, whatever it says). */
  readonly filters: boolean;
}

/**
 * Per asked skill, its mask bit and the most holding it can add (never below 0): summed over the bits a profile's
 * mask has, at least what the postings add up for that profile, since a profile lacking a bit lacks the skill.
 */
class MaskWorth {
  /** Per byte of a mask (4 × 256 entries), the worth of the asked skills whose bits that byte holds. */
  readonly #table = new Float64Array(4 * 256);

  constructor(skills: readonly number[], worth: readonly Float64Array[]) {
    const table = this.#table;
    skills.forEach((skill, i) => {
      const bit = skill & 31;
      const best = Math.max(0, ...(worth[i] as Float64Array));
      const offset = (bit >> 3) * 256;
      for (let byte = 0; byte < 256; byte++)
        if ((byte & (1 << (bit & 7))) !== 0) table[offset + byte] = (table[offset + byte] as number) + best;
    });
  }

  /** The most the asked skills a mask shows may add up to: four table reads, no branch (the hottest filter). */
  of(mask: number): number {
    const table = this.#table;
    return (
      (table[mask & 255] as number) +
      (table[256 + ((mask >>> 8) & 255)] as number) +
      (table[512 + ((mask >>> 16) & 255)] as number) +
      (table[768 + (mask >>> 24)] as number)
    );
  }
}

/** The skills an offer asks (required first, then wanted) and, per skill, the worth of each held level. */
interface AskedSkills {
  readonly skills: readonly number[];
  /** Per asked skill, the worth of each level (levels are 1–4; tags keep 3 bits), computed once per query. */
  readonly worth: readonly Float64Array[];
}

function askedSkills(
  offer: OfferFeatures,
  weights: { required: number; wanted: number },
  rules: MatchingConfig['skills'],
): AskedSkills {
  const skills: number[] = [];
  const worth: Float64Array[] = [];
  const add = (list: Int32Array, minLevels: Uint8Array, groups: Int32Array, weight: number) => {
    for (let i = 0; i < list.length; i++) {
      const minLevel = minLevels[i] as number;
      const related = (groups[i] as number) >= 0 ? rules.relatedCredit : 0;
      const credits = new Float64Array(8);
      for (let level = 0; level < 8; level++)
        credits[level] = weight * (heldCredit(level, minLevel, related, rules) - related);
      skills.push(list[i] as number);
      worth.push(credits);
    }
  };
  add(offer.required, offer.requiredMin, offer.requiredGroup, weights.required);
  add(offer.wanted, offer.wantedMin, offer.wantedGroup, weights.wanted);
  return { skills, worth };
}

/** Offer → candidates: the candidates holding a skill the offer asks, with the worth of the level they hold. */
export class OfferScatter implements Scatter {
  readonly filters = true;
  readonly #skills: readonly number[];
  readonly #worth: readonly Float64Array[];
  /** Built by the first walk asked to filter: most queries never are (their farther cells wait for none). */
  #maskWorth: MaskWorth | undefined;

  constructor(
    offer: OfferFeatures,
    weights: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
  ) {
    ({ skills: this.#skills, worth: this.#worth } = askedSkills(offer, weights, rules));
  }

  apply(postings: PackedPostings, scratch: PoolScratch, met: number, minWorth: number): number {
    // A profile its posting's mask shows worth less would be met for nothing: its bound could not enter the list.
    // The mask is the profile's, the same in each of its postings: one it fails is never met by another.
    const filter = minWorth > 0;
    const maskWorth = filter ? (this.#maskWorth ??= new MaskWorth(this.#skills, this.#worth)) : undefined;
    const { starts, entries } = postings;
    for (let i = 0; i < this.#skills.length; i++) {
      const list = findSkill(postings, this.#skills[i] as number);
      if (list < 0) continue;
      const credits = this.#worth[i] as Float64Array;
      const end = (starts[list + 1] as number) * ENTRY_SIZE;
      // Adds each posting's worth to its profile's sum, giving the profile the next index the first time this
      // query meets it (the scratch arrays read once per list: this is the hottest loop of a ranking; one read
      // spread over the pool per posting, the stamp).
      const { stamp, base, acc, touched } = scratch;
      for (let e = (starts[list] as number) * ENTRY_SIZE; e < end; e += ENTRY_SIZE) {
        if (maskWorth !== undefined && maskWorth.of(entries[e + 2] as number) < minWorth) continue;
        const slot = entries[e] as number;
        const delta = credits[(entries[e + 1] as number) & 7] as number;
        const at = (stamp[slot] as number) - base;
        if (at >= 0) acc[at] = (acc[at] as number) + delta;
        else {
          stamp[slot] = base + met;
          acc[met] = delta;
          touched[met++] = slot;
        }
      }
    }
    return met;
  }
}

/** What {@link RequiredFirstScatter} asks of an offer's probe of the candidate columns (no record is read). */
export interface HardConstraintCheck {
  /** True when a hard constraint certainly excludes the candidate in a slot, read from the columns. */
  excludesQuickly(slot: number): boolean;
}

/**
 * Offer → candidates when the must-have skills are a hard constraint: only candidates holding every required skill
 * can be listed. In each cell only the shortest list among the required skills' is walked (the rarest must-have
 * first); a candidate on it is met when its skill mask shows the other required skills and no other hard constraint
 * certainly excludes it. The rest are excluded: the ranking leaves them unvisited. No record is read here: a met
 * candidate's sum counts the rarest skill at the level the posting gives, the other required skills at their best
 * worth, and each wanted skill its mask may hold at its best worth: at least what the plain scatter would add up,
 * so bounds stay bounds. A mask's false positive is met and left to the scorer, which excludes it.
 */
export class RequiredFirstScatter implements Scatter {
  readonly filters = true;
  readonly #required: Int32Array;
  readonly #requiredMask: number;
  /** Per required skill, the worth of each level; and its best. */
  readonly #requiredWorth: readonly Float64Array[];
  readonly #requiredBest: Float64Array;
  /** The sum of the required skills' best worth. */
  readonly #requiredSum: number;
  /** The wanted skills' mask bits and best worth. */
  readonly #wantedBits: Int32Array;
  readonly #wantedBest: Float64Array;
  readonly #probe: HardConstraintCheck;

  constructor(
    offer: OfferFeatures,
    weights: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
    probe: HardConstraintCheck,
  ) {
    const required = offer.required.length;
    if (required === 0) throw new RangeError('RequiredFirstScatter needs required skills.');
    const { skills, worth } = askedSkills(offer, weights, rules);
    const best = worth.map((credits) => Math.max(...credits));
    this.#required = offer.required;
    this.#requiredMask = skillMask(offer.required);
    this.#requiredWorth = worth.slice(0, required);
    this.#requiredBest = Float64Array.from(best.slice(0, required));
    this.#requiredSum = this.#requiredBest.reduce((sum, value) => sum + value, 0);
    this.#wantedBits = Int32Array.from(skills.slice(required), (skill) => 1 << (skill & 31));
    this.#wantedBest = Float64Array.from(best.slice(required));
    this.#probe = probe;
  }

  apply(postings: PackedPostings, scratch: PoolScratch, met: number, minWorth: number): number {
    const required = this.#required;
    const { starts, entries } = postings;
    let rarest = -1;
    let rarestAt = 0;
    for (let i = 0; i < required.length; i++) {
      const at = findSkill(postings, required[i] as number);
      // Nobody in this cell holds this required skill.
      if (at < 0) return met;
      const length = (starts[at + 1] as number) - (starts[at] as number);
      if (rarest < 0 || length < (starts[rarest + 1] as number) - (starts[rarest] as number)) {
        rarest = at;
        rarestAt = i;
      }
    }
    const { stamp, base, acc, touched } = scratch;
    const probe = this.#probe;
    const requiredMask = this.#requiredMask;
    const rarestWorth = this.#requiredWorth[rarestAt] as Float64Array;
    const others = this.#requiredSum - (this.#requiredBest[rarestAt] as number);
    const wantedBits = this.#wantedBits;
    const wantedBest = this.#wantedBest;
    const end = (starts[rarest + 1] as number) * ENTRY_SIZE;
    for (let e = (starts[rarest] as number) * ENTRY_SIZE; e < end; e += ENTRY_SIZE) {
      const mask = entries[e + 2] as number;
      if ((requiredMask & ~mask) !== 0) continue;
      const slot = entries[e] as number;
      if ((stamp[slot] as number) - base >= 0 || probe.excludesQuickly(slot)) continue;
      let sum = others + (rarestWorth[(entries[e + 1] as number) & 7] as number);
      for (let i = 0; i < wantedBits.length; i++)
        if ((mask & (wantedBits[i] as number)) !== 0) sum += wantedBest[i] as number;
      if (sum < minWorth) continue;
      stamp[slot] = base + met;
      acc[met] = sum;
      touched[met++] = slot;
    }
    return met;
  }
}

/** Candidate → offers: the offers asking a skill the candidate holds, with its worth for each offer. */
export class CandidateScatter implements Scatter {
  readonly filters = false;
  readonly #skills: Int32Array;
  readonly #requiredWeight: Float64Array;
  readonly #wantedWeight: Float64Array;
  /** Per held skill, credit minus group credit for each tag's minimum level and group flag. */
  readonly #tables: Float64Array[];

  constructor(
    candidate: CandidateFeatures,
    offerWeights: { readonly requiredWeight: Float64Array; readonly wantedWeight: Float64Array },
    rules: MatchingConfig['skills'],
  ) {
    this.#skills = candidate.skills;
    this.#requiredWeight = offerWeights.requiredWeight;
    this.#wantedWeight = offerWeights.wantedWeight;
    const byLevel = levelTables(rules);
    const levels = candidate.levels;
    this.#tables = [];
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i] as number;
      // Core's levels run 1–4; any other is given its own table.
      this.#tables.push(level < byLevel.length ? (byLevel[level] as Float64Array) : levelTable(level, rules));
    }
  }

  apply(postings: PackedPostings, scratch: PoolScratch, met: number): number {
    const requiredWeight = this.#requiredWeight;
    const wantedWeight = this.#wantedWeight;
    const { starts, entries } = postings;
    for (let i = 0; i < this.#skills.length; i++) {
      const list = findSkill(postings, this.#skills[i] as number);
      if (list < 0) continue;
      const table = this.#tables[i] as Float64Array;
      const end = (starts[list + 1] as number) * ENTRY_SIZE;
      const { stamp, base, acc, touched } = scratch;
      for (let e = (starts[list] as number) * ENTRY_SIZE; e < end; e += ENTRY_SIZE) {
        const slot = entries[e] as number;
        const tag = entries[e + 1] as number;
        const weight = (tag & 16) !== 0 ? (requiredWeight[slot] as number) : (wantedWeight[slot] as number);
        const delta = weight * (table[tag & 15] as number);
        const at = (stamp[slot] as number) - base;
        if (at >= 0) acc[at] = (acc[at] as number) + delta;
        else {
          stamp[slot] = base + met;
          acc[met] = delta;
          touched[met++] = slot;
        }
      }
    }
    return met;
  }
}

/** Per rules object, the table of each held level (0–7): the same for every query, built once. */
const tablesByRules = new WeakMap<MatchingConfig['skills'], readonly Float64Array[]>();

/** For each held level 0–7, its table (see {@link levelTable}). */
function levelTables(rules: MatchingConfig['skills']): readonly Float64Array[] {
  let tables = tablesByRules.get(rules);
  if (tables === undefined) {
    tables = Array.from({ length: 8 }, (_, level) => levelTable(level, rules));
    tablesByRules.set(rules, tables);
  }
  return tables;
}

/** For a held level, credit minus group credit for each tag's minimum level and group flag. */
function levelTable(level: number, rules: MatchingConfig['skills']): Float64Array {
  const table = new Float64Array(16);
  for (let tag = 0; tag < 16; tag++) {
    const related = (tag & 8) !== 0 ? rules.relatedCredit : 0;
    table[tag] = heldCredit(level, tag & 7, related, rules) - related;
  }
  return table;
}
