import type { Issue } from '../issues/issue.js';
import { acceptId, toConcept, toSkillGroup, type ConceptContext, type SeenIds } from './build-concepts.js';
import { toIscoGroups } from './build-isco.js';
import { IssueCollector, type TaxonomyFieldNames, type TaxonomyListName } from './build-issues.js';
import { toRelationColumns } from './build-relations.js';
import { Taxonomy } from './taxonomy.js';
import type { TaxonomyInput } from './types.js';

/** A taxonomy with the problems found in the data it was built from. */
export interface TaxonomyResult {
  readonly taxonomy: Taxonomy;
  /** Errors (record dropped) and warnings (record kept, part ignored). */
  readonly issues: Issue[];
}

/** Options of {@link buildTaxonomy}. */
export interface BuildTaxonomyOptions {
  /** Column names to quote in issues instead of the builder's field names (loaders set this). */
  readonly fieldNames?: TaxonomyFieldNames;
}

function checkInput(input: TaxonomyInput): void {
  if (input === null || typeof input !== 'object') throw new TypeError('buildTaxonomy expects an object');
  for (const key of ['skills', 'occupations', 'skillGroups', 'relations', 'iscoGroups'] as const) {
    const value: unknown = input[key];
    const optional = key !== 'skills' && key !== 'occupations';
    if (!(Array.isArray(value) || (optional && value === undefined))) {
      throw new TypeError(`buildTaxonomy: "${key}" must be an array`);
    }
  }
}

// First pass: which records keep their place (valid, first of their id).
function acceptAll(
  records: readonly { id: string; line?: number }[],
  list: TaxonomyListName,
  seen: SeenIds,
  issues: IssueCollector,
): number[] {
  const accepted: number[] = [];
  records.forEach((record, index) => {
    if (acceptId(record, list, index, seen, issues)) accepted.push(index);
  });
  return accepted;
}

const positions = (items: readonly { id: string }[]) => new Map(items.map((item, index) => [item.id, index]));

/**
 * Builds a taxonomy from user data, keeping every valid record and reporting the others: invalid ids
 * (`invalid_id`) and repeated ids (`duplicate_id`, the first one wins) drop the record; relations to
 * unknown concepts drop the relation (`unknown_reference` error); unknown broader concepts, unknown ISCO
 * groups, unknown skill types or reuse levels and missing labels are warnings. Never throws on data;
 * throws a TypeError when `input` does not have the expected shape.
 */
export function buildTaxonomy(input: TaxonomyInput, options: BuildTaxonomyOptions = {}): TaxonomyResult {
  checkInput(input);
  const issues = new IssueCollector(options.fieldNames);
  const seen: SeenIds = new Map();
  const groupRecords = input.skillGroups ?? [];
  const skillAt = acceptAll(input.skills, 'skills', seen, issues);
  const occupationAt = acceptAll(input.occupations, 'occupations', seen, issues);
  const groupAt = acceptAll(groupRecords, 'skillGroups', seen, issues);
  const iscoGroups = toIscoGroups(input.iscoGroups ?? [], issues);
  const context: ConceptContext = {
    issues,
    known: seen,
    ...(iscoGroups.length > 0 ? { iscoCodes: new Set(iscoGroups.map((group) => group.code)) } : {}),
  };
  // Second pass: the records themselves, now that every id is known.
  const skills = skillAt.map((i) => toConcept(input.skills[i]!, 'skill', i, context));
  const occupations = occupationAt.map((i) => toConcept(input.occupations[i]!, 'occupation', i, context));
  const skillGroups = groupAt.map((i) => toSkillGroup(groupRecords[i]!, i, context));
  const relations = toRelationColumns(
    input.relations ?? [],
    positions(skills),
    positions(occupations),
    issues,
  );
  const taxonomy = new Taxonomy({ skills, occupations, skillGroups, iscoGroups, relations });
  return { taxonomy, issues: issues.issues };
}
