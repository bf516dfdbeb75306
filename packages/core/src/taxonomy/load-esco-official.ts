// Loader for the official ESCO CSV download (https://esco.ec.europa.eu/en/use-esco/download).
import { createIssue, type Issue } from '../issues/issue.js';
import { buildTaxonomy, type TaxonomyResult } from './build-taxonomy.js';
import {
  readOfficialBroader,
  readOfficialConcepts,
  readOfficialIscoGroups,
  readOfficialRelations,
  escoOfficialFileNames,
  type BroaderLink,
  type EscoOfficialFileKey,
} from './esco-official-files.js';
import { mergeEscoOfficialLabels, type EscoOfficialLabelFiles } from './merge-esco-labels.js';
import type { ConceptInput, SkillGroupInput, TaxonomyLocale } from './types.js';

/** The text of the official ESCO CSV files of one language. */
export interface EscoOfficialFiles {
  /** The language of the labels in these files. */
  readonly language: TaxonomyLocale;
  /** `occupations_xx.csv`: conceptType, conceptUri, iscoGroup, preferredLabel, altLabels… */
  readonly occupations: string;
  /** `skills_xx.csv`: conceptType, conceptUri, skillType, reuseLevel, preferredLabel, altLabels… */
  readonly skills: string;
  /** `occupationSkillRelations_xx.csv`: occupationUri, relationType, skillType, skillUri. */
  readonly relations: string;
  /** `skillGroups_xx.csv`: conceptType, conceptUri, preferredLabel, altLabels… */
  readonly skillGroups?: string;
  /**
   * `broaderRelationsSkillPillar_xx.csv`: conceptType, conceptUri, broaderType, broaderUri. Links to
   * skill groups resolve only when `skillGroups` is given; unresolved links are warnings.
   */
  readonly broaderRelations?: string;
  /** `ISCOGroups_xx.csv`: conceptType, conceptUri, code, preferredLabel… */
  readonly iscoGroups?: string;
  /** Label files of other languages, merged after loading (e.g. `skills_fr.csv` beside English files). */
  readonly translations?: readonly EscoOfficialLabelFiles[];
  /** File names quoted in issues; default the official names, e.g. `skills_en.csv`. */
  readonly sources?: Partial<Record<EscoOfficialFileKey, string>>;
}

const FIELD_NAMES = {
  skills: { id: 'conceptUri' },
  occupations: { id: 'conceptUri' },
  skillGroups: { id: 'conceptUri' },
  relations: { occupationId: 'occupationUri', skillId: 'skillUri', type: 'relationType' },
};

// Puts each broader link on its concept; links from or to unknown concepts are warnings.
function attachBroader(
  links: readonly BroaderLink[],
  concepts: readonly (ConceptInput | SkillGroupInput)[],
  source: string,
  issues: Issue[],
): (ConceptInput | SkillGroupInput)[] {
  const parents = new Map<string, string[]>(concepts.map((concept) => [concept.id, []]));
  for (const link of links) {
    const list = parents.get(link.conceptId);
    const [field, value] =
      list === undefined ? ['conceptUri', link.conceptId] : ['broaderUri', link.broaderId];
    if (list !== undefined && parents.has(link.broaderId)) {
      list.push(link.broaderId);
      continue;
    }
    const where = { source, line: link.line, field, severity: 'warning' as const };
    issues.push(createIssue('unknown_reference', { ...where, value, params: { kind: 'concept' } }));
  }
  return concepts.map((concept) => ({ ...concept, broader: parents.get(concept.id) ?? [] }));
}

/**
 * Loads the official ESCO CSV files of one language, then merges the labels of `translations`. Concept
 * ids are ESCO UUIDs (`isced-f:0613` for the ISCED-F skill groups). Bad rows are reported with file,
 * line and column and left out; never throws on data.
 */
export function loadEscoOfficial(files: EscoOfficialFiles): TaxonomyResult {
  const { language } = files;
  if (language !== 'fr' && language !== 'en')
    throw new RangeError(`Unknown taxonomy locale "${String(language)}"`);
  const sources = { ...escoOfficialFileNames(language), ...files.sources };
  const issues: Issue[] = [];
  const skills = readOfficialConcepts(files.skills, sources.skills, 'skill', language, issues);
  const occupations = readOfficialConcepts(
    files.occupations,
    sources.occupations,
    'occupation',
    language,
    issues,
  );
  const groups =
    files.skillGroups === undefined
      ? []
      : readOfficialConcepts(files.skillGroups, sources.skillGroups, 'skillGroup', language, issues);
  const relations = readOfficialRelations(files.relations, sources.relations, issues);
  const iscoGroups =
    files.iscoGroups === undefined
      ? []
      : readOfficialIscoGroups(files.iscoGroups, sources.iscoGroups, language, issues);
  const links =
    files.broaderRelations === undefined
      ? []
      : readOfficialBroader(files.broaderRelations, sources.broaderRelations, issues);
  const all = attachBroader(links, [...skills, ...occupations, ...groups], sources.broaderRelations, issues);
  const built = buildTaxonomy(
    {
      skills: all.slice(0, skills.length),
      occupations: all.slice(skills.length, skills.length + occupations.length),
      skillGroups: all.slice(skills.length + occupations.length),
      relations,
      iscoGroups,
    },
    { fieldNames: FIELD_NAMES },
  );
  let result: TaxonomyResult = { taxonomy: built.taxonomy, issues: [...issues, ...built.issues] };
  for (const translation of files.translations ?? []) {
    const merged = mergeEscoOfficialLabels(result.taxonomy, translation);
    result = { taxonomy: merged.taxonomy, issues: [...result.issues, ...merged.issues] };
  }
  return result;
}
