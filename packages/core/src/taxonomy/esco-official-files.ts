// Readers for the files of the official ESCO CSV download (one language per file set; synonyms are
// separated by newlines inside quoted cells).
import type { Issue } from '../issues/issue.js';
import { cellOf, readCsv } from './csv-table.js';
import { readConceptId, readEscoSkillType, splitLabels } from './esco-fields.js';
import type {
  ConceptInput,
  IscoGroupInput,
  RelationInput,
  SkillGroupInput,
  TaxonomyLocale,
} from './types.js';

/** The files of an official ESCO download that Passerelle reads. */
export type EscoOfficialFileKey =
  'occupations' | 'skills' | 'relations' | 'skillGroups' | 'broaderRelations' | 'iscoGroups';

/** The official file names of a language, e.g. `occupationSkillRelations_fr.csv`. */
export function escoOfficialFileNames(language: string): Record<EscoOfficialFileKey, string> {
  return {
    occupations: `occupations_${language}.csv`,
    skills: `skills_${language}.csv`,
    relations: `occupationSkillRelations_${language}.csv`,
    skillGroups: `skillGroups_${language}.csv`,
    broaderRelations: `broaderRelationsSkillPillar_${language}.csv`,
    iscoGroups: `ISCOGroups_${language}.csv`,
  };
}

/** A concept file's rows: skills (`skills_xx.csv`), occupations or skill groups. */
export type EscoConceptKind = 'skill' | 'occupation' | 'skillGroup';

const NEWLINES = /\r?\n/;

/** Reads `skills_xx.csv`, `occupations_xx.csv` or `skillGroups_xx.csv` into builder input. */
export function readOfficialConcepts(
  text: string,
  source: string,
  kind: EscoConceptKind,
  language: TaxonomyLocale,
  issues: Issue[],
): (ConceptInput & SkillGroupInput)[] {
  const concepts: (ConceptInput & SkillGroupInput)[] = [];
  readCsv(text, source, ['conceptUri', 'preferredLabel'], issues, (row, header) => {
    const ref = readConceptId(header, row, 'conceptUri', issues);
    if (ref === undefined) return;
    const preferred = cellOf(header, row, 'preferredLabel');
    const labels = {
      [language]: { preferred, alt: splitLabels(cellOf(header, row, 'altLabels'), NEWLINES) },
    };
    const concept = { id: ref.id, uri: ref.uri, labels, source, line: row.line };
    if (kind === 'skillGroup') concepts.push(concept);
    else if (kind === 'occupation')
      concepts.push({ ...concept, iscoGroup: cellOf(header, row, 'iscoGroup') });
    else {
      const skillType = readEscoSkillType(header, row, issues);
      const reuseLevel = cellOf(header, row, 'reuseLevel');
      concepts.push({ ...concept, reuseLevel, ...(skillType !== undefined ? { skillType } : {}) });
    }
  });
  return concepts;
}

/** Reads `occupationSkillRelations_xx.csv` (occupationUri, relationType, skillType, skillUri). */
export function readOfficialRelations(text: string, source: string, issues: Issue[]): RelationInput[] {
  const relations: RelationInput[] = [];
  readCsv(text, source, ['occupationUri', 'relationType', 'skillUri'], issues, (row, header) => {
    const occupation = readConceptId(header, row, 'occupationUri', issues);
    const skill = readConceptId(header, row, 'skillUri', issues);
    if (occupation === undefined || skill === undefined) return;
    const type = cellOf(header, row, 'relationType').trim();
    relations.push({ occupationId: occupation.id, skillId: skill.id, type, source, line: row.line });
  });
  return relations;
}

/** Reads `ISCOGroups_xx.csv` (conceptUri, code, preferredLabel…). */
export function readOfficialIscoGroups(
  text: string,
  source: string,
  language: TaxonomyLocale,
  issues: Issue[],
): IscoGroupInput[] {
  const groups: IscoGroupInput[] = [];
  readCsv(text, source, ['code', 'preferredLabel'], issues, (row, header) => {
    const labels = { [language]: cellOf(header, row, 'preferredLabel') };
    groups.push({
      code: cellOf(header, row, 'code'),
      uri: cellOf(header, row, 'conceptUri'),
      labels,
      source,
      line: row.line,
    });
  });
  return groups;
}

/** One broader link of `broaderRelationsSkillPillar_xx.csv`, with where it was read. */
export interface BroaderLink {
  readonly conceptId: string;
  readonly broaderId: string;
  readonly line: number;
}

/**
 * Reads a broader-relations file (conceptUri, broaderUri). Links to ISCO groups (`broaderType`
 * `ISCOGroup`, in the occupation pillar's file) are skipped: ISCO codes are kept on the occupations.
 */
export function readOfficialBroader(text: string, source: string, issues: Issue[]): BroaderLink[] {
  const links: BroaderLink[] = [];
  readCsv(text, source, ['conceptUri', 'broaderUri'], issues, (row, header) => {
    if (cellOf(header, row, 'broaderType').trim() === 'ISCOGroup') return;
    const concept = readConceptId(header, row, 'conceptUri', issues);
    const broader = readConceptId(header, row, 'broaderUri', issues);
    if (concept === undefined || broader === undefined) return;
    links.push({ conceptId: concept.id, broaderId: broader.id, line: row.line });
  });
  return links;
}
