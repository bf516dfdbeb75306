import type { MatchingConfig } from '../config/config.js';
import type { PoolScratch, ReadonlyPostings } from '../indexes/profile-pool.js';
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

/** Offer → candidates: the candidates holding a skill the offer asks, with the worth of the level they hold. */
export class OfferScatter implements Scatter {
  readonly #skills: number[] = [];
  /** Per asked skill, the worth of each level (levels are 1–4; tags keep 3 bits), computed once per query. */
  readonly #worth: Float64Array[] = [];

  constructor(
    offer: OfferFeatures,
    weights: { required: number; wanted: number },
    rules: MatchingConfig['skills'],
  ) {
    this.#add(offer.required, offer.requiredMin, offer.requiredGroup, weights.required, rules);
    this.#add(offer.wanted, offer.wantedMin, offer.wantedGroup, weights.wanted, rules);
  }

  #add(
    list: Int32Array,
    minLevels: Uint8Array,
    groups: Int32Array,
    weight: number,
    rules: MatchingConfig['skills'],
  ) {
    for (let i = 0; i < list.length; i++) {
      const minLevel = minLevels[i] as number;
      const related = (groups[i] as number) >= 0 ? rules.relatedCredit : 0;
      const credits = new Float64Array(8);
      for (let level = 0; level < 8; level++)
        credits[level] = weight * (heldCredit(level, minLevel, related, rules) - related);
      this.#skills.push(list[i] as number);
      this.#worth.push(credits);
    }
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
