import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex, hashOf } from './id-index.js';

describe('IdIndex', () => {
  it('finds every identifier added at its position, and nothing else (as a Map would)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 300 }),
        fc.array(fc.string()),
        (ids, probes) => {
          const index = new IdIndex(ids.length);
          const map = new Map<string, number>();
          ids.forEach((id, i) => {
            expect(index.add(id)).toBe(i);
            map.set(id, i);
          });
          for (const id of [...ids, ...probes]) expect(index.get(id)).toBe(map.get(id) ?? -1);
        },
      ),
    );
  });

  it('adds each identifier once, as a Set would, and keeps the position it was first given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('', 'a', 'é', '\u{1F600}'))),
        (ids) => {
          const index = new IdIndex(ids.length);
          const seen = new Map<string, number>();
          for (const id of ids) {
            expect(index.addNew(id)).toBe(!seen.has(id));
            if (!seen.has(id)) seen.set(id, seen.size);
            expect(index.get(id)).toBe(seen.get(id));
            expect(index.add(id)).toBe(seen.get(id));
          }
          expect(index.ids).toEqual([...seen.keys()]);
        },
      ),
    );
  });

  it('tells apart identifiers whose hashes are equal', () => {
    // Pairs with the same 32-bit FNV-1a hash.
    expect(hashOf('costarring')).toBe(hashOf('liquid'));
    expect(hashOf('declinate')).toBe(hashOf('macallums'));
    const index = new IdIndex(4);
    expect(index.addNew('costarring')).toBe(true);
    expect(index.get('liquid')).toBe(-1);
    expect(index.addNew('liquid')).toBe(true);
    expect(index.addNew('declinate')).toBe(true);
    expect([
      index.get('costarring'),
      index.get('liquid'),
      index.get('declinate'),
      index.get('macallums'),
    ]).toEqual([0, 1, 2, -1]);
  });

  it('keeps working when many identifiers collide in a small table', () => {
    const index = new IdIndex(3000);
    const ids = Array.from({ length: 3000 }, (_, i) => `cand-${i}`);
    ids.forEach((id) => index.add(id));
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
    expect(index.get('cand-3000')).toBe(-1);
  });
});
