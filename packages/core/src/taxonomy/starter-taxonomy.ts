import type { LocalizedText } from '../vocab/localized-text.js';
import { buildTaxonomy } from './build-taxonomy.js';
import { STARTER_ISCO_ROWS, STARTER_OCCUPATION_ROWS } from './starter-occupations.js';
import { STARTER_GROUP_ROWS, STARTER_SKILL_ROWS } from './starter-skills.js';
import type { Taxonomy } from './taxonomy.js';
import type { ConceptInput, RelationInput, TaxonomyInput } from './types.js';

/** The credit to show wherever the starter taxonomy (or any ESCO-based taxonomy) is used. */
export const STARTER_TAXONOMY_ATTRIBUTION: LocalizedText = Object.freeze({
  fr: 'Contient des données ESCO, © Union européenne (https://esco.ec.europa.eu).',
  en: 'Contains ESCO data, © European Union (https://esco.ec.europa.eu).',
});

const SKILL_TYPES = { s: 'skill', k: 'knowledge' } as const;
const REUSE_LEVELS = {
  t: 'transversal',
  c: 'cross-sector',
  s: 'sector-specific',
  o: 'occupation-specific',
} as const;

const words = (text: string): string[] => text.split(' ').filter((word) => word !== '');
const synonyms = (text: string): string[] => text.split('|').filter((label) => label !== '');

function skillInputs(): { skills: ConceptInput[]; idOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  const skills = STARTER_SKILL_ROWS.map(([key, id, code, groups, fr, en, frAlt, enAlt]) => {
    idOf.set(key, id);
    return {
      id,
      ...(id.startsWith('starter:') ? {} : { uri: `http://data.europa.eu/esco/skill/${id}` }),
      labels: { fr: { preferred: fr, alt: synonyms(frAlt) }, en: { preferred: en, alt: synonyms(enAlt) } },
      broader: words(groups).map((group) => `group:${group}`),
      skillType: SKILL_TYPES[code[0] as keyof typeof SKILL_TYPES],
      reuseLevel: REUSE_LEVELS[code[1] as keyof typeof REUSE_LEVELS],
    };
  });
  return { skills, idOf };
}

/** The starter taxonomy as builder input (exposed for tests and for extending it). */
export function starterTaxonomyInput(): TaxonomyInput {
  const { skills, idOf } = skillInputs();
  const relations: RelationInput[] = [];
  const occupations = STARTER_OCCUPATION_ROWS.map(([id, isco, fr, en, frAlt, enAlt, essential, optional]) => {
    for (const [type, keys] of [
      ['essential', essential],
      ['optional', optional],
    ] as const) {
      for (const key of words(keys))
        relations.push({ occupationId: id, skillId: idOf.get(key) ?? key, type });
    }
    return {
      id,
      uri: `http://data.europa.eu/esco/occupation/${id}`,
      iscoGroup: isco,
      labels: { fr: { preferred: fr, alt: synonyms(frAlt) }, en: { preferred: en, alt: synonyms(enAlt) } },
    };
  });
  const skillGroups = STARTER_GROUP_ROWS.map(([key, fr, en, frAlt, enAlt]) => ({
    id: `group:${key}`,
    labels: { fr: { preferred: fr, alt: synonyms(frAlt) }, en: { preferred: en, alt: synonyms(enAlt) } },
  }));
  const iscoGroups = STARTER_ISCO_ROWS.map(([code, fr, en]) => ({
    code,
    uri: `http://data.europa.eu/esco/isco/C${code}`,
    labels: { fr, en },
  }));
  return { skills, occupations, skillGroups, relations, iscoGroups };
}

let starter: Taxonomy | undefined;

/**
 * A small built-in taxonomy for the jobs most common in the Mire's work: logistics and warehouse,
 * cleaning and household help, construction, retail, catering, care, production, driving, green spaces
 * and office work. About 125 skills in 17 groups (e.g. `group:material-handling` holds forklift, reach
 * truck and pallet truck driving) and 34 occupations with their essential and optional skills and ISCO-08
 * groups, in French and English with synonyms. Skill and occupation ids are ESCO UUIDs, so profiles built
 * on it stay valid against full ESCO (two skills ESCO lacks have `starter:` ids).
 *
 * Built from ESCO data, © European Union (show {@link STARTER_TAXONOMY_ATTRIBUTION}). The same frozen
 * instance is returned on every call.
 */
export function createStarterTaxonomy(): Taxonomy {
  if (starter === undefined) {
    const { taxonomy, issues } = buildTaxonomy(starterTaxonomyInput());
    // The data is ours: a problem here is a bug, not a user's mistake.
    if (issues.length > 0) throw new Error(`Starter taxonomy data is inconsistent: ${issues[0]?.message.en}`);
    starter = taxonomy;
  }
  return starter;
}
