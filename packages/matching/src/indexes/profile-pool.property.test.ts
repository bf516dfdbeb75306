import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProfilePool, type PoolPlace } from './profile-pool.js';
import { ENTRY_SIZE, findSkill } from './skill-postings.js';

interface Profile {
  readonly id: string;
  readonly issues: readonly never[];
  readonly skills: readonly number[];
  readonly skillTags: readonly number[];
  readonly skillMask: number;
  readonly place: PoolPlace;
}

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const KEYS = [0, 1, 2, 3, 4];

// Two places in different grid cells and reach classes, and none: profiles move between cells as they are set.
const PLACES: PoolPlace[] = [
  undefined,
  { lat: 50.41, lon: 4.44, reachKm: 8 },
  { lat: 50.63, lon: 5.57, reachKm: 40 },
];
const arbProfile = fc
  .record({
    id: fc.constantFrom(...IDS),
    skills: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }),
    level: fc.integer({ min: 1, max: 4 }),
    skillMask: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    place: fc.constantFrom(...PLACES),
  })
  .map(({ id, skills, level, skillMask, place }) => ({
    id,
    issues: [] as never[],
    skills,
    skillTags: skills.map((skill) => (skill + level) % 8),
    skillMask,
    place,
  }));
const arbOp = fc.oneof(
  { weight: 3, arbitrary: arbProfile.map((set) => ({ set })) },
  { weight: 2, arbitrary: fc.constantFrom(...IDS).map((remove) => ({ remove })) },
);

/** The ids a list of slots points to, sorted. */
const idsAt = (pool: ProfilePool<Profile>, slots: Iterable<number>) =>
  [...slots].map((slot) => pool.at(slot)?.id ?? `free slot ${slot}`).sort();

/** The entries listed under a skill, as queries read them (packed, over every cell), as `id tag mask`. */
function entriesWithSkill(pool: ProfilePool<Profile>, skill: number): string[] {
  const entries: string[] = [];
  pool.forEachPostings({
    postings: (packed) => {
      const at = findSkill(packed, skill);
      if (at < 0) return;
      for (
        let e = (packed.starts[at] as number) * ENTRY_SIZE;
        e < (packed.starts[at + 1] as number) * ENTRY_SIZE;
        e += ENTRY_SIZE
      ) {
        const [slot, tag, mask] = packed.entries.subarray(e, e + ENTRY_SIZE);
        entries.push(`${pool.at(slot as number)?.id ?? `free slot ${slot}`} ${tag} ${mask}`);
      }
    },
  });
  return entries.sort();
}

describe('ProfilePool', () => {
  it('keeps its postings equal to the profiles it holds through any sequence of sets and removals', () => {
    fc.assert(
      // Each operation is looked at or not: postings read after every change, or packed after several (a profile
      // set, removed and set again in between).
      fc.property(fc.array(fc.tuple(arbOp, fc.boolean()), { maxLength: 30 }), (ops) => {
        const pool = new ProfilePool<Profile>(
          (p) => p,
          (p) => p.place,
        );
        const model = new Map<string, Profile>();
        for (const [at, [op, look]] of ops.entries()) {
          if ('set' in op) {
            pool.set(op.set);
            model.set(op.set.id, op.set);
          } else expect(pool.delete(op.remove)).toBe(model.delete(op.remove));
          if (!look && at < ops.length - 1) continue;
          const profiles = [...model.values()];
          expect(pool.size).toBe(model.size);
          expect([...pool.profiles()].sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual(
            profiles.sort((x, y) => (x.id < y.id ? -1 : 1)),
          );
          for (const id of IDS) expect(pool.get(id)).toBe(model.get(id));
          for (const key of KEYS) {
            const holding = profiles
              .filter((p) => p.skills.includes(key))
              .map((p) => `${p.id} ${p.skillTags[p.skills.indexOf(key)]} ${p.skillMask}`)
              .sort();
            expect(entriesWithSkill(pool, key)).toEqual(holding);
            expect(idsAt(pool, pool.slotsOf(key))).toEqual(holding.map((entry) => entry.split(' ')[0]));
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
