import type { Gazetteer, Taxonomy } from '@passerelle/core';
import type { MatchingConfig } from '../config/config.js';
import { ReasonCache } from '../explain/reason-cache.js';
import type { ResolvedPoint } from './resolve-point.js';
import {
  COMMUTE_SOURCES,
  HashedRows,
  ID_LISTS,
  INT_LISTS,
  LANGUAGE_LISTS,
  SharedValues,
  type CommuteSource,
  type LanguageList,
} from './shared-values.js';

/** A candidate's wanted occupations, and the ISCO codes of those the taxonomy knows. */
export interface WantedOccupations {
  readonly ids: readonly string[];
  readonly isco: readonly string[];
  /** The keys of the index's per-trade lists they are on (see `tradeKeys`). */
  readonly tradeKeys: readonly number[];
}

/** How many distinct shared values of each kind a context keeps (see {@link MatchContext.commutes}). */
export const SHARED_VALUES_LIMIT = 20_000;

/**
 * What the engine knows besides the profiles: the taxonomy (skill groups, occupations' skills and ISCO groups),
 * the gazetteer (postal codes to points), the configuration, and the interning of skill ids into dense numbers.
 */
export class MatchContext {
  readonly taxonomy: Taxonomy;
  readonly gazetteer: Gazetteer;
  readonly config: MatchingConfig;
  readonly #extraSkills = new Map<string, number>();
  readonly #extraIds: string[] = [];
  /** @internal Points of the places already resolved (see `resolvePoint`); the gazetteer never changes. */
  readonly resolvedPlaces = new Map<string, ResolvedPoint>();
  /** Skill group of each taxonomy skill (dense number), or −1. */
  readonly #skillGroup: Int32Array;
  /** Shared integer lists (see {@link sharedList}). */
  readonly #intLists = new HashedRows(INT_LISTS);
  /** @internal Reasons shared by the explanations (see {@link ReasonCache}). */
  readonly reasons = new ReasonCache();

  constructor(taxonomy: Taxonomy, gazetteer: Gazetteer, config: MatchingConfig) {
    this.taxonomy = taxonomy;
    this.gazetteer = gazetteer;
    this.config = config;
    const groups = new Map<string, number>();
    this.#skillGroup = new Int32Array(taxonomy.skillCount).fill(-1);
    for (let index = 0; index < taxonomy.skillCount; index++) {
      const group = taxonomy.broader(taxonomy.skillIdAt(index))[0];
      if (group === undefined) continue;
      if (!groups.has(group)) groups.set(group, groups.size);
      this.#skillGroup[index] = groups.get(group) as number;
    }
    this.groupCount = groups.size;
  }

  /**
   * One copy of each read-only value that many profiles hold alike (commute limits, wanted occupations, language
   * ranks: a few hundred distinct ones among 250,000 candidates), so that an index keeps one instead of one per
   * profile; at most {@link SHARED_VALUES_LIMIT} of each kind are kept.
   */
  readonly commutes = new SharedValues<CommuteSource, readonly [Float64Array, Float64Array]>(
    COMMUTE_SOURCES,
    SHARED_VALUES_LIMIT,
  );
  readonly wantedLists = new SharedValues<readonly string[], WantedOccupations>(
    ID_LISTS,
    SHARED_VALUES_LIMIT,
  );
  readonly languageLists = new SharedValues<LanguageList, ReadonlyMap<string, number>>(
    LANGUAGE_LISTS,
    SHARED_VALUES_LIMIT,
  );

  /**
   * One copy of an integer list that many profiles hold alike (their skill groups), found by hash without building
   * a string key: the first `length` values are read, and copied when first kept (`values` may be scratch space).
   * Same limit as {@link commutes}.
   */
  sharedList(values: Int32Array, length: number): Int32Array {
    const list = values.subarray(0, length);
    const lists = this.#intLists;
    const row = lists.find(list);
    if (row >= 0) return lists.rows[row] as Int32Array;
    // Kept as a copy (the caller's array may be scratch space); past the limit, a copy not kept.
    return lists.size < SHARED_VALUES_LIMIT ? (lists.rows[lists.add(list)] as Int32Array) : list.slice();
  }

  /** How many skill groups the taxonomy has. */
  readonly groupCount: number;

  /** The dense number of a skill id; ids the taxonomy lacks get numbers after its own (exact matches still count). */
  skillNumber(id: string): number {
    const known = this.taxonomy.skillIndex(id);
    if (known !== undefined) return known;
    let extra = this.#extraSkills.get(id);
    if (extra === undefined) {
      extra = this.taxonomy.skillCount + this.#extraIds.length;
      this.#extraSkills.set(id, extra);
      this.#extraIds.push(id);
    }
    return extra;
  }

  /** The skill id of a dense number. */
  skillId(number: number): string {
    return number < this.taxonomy.skillCount
      ? this.taxonomy.skillIdAt(number)
      : (this.#extraIds[number - this.taxonomy.skillCount] as string);
  }

  /** Whether the taxonomy knows the skill. */
  isKnownSkill(number: number): boolean {
    return number < this.taxonomy.skillCount;
  }

  /** The skill group of a skill number, or −1. */
  skillGroup(number: number): number {
    return number < this.#skillGroup.length ? (this.#skillGroup[number] as number) : -1;
  }

  /** Upper bound of skill numbers handed out so far (for scatter arrays). */
  get skillNumberBound(): number {
    return this.taxonomy.skillCount + this.#extraIds.length;
  }
}
