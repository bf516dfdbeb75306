import type { Gazetteer, Taxonomy } from '@passerelle/core';
import type { MatchingConfig } from '../config/config.js';
import type { ResolvedPoint } from './resolve-point.js';

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
