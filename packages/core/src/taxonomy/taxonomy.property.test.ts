import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.js';
import { Taxonomy } from './taxonomy.js';
import type { TaxonomyInput } from './types.js';

const idArb = fc.stringMatching(/^[A-Za-z0-9._:-]{1,10}$/);

/** Valid builder input: unique ids, broader links to groups or earlier skills, relations with repeats. */
const inputArb: fc.Arbitrary<TaxonomyInput> = fc
  .record({ skills: fc.nat(12), occupations: fc.nat(6), groups: fc.nat(4) })
  .chain((n) =>
    fc
      .uniqueArray(idArb, {
        minLength: n.skills + n.occupations + n.groups,
        maxLength: n.skills + n.occupations + n.groups,
      })
      .chain((ids) => {
        const skillIds = ids.slice(0, n.skills);
        const occupationIds = ids.slice(n.skills, n.skills + n.occupations);
        const groupIds = ids.slice(n.skills + n.occupations);
        const parents = [...groupIds, ...skillIds];
        const relation = fc.record({ occupation: fc.nat(), skill: fc.nat(), essential: fc.boolean() });
        return fc
          .record({
            broader: fc.array(fc.subarray(parents, { maxLength: Math.min(2, parents.length) }), {
              minLength: n.skills,
              maxLength: n.skills,
            }),
            groupBroader: fc.array(fc.subarray(groupIds, { maxLength: Math.min(1, groupIds.length) }), {
              minLength: n.groups,
              maxLength: n.groups,
            }),
            relations: fc.array(relation, {
              maxLength: skillIds.length > 0 && occupationIds.length > 0 ? 40 : 0,
            }),
          })
          .map((parts) => ({
            skills: skillIds.map((id, i) => ({
              id,
              labels: { en: { preferred: `skill ${id}` } },
              broader: parts.broader[i] ?? [],
            })),
            occupations: occupationIds.map((id) => ({ id, labels: { fr: { preferred: `métier ${id}` } } })),
            skillGroups: groupIds.map((id, i) => ({
              id,
              labels: { fr: { preferred: id } },
              broader: parts.groupBroader[i] ?? [],
            })),
            relations: parts.relations.map((r) => ({
              occupationId: occupationIds[r.occupation % occupationIds.length] as string,
              skillId: skillIds[r.skill % skillIds.length] as string,
              type: r.essential ? 'essential' : 'optional',
            })),
          }));
      }),
  );

/** What the relations should become: one per pair, essential if any input said so. */
function expectedRelations(input: TaxonomyInput): Map<string, Map<string, 'essential' | 'optional'>> {
  const byOccupation = new Map<string, Map<string, 'essential' | 'optional'>>();
  for (const relation of input.relations ?? []) {
    const skills = byOccupation.get(relation.occupationId) ?? new Map<string, 'essential' | 'optional'>();
    byOccupation.set(relation.occupationId, skills);
    if (skills.get(relation.skillId) !== 'essential')
      skills.set(relation.skillId, relation.type as 'essential');
  }
  return byOccupation;
}

describe('Taxonomy invariants', () => {
  it('interns skills as a bijection onto 0..n-1, in input order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { taxonomy } = buildTaxonomy(input);
        expect(taxonomy.skills.map((skill) => skill.id)).toEqual(input.skills.map((skill) => skill.id));
        for (let i = 0; i < taxonomy.skillCount; i++)
          expect(taxonomy.skillIndex(taxonomy.skillIdAt(i))).toBe(i);
      }),
    );
  });

  it('stores exactly the input relations, without repeats, essential winning', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { taxonomy, issues } = buildTaxonomy(input);
        expect(issues.every((issue) => issue.code === 'duplicate_value')).toBe(true);
        const expected = expectedRelations(input);
        let count = 0;
        for (const occupation of taxonomy.occupations) {
          const skills = expected.get(occupation.id) ?? new Map();
          const of = (type: string) => [...skills].filter(([, t]) => t === type).map(([id]) => id);
          expect(new Set(taxonomy.essentialSkills(occupation.id))).toEqual(new Set(of('essential')));
          expect(new Set(taxonomy.optionalSkills(occupation.id))).toEqual(new Set(of('optional')));
          const indexes = [...taxonomy.essentialSkillIndexes(occupation.id)];
          expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
          count += skills.size;
        }
        expect(taxonomy.relationCount).toBe(count);
        expect(issues.length).toBe((input.relations ?? []).length - count);
      }),
    );
  });

  it('makes occupationsWithSkill the inverse of the relations', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { taxonomy } = buildTaxonomy(input);
        for (const skill of taxonomy.skills) {
          const holders = taxonomy.occupations
            .filter((o) => taxonomy.relationType(o.id, skill.id) !== undefined)
            .map((o) => o.id);
          expect(taxonomy.occupationsWithSkill(skill.id)).toEqual(holders);
        }
      }),
    );
  });

  it('makes broader and narrower inverse, and siblings symmetric', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { taxonomy } = buildTaxonomy(input);
        const ids = [...taxonomy.skills, ...taxonomy.occupations, ...taxonomy.skillGroups].map((c) => c.id);
        for (const id of ids) {
          for (const parent of taxonomy.broader(id)) expect(taxonomy.narrower(parent)).toContain(id);
          for (const child of taxonomy.narrower(id)) expect(taxonomy.broader(child)).toContain(id);
          for (const sibling of taxonomy.siblings(id)) {
            expect(sibling).not.toBe(id);
            expect(taxonomy.siblings(sibling)).toContain(id);
          }
        }
      }),
    );
  });

  it('survives toData and relationColumns unchanged', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { taxonomy } = buildTaxonomy(input);
        for (const copy of [
          new Taxonomy(taxonomy.toData()),
          new Taxonomy({ ...taxonomy.toData(), relations: taxonomy.relationColumns() }),
        ]) {
          expect(copy.toData()).toEqual(taxonomy.toData());
        }
      }),
    );
  });
});
