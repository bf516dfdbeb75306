import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedFolds, randomFolds } from './folds.js';
import { mulberry32, seededHalves, seededSample } from './seeded-sampling.js';

describe('seeded draws', () => {
  it('give the same numbers for the same seed, and other numbers for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const x of draw(20250611)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('sample distinct items, and cut halves that together hold every item once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { maxLength: 60 }),
        fc.nat(70),
        fc.integer(),
        (items, size, seed) => {
          const indexes = items.map((_, i) => i);
          const sample = seededSample(indexes, size, seed);
          expect(sample).toHaveLength(Math.min(size, items.length));
          expect(new Set(sample).size).toBe(sample.length);
          const [first, second] = seededHalves(indexes, seed);
          expect(first.length - second.length).toBe(items.length % 2);
          expect([...first, ...second].sort((a, b) => a - b)).toEqual(indexes);
        },
      ),
    );
  });
});

// Hand-made titles: `key` stands for the normalised words.
const rows = [
  { id: 1, key: 'sales assistant' },
  { id: 2, key: 'cook' },
  { id: 3, key: 'sales assistant' },
  { id: 4, key: 'driver' },
  { id: 5, key: 'cook' },
  { id: 6, key: 'sales assistant' },
  { id: 7, key: 'cleaner' },
];
const keysOf = (row: { key: string }) => [row.key];

describe('groupedFolds', () => {
  it('keeps titles with the same words in one fold, and balances the folds by titles', () => {
    const { folds, groups } = groupedFolds(rows, 2, 3, keysOf);
    expect(groups).toBe(4);
    const foldOf = new Map(folds.flatMap((fold, f) => fold.map((row) => [row.id, f] as const)));
    expect(foldOf.get(1)).toBe(foldOf.get(3));
    expect(foldOf.get(3)).toBe(foldOf.get(6));
    expect(foldOf.get(2)).toBe(foldOf.get(5));
    const sizes = folds.map((fold) => fold.length);
    expect(sizes[0]! + sizes[1]!).toBe(7);
    // Each group goes to the emptier fold: the folds differ by at most the largest group (3 titles).
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThanOrEqual(3);
  });

  it('joins groups through any shared key', () => {
    const linked = [
      { id: 1, keys: ['a', 'b'] },
      { id: 2, keys: ['c'] },
      { id: 3, keys: ['b', 'c'] },
      { id: 4, keys: ['d'] },
    ];
    const { folds, groups } = groupedFolds(linked, 2, 1, (row) => row.keys);
    expect(groups).toBe(2);
    expect(folds.map((fold) => fold.map((row) => row.id).sort()).sort()).toEqual([[1, 2, 3], [4]]);
  });

  it('never puts a key in two folds, holds every item once, and is deterministic for a seed', () => {
    const item = fc.record({
      id: fc.nat(),
      keys: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 40 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer(),
        (items, k, seed) => {
          const numbered = items.map((row, i) => ({ ...row, id: i }));
          const { folds } = groupedFolds(numbered, k, seed, (row) => row.keys);
          expect(folds).toHaveLength(k);
          expect(
            folds
              .flat()
              .map((row) => row.id)
              .sort((a, b) => a - b),
          ).toEqual(numbered.map((row) => row.id));
          const foldOfKey = new Map<string, number>();
          folds.forEach((fold, f) => {
            for (const row of fold) {
              for (const key of row.keys) {
                expect(foldOfKey.get(key) ?? f).toBe(f);
                foldOfKey.set(key, f);
              }
            }
          });
          // Each group goes to the emptiest fold: the folds differ by at most the largest group.
          const sizes = folds.map((fold) => fold.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largestGroup(numbered));
          expect(groupedFolds(numbered, k, seed, (row) => row.keys)).toEqual({
            folds,
            groups: expect.any(Number),
          });
        },
      ),
    );
  });

  it('rejects fewer than two folds', () => {
    expect(() => groupedFolds(rows, 1, 0, keysOf)).toThrow(RangeError);
    expect(() => randomFolds(rows, 2.5, 0)).toThrow(/integer of at least 2/);
  });
});

// The most items linked through shared keys (a breadth-first walk, independent of the union–find under test).
function largestGroup(items: readonly { keys: readonly string[] }[]): number {
  const seen = new Set<number>();
  let largest = 0;
  items.forEach((_, start) => {
    if (seen.has(start)) return;
    const queue = [start];
    seen.add(start);
    for (let at = 0; at < queue.length; at++) {
      const keys = items[queue[at]!]!.keys;
      items.forEach((other, j) => {
        if (!seen.has(j) && other.keys.some((key) => keys.includes(key))) {
          seen.add(j);
          queue.push(j);
        }
      });
    }
    largest = Math.max(largest, queue.length);
  });
  return largest;
}

describe('randomFolds', () => {
  it('cuts the seeded shuffle into runs; two folds are the seeded halves', () => {
    const { folds, groups } = randomFolds(rows, 2, 11);
    expect(folds).toEqual(seededHalves(rows, 11));
    expect(groups).toBe(7);
    expect(randomFolds(rows, 3, 11).folds.map((fold) => fold.length)).toEqual([3, 2, 2]);
  });
});
