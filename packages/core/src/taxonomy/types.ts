import type { MessageLocale } from '../vocab/localized-text.js';

/**
 * A concept id: 1–64 letters, digits or `. _ : -`. The same rule as record ids (`ID_PATTERN` of the
 * model, checked equal by a test), repeated here so that taxonomies do not pull zod into a bundle.
 */
export const CONCEPT_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/** Whether a concept is a skill (skills, competences and knowledge) or an occupation. */
export type ConceptKind = 'skill' | 'occupation';

/** ESCO's split of skills: know-how (`skill/competence` in ESCO files) or knowledge. */
export type SkillType = 'skill' | 'knowledge';

/** How widely a skill applies, from any job to a single occupation (ESCO's reuse levels). */
export type ReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

/** The reuse levels, from widest to narrowest. */
export const REUSE_LEVELS: readonly ReuseLevel[] = Object.freeze([
  'transversal',
  'cross-sector',
  'sector-specific',
  'occupation-specific',
] as const);

/** The skill types. */
export const SKILL_TYPES: readonly SkillType[] = Object.freeze(['skill', 'knowledge'] as const);

/** How an occupation needs a skill. */
export type RelationType = 'essential' | 'optional';

/** The languages a taxonomy carries labels in (the same as Passerelle's messages). */
export type TaxonomyLocale = MessageLocale;

/** The labels of a concept in one language: a preferred label and synonyms. */
export interface LanguageLabels {
  /** The label to show; absent when the source has none in this language. */
  readonly preferred?: string;
  /** Synonyms and spelling variants, used for search; never shown instead of `preferred`. */
  readonly alt: readonly string[];
}

/** A concept's labels in French and English. */
export interface ConceptLabels {
  readonly fr: LanguageLabels;
  readonly en: LanguageLabels;
}

/** A skill or an occupation of a {@link Taxonomy}. Frozen. */
export interface Concept {
  /** Stable identifier (`/^[A-Za-z0-9._:-]{1,64}$/`); for ESCO, the concept's UUID. */
  readonly id: string;
  /** The concept's URI in its source, e.g. `http://data.europa.eu/esco/skill/<uuid>`. */
  readonly uri?: string;
  readonly kind: ConceptKind;
  readonly labels: ConceptLabels;
  /** Ids of the parent concepts: skill groups (or broader skills) for skills, broader occupations. */
  readonly broader: readonly string[];
  /** Occupations: the 4-digit ISCO-08 unit group. */
  readonly iscoGroup?: string;
  /** Skills: know-how or knowledge. */
  readonly skillType?: SkillType;
  /** Skills: how widely the skill applies. */
  readonly reuseLevel?: ReuseLevel;
}

/** A group of skills (e.g. "operating material handling equipment"), used for partial credit. Frozen. */
export interface SkillGroup {
  readonly id: string;
  readonly uri?: string;
  readonly labels: ConceptLabels;
  /** Ids of parent groups. */
  readonly broader: readonly string[];
}

/** An ISCO-08 group (1 to 4 digits) with its French and English titles. Frozen. */
export interface IscoGroup {
  /** `2`, `26`, `265` or `2654`. */
  readonly code: string;
  readonly uri?: string;
  /** Titles; either language may be missing. */
  readonly labels: { readonly fr?: string; readonly en?: string };
}

/** Where an input record came from, so that issues can say so. */
export interface RecordOrigin {
  /** File or source name. */
  readonly source?: string;
  /** 1-based line in that file. */
  readonly line?: number;
}

/** Labels as given to the builder: every part optional. */
export interface LabelsInput {
  readonly fr?: { readonly preferred?: string; readonly alt?: readonly string[] };
  readonly en?: { readonly preferred?: string; readonly alt?: readonly string[] };
}

/** A concept as given to {@link buildTaxonomy}; `kind` comes from the list it is in. */
export interface ConceptInput extends RecordOrigin {
  readonly id: string;
  readonly uri?: string;
  readonly labels?: LabelsInput;
  readonly broader?: readonly string[];
  readonly iscoGroup?: string;
  readonly skillType?: string;
  readonly reuseLevel?: string;
}

/** A skill group as given to {@link buildTaxonomy}. */
export interface SkillGroupInput extends RecordOrigin {
  readonly id: string;
  readonly uri?: string;
  readonly labels?: LabelsInput;
  readonly broader?: readonly string[];
}

/** An ISCO group as given to {@link buildTaxonomy}. */
export interface IscoGroupInput extends RecordOrigin {
  readonly code: string;
  readonly uri?: string;
  readonly labels?: { readonly fr?: string; readonly en?: string };
}

/** An occupation→skill relation as given to {@link buildTaxonomy}. */
export interface RelationInput extends RecordOrigin {
  readonly occupationId: string;
  readonly skillId: string;
  /** `essential` or `optional`; anything else is reported. */
  readonly type: string;
}

/** Everything a taxonomy is built from. Order of `skills` fixes the skills' dense indexes. */
export interface TaxonomyInput {
  readonly skills: readonly ConceptInput[];
  readonly occupations: readonly ConceptInput[];
  readonly skillGroups?: readonly SkillGroupInput[];
  readonly relations?: readonly RelationInput[];
  readonly iscoGroups?: readonly IscoGroupInput[];
}

/** One occupation→skill link of a built taxonomy. */
export interface OccupationSkillRelation {
  readonly occupationId: string;
  readonly skillId: string;
  readonly type: RelationType;
}

/**
 * Occupation→skill relations as parallel columns, the compact form loaders use: entry `i` links
 * `occupations[occupation[i]]` to `skills[skill[i]]`, essential when `essential[i]` is 1.
 */
export interface RelationColumns {
  readonly occupation: Int32Array;
  readonly skill: Int32Array;
  readonly essential: Uint8Array;
}

/**
 * A taxonomy's content in plain, already valid form: what {@link Taxonomy}'s constructor takes and
 * `toData()` returns. User data goes through {@link buildTaxonomy} instead, which reports problems.
 */
export interface TaxonomyData {
  readonly skills: readonly Concept[];
  readonly occupations: readonly Concept[];
  readonly skillGroups: readonly SkillGroup[];
  readonly iscoGroups: readonly IscoGroup[];
  /** As objects, or as {@link RelationColumns} (faster for large taxonomies). */
  readonly relations: readonly OccupationSkillRelation[] | RelationColumns;
}
