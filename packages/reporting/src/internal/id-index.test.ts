import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from './id-index.js';

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

  it('keeps working when many identifiers collide in a small table', () => {
    const index = new IdIndex(3000);
    const ids = Array.from({ length: 3000 }, (_, i) => `cand-${i}`);
    ids.forEach((id) => index.add(id));
    expect(ids.every((id, i) => index.get(id) === i)).toBe(true);
    expect(index.get('cand-3000')).toBe(-1);
  });
});
