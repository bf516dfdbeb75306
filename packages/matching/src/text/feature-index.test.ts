import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreAccumulator } from './accumulator.js';
import { buildFeatureIndex, type IndexDocument } from './feature-index.js';
import { buildQueryVector } from './query-vector.js';

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A document: distinct keys with a positive boost each. */
const arbDocument = fc
  .uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: KEYS.length })
  .chain((keys) =>
    fc
      .array(fc.double({ min: 0.05, max: 4, noNaN: true }), {
        minLength: keys.length,
        maxLength: keys.length,
      })
      .map((boosts) => ({ keys, boosts })),
  );

function scoresOf(documents: readonly IndexDocument[], keys: string[], boosts?: number[]) {
  const index = buildFeatureIndex(documents);
  const scores = new ScoreAccumulator(documents.length);
  scores.accumulate(index, buildQueryVector(index, [{ keys, share: 1, ...(boosts && { boosts }) }]));
  return scores.scores;
}

describe('feature index and query vector with boosts', () => {
  it('keep every score a cosine in [0, 1], and score 1 for a document equal to the query, boosts included', () => {
    fc.assert(
      fc.property(fc.array(arbDocument, { minLength: 1, maxLength: 6 }), arbDocument, (docs, query) => {
        const documents = [...docs, query].map((doc, concept) => ({
          concept,
          parts: [doc.keys],
          boosts: [doc.boosts],
        }));
        const scores = scoresOf(documents, query.keys, query.boosts);
        for (const score of scores) {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1 + 1e-6);
        }
        expect(scores[docs.length]).toBeCloseTo(1, 5);
      }),
    );
  });

  it('lets a boosted key weigh more on both sides', () => {
    const documents = [
      { concept: 0, parts: [['sales', 'executive']], boosts: [[1, 0.5]] },
      { concept: 1, parts: [['chief', 'executive']], boosts: [[1, 0.5]] },
      { concept: 2, parts: [['sales', 'assistant']] },
    ];
    const plain = scoresOf(documents, ['sales', 'executive']);
    const lowered = scoresOf(documents, ['sales', 'executive'], [1, 0.5]);
    // Weighing `executive` less moves the label sharing only `executive` down, the one sharing `sales` up.
    expect(lowered[1]).toBeLessThan(plain[1] ?? 0);
    expect(lowered[2]).toBeGreaterThan(plain[2] ?? 0);
  });

  it('counts keys the index does not know in the query norm, boosted too', () => {
    const documents = [{ concept: 0, parts: [['a']] }];
    const unknownLow = scoresOf(documents, ['a', 'zzz'], [1, 0.1])[0] ?? 0;
    const unknownHigh = scoresOf(documents, ['a', 'zzz'], [1, 2])[0] ?? 0;
    expect(unknownLow).toBeGreaterThan(unknownHigh);
    expect(unknownLow).toBeLessThan(1);
  });
});
