// Validation of occupation→skill relations: types, references, repeats.
import type { IssueCollector } from './build-issues.js';
import type { RelationColumns, RelationInput } from './types.js';

const RELATION_TYPES = ['essential', 'optional'] as const;

interface Resolved {
  readonly occupation: Int32Array;
  readonly skill: Int32Array;
  readonly essential: Uint8Array;
  /** Position of each resolved relation in the input. */
  readonly record: Int32Array;
  readonly count: number;
}

// Ids → indexes; a bad type or an unknown concept drops the relation.
function resolve(
  records: readonly RelationInput[],
  skillIndex: ReadonlyMap<string, number>,
  occupationIndex: ReadonlyMap<string, number>,
  issues: IssueCollector,
): Resolved {
  const n = records.length;
  const out = { occupation: new Int32Array(n), skill: new Int32Array(n), essential: new Uint8Array(n) };
  const record = new Int32Array(n);
  let count = 0;
  // Files list an occupation's relations together: reuse the last lookup (Map lookups dominated this loop).
  let lastId: string | undefined;
  let lastOccupation: number | undefined;
  for (let index = 0; index < n; index++) {
    const input = records[index] as RelationInput;
    const type = input.type;
    if (type !== 'essential' && type !== 'optional') {
      const params = { allowed: [...RELATION_TYPES] };
      issues.add('invalid_value', 'relations', index, input, 'type', { value: type, params });
      continue;
    }
    if (input.occupationId !== lastId) {
      lastId = input.occupationId;
      lastOccupation = occupationIndex.get(lastId);
    }
    const occupation = lastOccupation;
    const skill = skillIndex.get(input.skillId);
    if (occupation === undefined || skill === undefined) {
      const [field, value, kind] =
        occupation === undefined
          ? ['occupationId', input.occupationId, 'occupation']
          : ['skillId', input.skillId, 'skill'];
      issues.add('unknown_reference', 'relations', index, input, field, { value, params: { kind } });
      continue;
    }
    out.occupation[count] = occupation;
    out.skill[count] = skill;
    out.essential[count] = type === 'essential' ? 1 : 0;
    record[count++] = index;
  }
  return { ...out, record, count };
}

// Marks repeats of an (occupation, skill) pair. Relations are visited per occupation in input order
// (a stable counting sort), with a per-skill stamp instead of a Map of pairs: a Map of 123,417 keys
// was a third of the time spent on ESCO's relations.
function markRepeats(resolved: Resolved, occupationCount: number, skillCount: number): Int32Array {
  const { occupation, skill, count } = resolved;
  const start = new Int32Array(occupationCount + 1);
  for (let i = 0; i < count; i++) start[(occupation[i] as number) + 1]! += 1;
  for (let r = 0; r < occupationCount; r++) start[r + 1]! += start[r] as number;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[start[occupation[i] as number]!++] = i;
  // firstOf[i] = position of the first relation with the same pair, or -1 for a first one.
  const firstOf = new Int32Array(count).fill(-1);
  const stampRow = new Int32Array(skillCount).fill(-1);
  const stampAt = new Int32Array(skillCount);
  for (const i of order) {
    const s = skill[i] as number;
    if (stampRow[s] === occupation[i]) firstOf[i] = stampAt[s] as number;
    else {
      stampRow[s] = occupation[i] as number;
      stampAt[s] = i;
    }
  }
  return firstOf;
}

/**
 * The valid relations, in input order, as columns of occupation and skill indexes (positions in the
 * given maps). An unknown type or concept drops the relation (error); a repeated pair keeps one
 * relation (warning), `essential` winning over `optional`.
 */
export function toRelationColumns(
  records: readonly RelationInput[],
  skillIndex: ReadonlyMap<string, number>,
  occupationIndex: ReadonlyMap<string, number>,
  issues: IssueCollector,
): RelationColumns {
  const resolved = resolve(records, skillIndex, occupationIndex, issues);
  const firstOf = markRepeats(resolved, occupationIndex.size, skillIndex.size);
  const { occupation, skill, essential, record, count } = resolved;
  const keptAt = new Int32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i++) {
    const first = firstOf[i] as number;
    if (first === -1) {
      keptAt[i] = kept;
      occupation[kept] = occupation[i] as number;
      skill[kept] = skill[i] as number;
      essential[kept++] = essential[i] as number;
      continue;
    }
    const input = records[record[i] as number] as RelationInput;
    issues.add('duplicate_value', 'relations', record[i] as number, input, 'skillId', {
      severity: 'warning',
      value: input.skillId,
    });
    // The first of the pair came earlier (first < i), so it is already in place.
    if (essential[i] === 1) essential[keptAt[first] as number] = 1;
  }
  return {
    occupation: occupation.slice(0, kept),
    skill: skill.slice(0, kept),
    essential: essential.slice(0, kept),
  };
}
