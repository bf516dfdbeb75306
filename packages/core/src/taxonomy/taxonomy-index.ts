// The lookup structures behind Taxonomy, built once from valid data. Any inconsistency here is a
// programmer error (the data did not come through buildTaxonomy), so it throws.
import { buildCsr, findRepeatedColumn, transposeCsr, type Csr } from './csr.js';
import { freezeConcept, freezeIscoGroup, freezeSkillGroup } from './freeze.js';
import { iscoAncestors, isIscoCode } from './isco.js';
import {
  CONCEPT_ID_PATTERN,
  type Concept,
  type IscoGroup,
  type OccupationSkillRelation,
  type RelationColumns,
  type SkillGroup,
  type TaxonomyData,
} from './types.js';

/** Internal indexes of a taxonomy. */
export interface TaxonomyIndex {
  readonly skills: readonly Concept[];
  readonly occupations: readonly Concept[];
  readonly skillGroups: readonly SkillGroup[];
  readonly iscoGroups: readonly IscoGroup[];
  readonly skillIndex: ReadonlyMap<string, number>;
  readonly occupationIndex: ReadonlyMap<string, number>;
  readonly groupById: ReadonlyMap<string, SkillGroup>;
  readonly iscoByCode: ReadonlyMap<string, IscoGroup>;
  /** Rows: occupations; columns: skill indexes. */
  readonly essential: Csr;
  readonly optional: Csr;
  /** Rows: skills; columns: occupation indexes holding the skill (either type). */
  readonly skillOccupations: Csr;
  readonly narrower: ReadonlyMap<string, readonly string[]>;
  /** Every ISCO prefix (1–4 digits) → the occupations under it. */
  readonly occupationsByIsco: ReadonlyMap<string, readonly string[]>;
}

function indexById<T extends { id: string }>(items: readonly T[], seen: Set<string>): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (!CONCEPT_ID_PATTERN.test(item.id)) throw new RangeError(`Invalid concept id "${item.id}"`);
    if (seen.has(item.id)) throw new RangeError(`Duplicate concept id "${item.id}"`);
    seen.add(item.id);
    index.set(item.id, i);
  });
  return index;
}

function checkBroader(items: readonly { id: string; broader: readonly string[] }[], ids: Set<string>): void {
  for (const item of items) {
    for (const parent of item.broader) {
      if (!ids.has(parent)) throw new RangeError(`"${item.id}" has unknown broader concept "${parent}"`);
    }
  }
}

// Objects → columns; an unknown id or type is a programmer error here.
function toColumns(
  relations: readonly OccupationSkillRelation[],
  occupationIndex: ReadonlyMap<string, number>,
  skillIndex: ReadonlyMap<string, number>,
): RelationColumns {
  const columns = {
    occupation: new Int32Array(relations.length),
    skill: new Int32Array(relations.length),
    essential: new Uint8Array(relations.length),
  };
  relations.forEach((relation, i) => {
    const row = occupationIndex.get(relation.occupationId);
    const col = skillIndex.get(relation.skillId);
    if (row === undefined) throw new RangeError(`Unknown occupation "${relation.occupationId}"`);
    if (col === undefined) throw new RangeError(`Unknown skill "${relation.skillId}"`);
    if (relation.type !== 'essential' && relation.type !== 'optional') {
      throw new RangeError(`Invalid relation type "${String(relation.type)}"`);
    }
    columns.occupation[i] = row;
    columns.skill[i] = col;
    columns.essential[i] = relation.type === 'essential' ? 1 : 0;
  });
  return columns;
}

function relationCsrs(
  relations: TaxonomyData['relations'],
  occupationIndex: ReadonlyMap<string, number>,
  skillIndex: ReadonlyMap<string, number>,
): { essential: Csr; optional: Csr; both: Csr } {
  const columns = Array.isArray(relations)
    ? toColumns(relations as readonly OccupationSkillRelation[], occupationIndex, skillIndex)
    : (relations as RelationColumns);
  if (columns.essential.length !== columns.occupation.length) {
    throw new RangeError('Relation columns must have the same length');
  }
  const n = occupationIndex.size;
  const m = skillIndex.size;
  const both = buildCsr(n, m, columns.occupation, columns.skill);
  const repeated = findRepeatedColumn(both);
  if (repeated)
    throw new RangeError(`Skill index ${repeated[1]} linked twice to occupation index ${repeated[0]}`);
  // Split by type in one pass (TypedArray.filter with a callback was a hot spot on ESCO).
  const counts = [0, 0];
  for (const flag of columns.essential) counts[flag ? 1 : 0]! += 1;
  const parts = counts.map((count) => ({
    rows: new Int32Array(count),
    cols: new Int32Array(count),
    size: 0,
  }));
  for (let i = 0; i < columns.essential.length; i++) {
    const part = parts[columns.essential[i] ? 1 : 0]!;
    part.rows[part.size] = columns.occupation[i] as number;
    part.cols[part.size++] = columns.skill[i] as number;
  }
  const pick = (flag: number) => buildCsr(n, m, parts[flag]!.rows, parts[flag]!.cols);
  return { essential: pick(1), optional: pick(0), both };
}

function narrowerMap(
  lists: readonly (readonly { id: string; broader: readonly string[] }[])[],
): Map<string, string[]> {
  const narrower = new Map<string, string[]>();
  for (const list of lists) {
    for (const item of list) {
      for (const parent of item.broader) {
        const children = narrower.get(parent);
        if (children) children.push(item.id);
        else narrower.set(parent, [item.id]);
      }
    }
  }
  for (const children of narrower.values()) Object.freeze(children);
  return narrower;
}

function iscoMap(occupations: readonly Concept[]): Map<string, string[]> {
  const byIsco = new Map<string, string[]>();
  for (const occupation of occupations) {
    const code = occupation.iscoGroup;
    if (code === undefined) continue;
    if (!isIscoCode(code)) throw new RangeError(`Invalid ISCO code "${code}" on "${occupation.id}"`);
    for (const prefix of [code, ...iscoAncestors(code)]) {
      const list = byIsco.get(prefix);
      if (list) list.push(occupation.id);
      else byIsco.set(prefix, [occupation.id]);
    }
  }
  for (const list of byIsco.values()) Object.freeze(list);
  return byIsco;
}

function iscoIndex(groups: readonly IscoGroup[]): Map<string, IscoGroup> {
  const byCode = new Map<string, IscoGroup>();
  for (const group of groups) {
    if (!isIscoCode(group.code)) throw new RangeError(`Invalid ISCO code "${group.code}"`);
    if (byCode.has(group.code)) throw new RangeError(`Duplicate ISCO group "${group.code}"`);
    byCode.set(group.code, group);
  }
  return byCode;
}

/** Copies, freezes and indexes valid taxonomy data. Throws a RangeError on inconsistent data. */
export function indexTaxonomy(data: TaxonomyData): TaxonomyIndex {
  const skills = Object.freeze(data.skills.map((skill) => freezeConcept(skill, 'skill')));
  const occupations = Object.freeze(
    data.occupations.map((occupation) => freezeConcept(occupation, 'occupation')),
  );
  const skillGroups = Object.freeze(data.skillGroups.map(freezeSkillGroup));
  const iscoGroups = Object.freeze(data.iscoGroups.map(freezeIscoGroup));
  const ids = new Set<string>();
  const skillIndex = indexById(skills, ids);
  const occupationIndex = indexById(occupations, ids);
  const groupIndex = indexById(skillGroups, ids);
  for (const list of [skills, occupations, skillGroups]) checkBroader(list, ids);
  const { essential, optional, both } = relationCsrs(data.relations, occupationIndex, skillIndex);
  return {
    skills,
    occupations,
    skillGroups,
    iscoGroups,
    skillIndex,
    occupationIndex,
    groupById: new Map([...groupIndex].map(([id, i]) => [id, skillGroups[i] as SkillGroup])),
    iscoByCode: iscoIndex(iscoGroups),
    essential,
    optional,
    skillOccupations: transposeCsr(both, skills.length),
    narrower: narrowerMap([skills, occupations, skillGroups]),
    occupationsByIsco: iscoMap(occupations),
  };
}
