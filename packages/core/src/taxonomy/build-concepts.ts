// Validation of the concepts of a taxonomy input: ids, labels, enumerations and broader links.
import type { IssueParams } from '../issues/issue.js';
import type { IssueCollector, TaxonomyListName } from './build-issues.js';
import { freezeFresh } from './freeze.js';
import { cleanLabels, cleanText } from './clean-labels.js';
import { ISCO_FORMAT, isIscoCode } from './isco.js';
import {
  CONCEPT_ID_PATTERN,
  REUSE_LEVELS,
  SKILL_TYPES,
  type Concept,
  type ConceptInput,
  type ConceptKind,
  type ConceptLabels,
  type ReuseLevel,
  type SkillGroup,
  type SkillGroupInput,
  type SkillType,
} from './types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Where each kept id was first seen, to reject repeats across all lists. */
export type SeenIds = Map<string, { readonly line?: number; readonly index: number }>;

/** Checks a record's id (format, uniqueness); reports and returns false when it must be dropped. */
export function acceptId(
  record: { id: string; line?: number },
  list: TaxonomyListName,
  index: number,
  seen: SeenIds,
  issues: IssueCollector,
): boolean {
  const id: unknown = record.id;
  if (typeof id !== 'string' || !CONCEPT_ID_PATTERN.test(id)) {
    issues.add('invalid_id', list, index, record, 'id', { value: id });
    return false;
  }
  const first = seen.get(id);
  if (first !== undefined) {
    const params: IssueParams =
      first.line !== undefined ? { firstLine: first.line } : { firstIndex: first.index };
    issues.add('duplicate_id', list, index, record, 'id', { value: id, params });
    return false;
  }
  seen.set(id, { index, ...(record.line !== undefined ? { line: record.line } : {}) });
  return true;
}

function checkEnum<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  at: { list: TaxonomyListName; index: number; record: ConceptInput; field: string; issues: IssueCollector },
): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  at.issues.add('invalid_value', at.list, at.index, at.record, at.field, {
    severity: 'warning',
    value,
    params: { allowed: [...allowed] },
  });
  return undefined;
}

/** What checking a concept needs besides the record: where issues go, and what is known. */
export interface ConceptContext {
  readonly issues: IssueCollector;
  /** Every accepted concept id (for broader links). */
  readonly known: SeenIds;
  /** The ISCO codes of the taxonomy's ISCO list, when it has one. */
  readonly iscoCodes?: ReadonlySet<string>;
}

function checkIsco(record: ConceptInput, index: number, context: ConceptContext): string | undefined {
  const code = cleanText(record.iscoGroup);
  if (code === undefined) return undefined;
  if (!isIscoCode(code)) {
    const detail = { severity: 'warning' as const, value: code, params: ISCO_FORMAT };
    context.issues.add('invalid_format', 'occupations', index, record, 'iscoGroup', detail);
    return undefined;
  }
  if (context.iscoCodes !== undefined && !context.iscoCodes.has(code)) {
    // Kept: the code is well formed, only its title is missing.
    const detail = { severity: 'warning' as const, value: code, params: { kind: 'isco_group' } };
    context.issues.add('unknown_reference', 'occupations', index, record, 'iscoGroup', detail);
  }
  return code;
}

// Keeps the broader links to accepted concepts; the others are warnings.
function checkBroader(
  record: ConceptInput | SkillGroupInput,
  list: TaxonomyListName,
  index: number,
  context: ConceptContext,
): string[] {
  const broader = new Set<string>();
  for (const parent of record.broader ?? []) {
    if (context.known.has(parent)) broader.add(parent);
    else {
      const detail = { severity: 'warning' as const, value: parent, params: { kind: 'concept' } };
      context.issues.add('unknown_reference', list, index, record, 'broader', detail);
    }
  }
  return [...broader];
}

function checkLabels(
  record: ConceptInput | SkillGroupInput,
  list: TaxonomyListName,
  index: number,
  issues: IssueCollector,
): ConceptLabels {
  const labels = cleanLabels(record.labels);
  if (labels.fr.preferred === undefined && labels.en.preferred === undefined) {
    issues.add('required', list, index, record, 'preferredLabel', { severity: 'warning' });
  }
  return labels;
}

/** The frozen concept of an accepted record, its enumerations, ISCO code and broader links checked. */
export function toConcept(
  record: ConceptInput,
  kind: ConceptKind,
  index: number,
  context: ConceptContext,
): Concept {
  const list: TaxonomyListName = kind === 'skill' ? 'skills' : 'occupations';
  const labels = checkLabels(record, list, index, context.issues);
  const at = { list, index, record, issues: context.issues };
  const isSkill = kind === 'skill';
  const skillType = isSkill
    ? checkEnum<SkillType>(record.skillType, SKILL_TYPES, { ...at, field: 'skillType' })
    : undefined;
  const reuseLevel = isSkill
    ? checkEnum<ReuseLevel>(record.reuseLevel, REUSE_LEVELS, { ...at, field: 'reuseLevel' })
    : undefined;
  const iscoGroup = isSkill ? undefined : checkIsco(record, index, context);
  const broader = checkBroader(record, list, index, context);
  // Optional fields set one by one: conditional spreads made this the slowest step of loading ESCO.
  const concept: Writable<Concept> = { id: record.id, kind, labels, broader };
  const uri = cleanText(record.uri);
  if (uri !== undefined) concept.uri = uri;
  if (iscoGroup !== undefined) concept.iscoGroup = iscoGroup;
  if (skillType !== undefined) concept.skillType = skillType;
  if (reuseLevel !== undefined) concept.reuseLevel = reuseLevel;
  return freezeFresh(concept);
}

/** The frozen skill group of an accepted record. */
export function toSkillGroup(record: SkillGroupInput, index: number, context: ConceptContext): SkillGroup {
  const labels = checkLabels(record, 'skillGroups', index, context.issues);
  const group: Writable<SkillGroup> = {
    id: record.id,
    labels,
    broader: checkBroader(record, 'skillGroups', index, context),
  };
  const uri = cleanText(record.uri);
  if (uri !== undefined) group.uri = uri;
  return freezeFresh(group);
}
