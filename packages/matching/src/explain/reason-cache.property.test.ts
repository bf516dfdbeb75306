import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCandidatePool, arbConfig, arbOfferPool } from '../../test/arbitraries.js';
import { candidate, offer } from '../../test/pairs.js';
import { createMatcher } from '../matcher.js';
import { REASON_CACHE_LIMIT, ReasonCache } from './reason-cache.js';
import { makeReason } from './make-reason.js';

describe('shared reasons', () => {
  it('make every explanation what a matcher that never explained anything gives', () => {
    // A key that left out what a reason reads (a level, a mask, a language) would hand one pair another's reason.
    fc.assert(
      fc.property(arbCandidatePool(4), arbOfferPool(4), arbConfig(), (candidates, offers, config) => {
        const warm = createMatcher({ config });
        for (const o of offers)
          for (const c of candidates) {
            const shared = warm.explain(c, o);
            expect(shared).toEqual(createMatcher({ config }).explain(c, o));
            // Breakdown entries are shared by every matcher: they must still add up to the pair's own score.
            if (shared.excluded) continue;
            let sum = 0;
            for (const share of shared.breakdown) {
              expect(share.contribution).toBe(share.value === null ? 0 : share.value * share.weight);
              sum += share.contribution;
            }
            expect(sum * shared.penaltyFactor).toBeCloseTo(shared.score, 12);
          }
      }),
      { numRuns: 150 },
    );
  });

  it('are frozen, so that no caller can change another explanation', () => {
    const entries = createMatcher().explain(candidate(), offer()).breakdown;
    expect(entries.some((entry) => Object.isFrozen(entry))).toBe(true);
    const matcher = createMatcher();
    const first = matcher.explain(candidate(), offer()).reasons;
    const again = matcher.explain(candidate({ id: 'cand-002' }), offer()).reasons;
    const shared = first.filter((reason) => again.includes(reason));
    expect(shared.length).toBeGreaterThan(0);
    for (const reason of shared) {
      expect(Object.isFrozen(reason) && Object.isFrozen(reason.params)).toBe(true);
      expect(Object.isFrozen(reason.message)).toBe(true);
      expect(() => {
        (reason.params as Record<string, unknown>).labelFr = 'changé';
      }).toThrow(TypeError);
    }
  });

  it('stop growing at the limit and still give the reason asked for', () => {
    const cache = new ReasonCache();
    const make = (n: number) => () =>
      makeReason('education_below', 'education', 'negative', { held: n, required: 3 });
    for (let n = 0; n < REASON_CACHE_LIMIT + 10; n++) cache.get('education', n, make(n));
    expect(cache.size).toBe(REASON_CACHE_LIMIT);
    const past = cache.get('education', REASON_CACHE_LIMIT + 5, make(REASON_CACHE_LIMIT + 5));
    expect(past.params.held).toBe(REASON_CACHE_LIMIT + 5);
    expect(cache.get('education', 7, make(-1)).params.held).toBe(7);
  });
});
