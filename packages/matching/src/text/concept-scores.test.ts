import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreAccumulator } from './accumulator.js';
import { ConceptScores } from './concept-scores.js';

// Two documents per concept (labels, profiles or context texts), all in language code 0.
const columns = { concept: Int32Array.of(0, 0, 1, 1, 2, 2), locale: new Uint8Array(6) };
const ONE = Float32Array.of(1, 1);
/** A factor of 1 for each of the six variants. */
const VARIANTS_ONE = new Float32Array(6).fill(1);

function accumulator(scores: readonly number[]): ScoreAccumulator {
  const acc = new ScoreAccumulator(scores.length);
  scores.forEach((score, d) => {
    if (score <= 0) return;
    acc.scores[d] = score;
    acc.touched[acc.count++] = d;
  });
  return acc;
}

const arbScores = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 });
const arbWeight = fc.double({ min: 0, max: 1, noNaN: true });

describe('ConceptScores with context', () => {
  it('adds context to touched concepts only, never above 1 and never below the score without it', () => {
    fc.assert(
      fc.property(
        arbScores,
        arbScores,
        arbScores,
        arbWeight,
        arbWeight,
        (labels, profiles, context, pw, cw) => {
          const without = new ConceptScores(3);
          without.foldVariants(accumulator(labels), columns, ONE, VARIANTS_ONE);
          without.foldProfiles(accumulator(profiles), columns, ONE);
          without.combine(pw, undefined);
          const withContext = new ConceptScores(3);
          withContext.foldVariants(accumulator(labels), columns, ONE, VARIANTS_ONE);
          withContext.foldProfiles(accumulator(profiles), columns, ONE);
          withContext.foldContext(accumulator(context), columns, ONE);
          withContext.combine(pw, undefined, cw);
          expect(withContext.count).toBe(without.count);
          for (let i = 0; i < withContext.count; i++) {
            const c = withContext.touched[i] ?? 0;
            expect(withContext.final[c]).toBeGreaterThanOrEqual((without.final[c] ?? 0) - 1e-6);
            expect(withContext.final[c]).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  it('ignores context for a concept no label matched, and forgets it at reset', () => {
    const scores = new ConceptScores(3);
    scores.foldVariants(accumulator([0.5, 0, 0, 0, 0, 0]), columns, ONE, VARIANTS_ONE);
    scores.foldContext(accumulator([0, 0, 0.9, 0, 0.8, 0]), columns, ONE);
    expect(Array.from(scores.context)).toEqual([0, 0, 0]);
    scores.foldContext(accumulator([0.6, 0, 0, 0, 0, 0]), columns, ONE);
    scores.combine(0, undefined, 0.5);
    expect(scores.final[0]).toBeCloseTo(0.5 + 0.5 * 0.5 * 0.6, 6);
    scores.reset();
    expect(Array.from(scores.context)).toEqual([0, 0, 0]);
  });
});
