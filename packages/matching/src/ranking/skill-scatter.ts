import type { MatchingConfig } from '../config/config.js';
import type { PoolScratch, ReadonlyPostings } from '../indexes/profile-pool.js';
import { skillMask } from '../internal/bits.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { heldCredit } from './skill-bound.js';

// The scatter half of the skill bounds (see skill-bound.ts): walk the postings of the query's skills and add, per
// profile met, what holding that skill is worth beyond the group credit every profile is granted in the base.
// Postings come as maps from skill to list: the whole pool's, or one grid cell's at a time.

/** Skill → postings, for the whole pool or for one cell of it. */
export type PostingsMap = ReadonlyMap<number, ReadonlyPostings>;

/** Adds what a map's postings are worth to the profiles they list; returns the new count of profiles met. */
export interface Scatter {
  apply(postings: PostingsMap, scratch: PoolScratch, met: number): number;
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
  readonly #skills: readonly number[];
  readonly #worth: readonly Float64Array[];

  constructor(
    offer: OfferFeatures,
    weights: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
  ) {
    ({ skills: this.#skills, worth: this.#worth } = askedSkills(offer, weights, rules));
  }

  apply(postings: PostingsMap, scratch: PoolScratch, met: number): number {
    for (let i = 0; i < this.#skills.length; i++) {
      const list = postings.get(this.#skills[i] as number);
      if (list === undefined) continue;
      const credits = this.#worth[i] as Float64Array;
      const { slots, tags, length } = list;
      // Adds each posting's worth to its profile's sum, giving the profile the next index the first time this
      // query meets it (the scratch arrays read once per list: this is the hottest loop of a ranking; one read
      // spread over the pool per posting, the stamp).
      const { stamp, base, acc, touched } = scratch;
      for (let j = 0; j < length; j++) {
        const slot = slots[j] as number;
        const delta = credits[(tags[j] as number) & 7] as number;
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
  /** Per candidate slot, its skills as a mask (see `skillMask`). */
  readonly #skillMasks: Int32Array;

  constructor(
    offer: OfferFeatures,
    weights: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
    probe: HardConstraintCheck,
    skillMasks: Int32Array,
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
    this.#skillMasks = skillMasks;
  }

  apply(postings: PostingsMap, scratch: PoolScratch, met: number): number {
    const required = this.#required;
    let rarest: ReadonlyPostings | undefined;
    let rarestAt = 0;
    for (let i = 0; i < required.length; i++) {
      const list = postings.get(required[i] as number);
      // Nobody in this cell holds this required skill.
      if (list === undefined || list.length === 0) return met;
      if (rarest === undefined || list.length < rarest.length) {
        rarest = list;
        rarestAt = i;
      }
    }
    const { stamp, base, acc, touched } = scratch;
    const probe = this.#probe;
    const masks = this.#skillMasks;
    const requiredMask = this.#requiredMask;
    const rarestWorth = this.#requiredWorth[rarestAt] as Float64Array;
    const others = this.#requiredSum - (this.#requiredBest[rarestAt] as number);
    const wantedBits = this.#wantedBits;
    const wantedBest = this.#wantedBest;
    const { slots, tags, length } = rarest as ReadonlyPostings;
    for (let j = 0; j < length; j++) {
      const slot = slots[j] as number;
      const mask = masks[slot] as number;
      if ((requiredMask & ~mask) !== 0) continue;
      if ((stamp[slot] as number) - base >= 0 || probe.excludesQuickly(slot)) continue;
      let sum = others + (rarestWorth[(tags[j] as number) & 7] as number);
      for (let i = 0; i < wantedBits.length; i++)
        if ((mask & (wantedBits[i] as number)) !== 0) sum += wantedBest[i] as number;
      stamp[slot] = base + met;
      acc[met] = sum;
      touched[met++] = slot;
    }
    return met;
  }
}

/** Candidate → offers: the offers asking a skill the candidate holds, with its worth for each offer. */
export class CandidateScatter implements Scatter {
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

  apply(postings: PostingsMap, scratch: PoolScratch, met: number): number {
    const requiredWeight = this.#requiredWeight;
    const wantedWeight = this.#wantedWeight;
    for (let i = 0; i < this.#skills.length; i++) {
      const list = postings.get(this.#skills[i] as number);
      if (list === undefined) continue;
      const table = this.#tables[i] as Float64Array;
      const { slots, tags, length } = list;
      const { stamp, base, acc, touched } = scratch;
      for (let j = 0; j < length; j++) {
        const slot = slots[j] as number;
        const tag = tags[j] as number;
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
