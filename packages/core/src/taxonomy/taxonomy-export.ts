// A taxonomy's relations back out of its CSR arrays, as columns or as objects.
import { csrRow, type Csr } from './csr.js';
import type { TaxonomyIndex } from './taxonomy-index.js';
import type { OccupationSkillRelation, RelationColumns } from './types.js';

// The row of every entry of a CSR.
function rowsOf(csr: Csr): Int32Array {
  const rows = new Int32Array(csr.indices.length);
  for (let r = 0; r + 1 < csr.offsets.length; r++) rows.fill(r, csr.offsets[r], csr.offsets[r + 1]);
  return rows;
}

/** The relations as fresh columns, essential ones first. */
export function relationColumnsOf(index: TaxonomyIndex): RelationColumns {
  const { essential, optional } = index;
  const count = essential.indices.length;
  const flags = new Uint8Array(count + optional.indices.length).fill(1, 0, count);
  const occupation = new Int32Array(flags.length);
  occupation.set(rowsOf(essential));
  occupation.set(rowsOf(optional), count);
  const skill = new Int32Array(flags.length);
  skill.set(essential.indices);
  skill.set(optional.indices, count);
  return { occupation, skill, essential: flags };
}

/** The relations as objects, occupation by occupation, essential ones first. */
export function relationObjectsOf(index: TaxonomyIndex): OccupationSkillRelation[] {
  const relations: OccupationSkillRelation[] = [];
  index.occupations.forEach((occupation, row) => {
    for (const [type, csr] of [
      ['essential', index.essential],
      ['optional', index.optional],
    ] as const) {
      for (const col of csrRow(csr, row)) {
        const skillId = index.skills[col]?.id as string;
        relations.push({ occupationId: occupation.id, skillId, type });
      }
    }
  });
  return relations;
}
