import fc from 'fast-check';
import type { Candidate } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer, arbCandidatePool } from '../../test/arbitraries.js';
import { context } from '../../test/pairs.js';
import { createMatcher } from '../matcher.js';
import { projectCandidate } from '../profiles/candidate-features.js';
import { projectOffer } from '../profiles/offer-features.js';
import { PairEvaluator } from './evaluate-pair.js';

describe('pair scores', () => {
  it('are in [0, 1], or −1 exactly when a hard constraint is broken; both scorers agree', () => {
    fc.assert(
      fc.property(arbMatchCandidate(), arbMatchOffer(), arbConfig(), (c, o, config) => {
        const ctx = context(config);
        const candidate = projectCandidate(c, ctx);
        const offer = projectOffer(o, ctx);
        const evaluator = new PairEvaluator(ctx.config);
        const score = evaluator.score(candidate, offer);
        const evaluation = evaluator.evaluate(candidate, offer);
        const hard = evaluation.broken.filter((b) => b.mode === 'hard');
        if (hard.length > 0) {
          expect(score).toBe(-1);
          expect(hard.map((b) => b.id)).toContain(evaluator.excludedBy);
        } else {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
          expect(evaluator.excludedBy).toBeUndefined();
        }
        expect(evaluation.score).toBe(score);
        for (const value of Object.values(evaluation.values)) {
          if (!Number.isNaN(value)) expect(value >= 0 && value <= 1).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('explanations add up: weights sum to 1, contributions times penalties give the score', () => {
    fc.assert(
      fc.property(arbMatchCandidate(), arbMatchOffer(), arbConfig(), (c, o, config) => {
        const e = createMatcher({ config }).explain(c, o);
        const weights = e.breakdown.reduce((s, b) => s + b.weight, 0);
        const applies = e.breakdown.filter((b) => b.value !== null && b.weight > 0).length > 0;
        if (applies) expect(weights).toBeCloseTo(1, 12);
        for (const share of e.breakdown) {
          if (share.value === null) expect([share.weight, share.contribution]).toEqual([0, 0]);
          else expect(share.contribution).toBeCloseTo(share.value * share.weight, 12);
        }
        const sum = e.breakdown.reduce((s, b) => s + b.contribution, 0);
        if (e.excluded) expect([e.score, e.excludedBy.length > 0]).toEqual([0, true]);
        else expect(e.score).toBeCloseTo(sum * e.penaltyFactor, 12);
        expect(e.penaltyFactor).toBeGreaterThanOrEqual(0);
        expect(e.penaltyFactor).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('ranked results are never negative, score what explain() says, and the same both ways', () => {
    fc.assert(
      fc.property(arbCandidatePool(12), arbMatchOffer(), arbConfig(), (pool, offer, config) => {
        const matcher = createMatcher({ config });
        const ranking = matcher.rankCandidates(offer, pool, { k: 50, includeExcluded: true });
        expect(ranking.results.length + ranking.excluded.length).toBe(pool.length);
        const byId = new Map(pool.map((c) => [c.id, c]));
        for (const result of ranking.results) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          const candidate = byId.get(result.id) as Candidate;
          const e = matcher.explain(candidate, offer);
          expect(e.excluded).toBe(false);
          expect(result.score).toBe(e.score);
          expect(result.reasons).toEqual(e.reasons);
          expect(matcher.rankOffers(candidate, [offer]).results[0]?.score).toBe(result.score);
        }
        // Excluded pairs come in id order, each with the first hard constraint the scorer met.
        const ids = ranking.excluded.map((x) => x.id);
        expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : 1)));
        const ctx = context(config);
        const evaluator = new PairEvaluator(ctx.config);
        for (const excluded of ranking.excluded) {
          const candidate = byId.get(excluded.id) as Candidate;
          expect(matcher.explain(candidate, offer).excluded).toBe(true);
          expect(matcher.rankOffers(candidate, [offer]).results).toEqual([]);
          expect(evaluator.score(projectCandidate(candidate, ctx), projectOffer(offer, ctx))).toBe(-1);
          expect(excluded.constraint).toBe(evaluator.excludedBy);
        }
      }),
      { numRuns: 100 },
    );
  });
});
