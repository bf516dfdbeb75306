import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectTopK } from './top-k.js';

describe('selectTopK', () => {
  it('gives the k best by score, ties to the lower index, best first', () => {
    const scores = Float32Array.of(0.5, 0.9, 0.5, 0.1, 0.9);
    expect(Array.from(selectTopK(Int32Array.of(0, 1, 2, 3, 4), 5, scores, 3))).toEqual([1, 4, 0]);
  });

  it('breaks ties on the tie-break values, higher first, before the index', () => {
    const scores = Float32Array.of(0.5, 0.9, 0.5, 0.1, 0.9);
    const tieBreak = Float32Array.of(0, 0.2, 0.8, 1, 0.9);
    expect(Array.from(selectTopK(Int32Array.of(0, 1, 2, 3, 4), 5, scores, 4, tieBreak))).toEqual([
      4, 1, 2, 0,
    ]);
  });

  it('agrees with sorting every candidate, with and without tie-break values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 3 })), { maxLength: 60 }),
        fc.integer({ min: 1, max: 70 }),
        fc.boolean(),
        (values, k, withTies) => {
          const scores = Float32Array.from(values, ([v]) => v / 8);
          const ties = withTies ? Float32Array.from(values, ([, t]) => t / 3) : undefined;
          const candidates = Int32Array.from(values.keys());
          const tie = (i: number) => ties?.[i] ?? 0;
          const expected = [...values.keys()].sort(
            (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || tie(b) - tie(a) || a - b,
          );
          expect(Array.from(selectTopK(candidates, values.length, scores, k, ties))).toEqual(
            expected.slice(0, k),
          );
        },
      ),
    );
  });
});
