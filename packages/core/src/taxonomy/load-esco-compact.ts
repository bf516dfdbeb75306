// Loader for the compact ESCO files of Passerelle's shared data (see data/esco/README.md there).
import type { Issue } from '../issues/issue.js';
import { buildTaxonomy, type TaxonomyResult } from './build-taxonomy.js';
import { cellOf, readCsv } from './csv-table.js';
import { readConceptId, readEscoSkillType, splitLabels } from './esco-fields.js';
import type { ConceptInput, IscoGroupInput, RelationInput } from './types.js';

/** The text of the compact ESCO files (UTF-8 CSV, header row, `|` between synonyms). */
export interface EscoCompactFiles {
  /** `occupations.csv`: conceptUri, iscoGroup, preferredLabel_en, altLabels_en, preferredLabel_fr, altLabels_fr… */
  readonly occupations: string;
  /** `skills.csv`: conceptUri, skillType, reuseLevel, preferredLabel_en, altLabels_en, preferredLabel_fr… */
  readonly skills: string;
  /** `occupation_skill_relations.csv`: occupation_uuid, relationType, skill_uuid. */
  readonly relations: string;
  /** `isco_groups.csv`: code, conceptUri, preferredLabel_en, preferredLabel_fr. */
  readonly iscoGroups?: string;
}

/** File names quoted in issues, per file. */
export type EscoCompactSources = Partial<Record<keyof EscoCompactFiles, string>>;

const DEFAULT_SOURCES: Required<EscoCompactSources> = {
  occupations: 'occupations.csv',
  skills: 'skills.csv',
  relations: 'occupation_skill_relations.csv',
  iscoGroups: 'isco_groups.csv',
};

const FIELD_NAMES = {
  skills: { id: 'conceptUri', preferredLabel: 'preferredLabel_en' },
  occupations: { id: 'conceptUri', preferredLabel: 'preferredLabel_en' },
  relations: { occupationId: 'occupation_uuid', skillId: 'skill_uuid', type: 'relationType' },
};

function readConcepts(
  text: string,
  source: string,
  kind: 'skill' | 'occupation',
  issues: Issue[],
): ConceptInput[] {
  const concepts: ConceptInput[] = [];
  readCsv(text, source, ['conceptUri'], issues, (row, header) => {
    const ref = readConceptId(header, row, 'conceptUri', issues);
    if (ref === undefined) return;
    const cell = (column: string) => cellOf(header, row, column);
    const labels = {
      fr: { preferred: cell('preferredLabel_fr'), alt: splitLabels(cell('altLabels_fr'), '|') },
      en: { preferred: cell('preferredLabel_en'), alt: splitLabels(cell('altLabels_en'), '|') },
    };
    const skillType = kind === 'skill' ? readEscoSkillType(header, row, issues) : undefined;
    concepts.push({
      id: ref.id,
      uri: ref.uri,
      labels,
      source,
      line: row.line,
      ...(kind === 'occupation' ? { iscoGroup: cell('iscoGroup') } : { reuseLevel: cell('reuseLevel') }),
      ...(skillType !== undefined ? { skillType } : {}),
    });
  });
  return concepts;
}

function readRelations(text: string, source: string, issues: Issue[]): RelationInput[] {
  const relations: RelationInput[] = [];
  const required = ['occupation_uuid', 'relationType', 'skill_uuid'];
  readCsv(text, source, required, issues, (row, header) => {
    relations.push({
      occupationId: cellOf(header, row, 'occupation_uuid').trim(),
      skillId: cellOf(header, row, 'skill_uuid').trim(),
      type: cellOf(header, row, 'relationType').trim(),
      source,
      line: row.line,
    });
  });
  return relations;
}

function readIscoGroups(text: string, source: string, issues: Issue[]): IscoGroupInput[] {
  const groups: IscoGroupInput[] = [];
  readCsv(text, source, ['code'], issues, (row, header) => {
    const cell = (column: string) => cellOf(header, row, column);
    const labels = { fr: cell('preferredLabel_fr'), en: cell('preferredLabel_en') };
    groups.push({ code: cell('code'), uri: cell('conceptUri'), labels, source, line: row.line });
  });
  return groups;
}

/**
 * Loads the compact ESCO files (French and English labels, relations by UUID) into a taxonomy. Concept
 * ids are the ESCO UUIDs. Bad rows are reported with file, line and column and left out; good rows are
 * kept. Never throws on data (a TypeError if a file's content is not a string).
 */
export function loadEscoCompact(
  files: EscoCompactFiles,
  options: { sources?: EscoCompactSources } = {},
): TaxonomyResult {
  const sources = { ...DEFAULT_SOURCES, ...options.sources };
  const issues: Issue[] = [];
  const skills = readConcepts(files.skills, sources.skills, 'skill', issues);
  const occupations = readConcepts(files.occupations, sources.occupations, 'occupation', issues);
  const relations = readRelations(files.relations, sources.relations, issues);
  const iscoGroups =
    files.iscoGroups === undefined ? [] : readIscoGroups(files.iscoGroups, sources.iscoGroups, issues);
  const result = buildTaxonomy({ skills, occupations, relations, iscoGroups }, { fieldNames: FIELD_NAMES });
  return { taxonomy: result.taxonomy, issues: [...issues, ...result.issues] };
}
