import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMUTE_SOURCES,
  HashedRows,
  ID_LISTS,
  LANGUAGE_LISTS,
  SharedValues,
  type CommuteSource,
  type SourceKind,
} from './shared-values.js';

const arbCommute: fc.Arbitrary<CommuteSource> = fc.record({
  list: fc.array(
    fc.record(
      {
        mode: fc.constantFrom('car', 'public_transport', 'bike', 'walk'),
        maxMinutes: fc.constantFrom(15, 30, 45, 60, 30.5),
        maxKm: fc.constantFrom(5, 10, 12.25, 12.5, 40),
      },
      { requiredKeys: ['mode'] },
    ),
    { maxLength: 3 },
  ),
  canDrive: fc.boolean(),
});
const arbLanguages = fc.array(
  fc.record({
    code: fc.constantFrom('fr', 'nl', 'de', 'en', 'ar'),
    level: fc.constantFrom('A1', 'B2', 'native'),
  }),
  { maxLength: 3 },
);
const arbIds = fc.array(fc.constantFrom('a', 'b', 'ab', 'occ-1', 'occ-10'), { maxLength: 3 });

/** Whether two sources are alike: same fields, an unset limit unlike any set one. */
const alike = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function checkKind<S>(kind: SourceKind<S>, arb: fc.Arbitrary<S>) {
  fc.assert(
    fc.property(arb, arb, (a, b) => {
      expect(kind.same(a, b)).toBe(alike(a, b));
      if (kind.same(a, b)) expect(kind.hash(a)).toBe(kind.hash(b));
      expect(kind.same(kind.copy(a), a)).toBe(true);
      expect(kind.hash(kind.copy(a))).toBe(kind.hash(a));
    }),
    { numRuns: 400 },
  );
}

describe('shared values', () => {
  it('find sources alike exactly: every field counts, equal sources hash alike', () => {
    checkKind(COMMUTE_SOURCES, arbCommute);
    checkKind(LANGUAGE_LISTS, arbLanguages);
    checkKind(ID_LISTS, arbIds);
  });

  it('give one row per distinct source, in the order first met, whatever the hashes', () => {
    // A kind whose hashes all collide: the comparison alone must tell sources apart.
    const colliding: SourceKind<readonly string[]> = { ...ID_LISTS, hash: () => 7 };
    fc.assert(
      fc.property(fc.array(arbIds, { maxLength: 30 }), (lists) => {
        const rows = new HashedRows(colliding);
        const seen: string[] = [];
        for (const list of lists) {
          const key = JSON.stringify(list);
          let row = rows.find(list);
          if (row < 0) row = rows.add(list);
          if (!seen.includes(key)) seen.push(key);
          expect(row).toBe(seen.indexOf(key));
        }
        expect(rows.rows.map((r) => JSON.stringify(r))).toEqual(seen);
      }),
    );
  });

  it('keep a copy of the source, and at most `limit` values; past it a value is still made', () => {
    const shared = new SharedValues(ID_LISTS, 2);
    const first = ['a'];
    const one = shared.get(first, (ids) => ({ ids }));
    first[0] = 'changed';
    expect(shared.get(['a'], () => ({ ids: ['again'] }))).toBe(one);
    expect(shared.get(['changed'], (ids) => ({ ids }))).not.toBe(one);
    const late = shared.get(['late'], (ids) => ({ ids }));
    expect(late).toEqual({ ids: ['late'] });
    // Not kept: asked again, it is made again.
    expect(shared.get(['late'], () => ({ ids: ['made again'] }))).toEqual({ ids: ['made again'] });
  });
});
