import { csrRow, type Csr } from './csr.js';
import { iscoAncestors } from './isco.js';
import { localizedLabel, otherLocale, type LocalizedLabel } from './labels.js';
import { relationColumnsOf, relationObjectsOf } from './taxonomy-export.js';
import { indexTaxonomy, type TaxonomyIndex } from './taxonomy-index.js';
import type {
  Concept,
  ConceptLabels,
  IscoGroup,
  RelationColumns,
  RelationType,
  SkillGroup,
  TaxonomyData,
  TaxonomyLocale,
} from './types.js';

const NO_IDS: readonly string[] = Object.freeze([]);

/**
 * Skills, occupations, skill groups and ISCO groups, with the occupation→skill relations and the
 * lookups the matching engine needs. Immutable: every method is a read, and returned arrays are frozen
 * or fresh. Skills are interned to dense indexes `0..skillCount-1` in input order, and relations are
 * stored as typed arrays (CSR), so full ESCO stays small and fast.
 *
 * Build one from user data with {@link buildTaxonomy} (which reports problems as issues) or load one
 * with the ESCO loaders; `new Taxonomy(data)` is for data already known to be valid, such as
 * `toData()` of another taxonomy, and throws a RangeError on inconsistent data.
 */
export class Taxonomy {
  readonly #index: TaxonomyIndex;
  /** Skills in index order. */
  readonly skills: readonly Concept[];
  /** Occupations in index order. */
  readonly occupations: readonly Concept[];
  /** Skill groups in input order. */
  readonly skillGroups: readonly SkillGroup[];
  /** ISCO groups in input order. */
  readonly iscoGroups: readonly IscoGroup[];
  /** Number of skills. */
  readonly skillCount: number;
  /** Number of occupations. */
  readonly occupationCount: number;
  /** Number of occupation→skill relations, essential and optional. */
  readonly relationCount: number;

  /** Indexes valid data (copied and frozen). Throws a RangeError on duplicate ids or dangling references. */
  constructor(data: TaxonomyData) {
    const index = indexTaxonomy(data);
    this.#index = index;
    this.skills = index.skills;
    this.occupations = index.occupations;
    this.skillGroups = index.skillGroups;
    this.iscoGroups = index.iscoGroups;
    this.skillCount = index.skills.length;
    this.occupationCount = index.occupations.length;
    this.relationCount = index.essential.indices.length + index.optional.indices.length;
    Object.freeze(this);
  }

  /** The skill with this id, or undefined. */
  skill(id: string): Concept | undefined {
    const index = this.#index.skillIndex.get(id);
    return index === undefined ? undefined : this.#index.skills[index];
  }
  /** The occupation with this id, or undefined. */
  occupation(id: string): Concept | undefined {
    const index = this.#index.occupationIndex.get(id);
    return index === undefined ? undefined : this.#index.occupations[index];
  }
  /** The skill or occupation with this id, or undefined. */
  concept(id: string): Concept | undefined {
    return this.skill(id) ?? this.occupation(id);
  }
  /** The skill group with this id, or undefined. */
  skillGroup(id: string): SkillGroup | undefined {
    return this.#index.groupById.get(id);
  }
  /** The ISCO group with this code (1–4 digits), or undefined if the taxonomy has no such group. */
  iscoGroup(code: string): IscoGroup | undefined {
    return this.#index.iscoByCode.get(code);
  }
  /** Whether a skill, occupation or skill group has this id. */
  has(id: string): boolean {
    return (
      this.#index.skillIndex.has(id) || this.#index.occupationIndex.has(id) || this.#index.groupById.has(id)
    );
  }

  /** The dense index (0..skillCount-1) of a skill, or undefined if it is not a skill here. */
  skillIndex(id: string): number | undefined {
    return this.#index.skillIndex.get(id);
  }
  /** The id of the skill at a dense index. Throws a RangeError outside 0..skillCount-1. */
  skillIdAt(index: number): string {
    const skill = this.#index.skills[index];
    if (skill === undefined) throw new RangeError(`Skill index ${index} outside 0..${this.skillCount - 1}`);
    return skill.id;
  }
  /** The dense index (0..occupationCount-1) of an occupation, or undefined. */
  occupationIndex(id: string): number | undefined {
    return this.#index.occupationIndex.get(id);
  }
  /** The id of the occupation at a dense index. Throws a RangeError outside 0..occupationCount-1. */
  occupationIdAt(index: number): string {
    const occupation = this.#index.occupations[index];
    if (occupation === undefined) {
      throw new RangeError(`Occupation index ${index} outside 0..${this.occupationCount - 1}`);
    }
    return occupation.id;
  }

  /** Dense indexes of an occupation's essential skills, ascending (a copy). Empty for an unknown occupation. */
  essentialSkillIndexes(occupationId: string): Int32Array {
    return this.#row(this.#index.essential, occupationId).slice();
  }
  /** Dense indexes of an occupation's optional skills, ascending (a copy). */
  optionalSkillIndexes(occupationId: string): Int32Array {
    return this.#row(this.#index.optional, occupationId).slice();
  }
  /** Ids of an occupation's essential skills, in skill index order. Empty for an unknown occupation. */
  essentialSkills(occupationId: string): string[] {
    return Array.from(this.#row(this.#index.essential, occupationId), (i) => this.skillIdAt(i));
  }
  /** Ids of an occupation's optional skills, in skill index order. */
  optionalSkills(occupationId: string): string[] {
    return Array.from(this.#row(this.#index.optional, occupationId), (i) => this.skillIdAt(i));
  }
  /** How an occupation needs a skill, or undefined if it does not list it. */
  relationType(occupationId: string, skillId: string): RelationType | undefined {
    const skill = this.#index.skillIndex.get(skillId);
    if (skill === undefined) return undefined;
    if (this.#row(this.#index.essential, occupationId).includes(skill)) return 'essential';
    if (this.#row(this.#index.optional, occupationId).includes(skill)) return 'optional';
    return undefined;
  }
  /** Ids of the occupations that list a skill (essential or optional), in occupation index order. */
  occupationsWithSkill(skillId: string): string[] {
    const row = csrRow(this.#index.skillOccupations, this.#index.skillIndex.get(skillId) ?? -1);
    return Array.from(row, (i) => this.occupationIdAt(i));
  }

  /** Ids of the parents of a skill, occupation or group. Empty when unknown. */
  broader(id: string): readonly string[] {
    return (this.skill(id) ?? this.occupation(id) ?? this.skillGroup(id))?.broader ?? NO_IDS;
  }
  /** Ids of the concepts whose parents include `id` (skills in a group, sub-groups…). */
  narrower(id: string): readonly string[] {
    return this.#index.narrower.get(id) ?? NO_IDS;
  }
  /** Ids of the concepts sharing a parent with `id`, without `id` itself; first-seen order. */
  siblings(id: string): string[] {
    const found = new Set<string>();
    for (const parent of this.broader(id)) for (const child of this.narrower(parent)) found.add(child);
    found.delete(id);
    return [...found];
  }
  /**
   * Skills close to a skill, for partial credit: skills of the same group, plus its broader and narrower
   * skills (official ESCO nests some skills under others). Without `skillId` itself.
   */
  relatedSkills(skillId: string): string[] {
    const found = new Set<string>();
    const candidates = [...this.siblings(skillId), ...this.broader(skillId), ...this.narrower(skillId)];
    for (const id of candidates) if (this.#index.skillIndex.has(id)) found.add(id);
    found.delete(skillId);
    return [...found];
  }

  /** The ISCO groups above a code, nearest first: `2654` → `['265', '26', '2']`. */
  iscoAncestors(code: string): string[] {
    return iscoAncestors(code);
  }
  /** An occupation's ISCO unit group then its ancestors (`['2654', '265', '26', '2']`); empty if none. */
  iscoPath(occupationId: string): string[] {
    const code = this.occupation(occupationId)?.iscoGroup;
    return code === undefined ? [] : [code, ...iscoAncestors(code)];
  }
  /** Ids of the occupations in an ISCO group at any level (`'8'` or `'8344'`), in occupation order. */
  occupationsInIscoGroup(code: string): readonly string[] {
    return this.#index.occupationsByIsco.get(code) ?? NO_IDS;
  }

  /** The labels of a skill, occupation or skill group, or undefined. */
  labels(id: string): ConceptLabels | undefined {
    return (this.skill(id) ?? this.occupation(id) ?? this.skillGroup(id))?.labels;
  }
  /**
   * The label to show for a concept in `locale`, with the locale it is really in (so a page can mark a
   * fallback with `lang`). Falls back to the other language, then to a synonym, then to the id.
   */
  localizedLabel(id: string, locale: TaxonomyLocale): LocalizedLabel | undefined {
    const labels = this.labels(id);
    return labels === undefined ? undefined : localizedLabel(labels, locale, id);
  }
  /** The label to show for a concept in `locale` (see {@link Taxonomy.localizedLabel}), or undefined. */
  label(id: string, locale: TaxonomyLocale): string | undefined {
    return this.localizedLabel(id, locale)?.text;
  }
  /** The title of an ISCO group in `locale`, falling back to the other language; undefined if unknown. */
  iscoLabel(code: string, locale: TaxonomyLocale): string | undefined {
    const labels = this.iscoGroup(code)?.labels;
    return labels === undefined ? undefined : (labels[locale] ?? labels[otherLocale(locale)]);
  }

  // A view into the internal arrays: callers get copies.
  #row(csr: Csr, occupationId: string): Int32Array {
    return csrRow(csr, this.#index.occupationIndex.get(occupationId) ?? -1);
  }

  /** The relations as columns of skill and occupation indexes (fresh arrays), essential then optional. */
  relationColumns(): RelationColumns {
    return relationColumnsOf(this.#index);
  }

  /** The content as plain data, e.g. to serialise it or to build a changed copy. */
  toData(): TaxonomyData {
    const { skills, occupations, skillGroups, iscoGroups } = this.#index;
    return { skills, occupations, skillGroups, iscoGroups, relations: relationObjectsOf(this.#index) };
  }
}
