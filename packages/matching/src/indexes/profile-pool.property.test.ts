import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfilePool } from './profile-pool.js';

interface Profile {
  readonly id: string;
  readonly issues: readonly never[];
  readonly skills: readonly number[];
}

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const KEYS = [0, 1, 2, 3, 4];

const arbProfile = fc.record({
  id: fc.constantFrom(...IDS),
  issues: fc.constant([] as never[]),
  skills: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }),
});
const arbOp = fc.oneof(
  { weight: 3, arbitrary: arbProfile.map((set) => ({ set })) },
  { weight: 2, arbitrary: fc.constantFrom(...IDS).map((remove) => ({ remove })) },
);

/** The ids a list of slots points to, sorted. */
const idsAt = (pool: ProfilePool<Profile>, slots: Iterable<number>) =>
  [...slots].map((slot) => pool.at(slot)?.id ?? `free slot ${slot}`).sort();

/** The slots listed under a skill, over every postings map the pool visits. */
function slotsWithSkill(pool: ProfilePool<Profile>, skill: number): number[] {
  const slots: number[] = [];
  pool.forEachPostings({ postings: (bySkill) => slots.push(...(bySkill.get(skill)?.slotList() ?? [])) });
  return slots;
}

describe('ProfilePool', () => {
  it('keeps its postings equal to the profiles it holds through any sequence of sets and removals', () => {
    fc.assert(
      fc.property(fc.array(arbOp, { maxLength: 30 }), (ops) => {
        const pool = new ProfilePool<Profile>((p) => p);
        const model = new Map<string, Profile>();
        for (const op of ops) {
          if ('set' in op) {
            pool.set(op.set);
            model.set(op.set.id, op.set);
          } else expect(pool.delete(op.remove)).toBe(model.delete(op.remove));
          const profiles = [...model.values()];
          expect(pool.size).toBe(model.size);
          expect([...pool.profiles()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
            profiles.sort((x, y) => (x.id < y.id ? -1 : 1)),
          );
          for (const id of IDS) expect(pool.get(id)).toBe(model.get(id));
          for (const key of KEYS) {
            const holding = profiles
              .filter((p) => p.skills.includes(key))
              .map((p) => p.id)
              .sort();
            expect(idsAt(pool, slotsWithSkill(pool, key))).toEqual(holding);
          }
          const bare = profiles
            .filter((p) => p.skills.length === 0)
            .map((p) => p.id)
            .sort();
          expect(idsAt(pool, pool.withoutSkills())).toEqual(bare);
          expect(pool.slotCount).toBeLessThanOrEqual(IDS.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
