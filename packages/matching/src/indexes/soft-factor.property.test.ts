import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import { project } from '../../test/pairs.js';
import { PairEvaluator } from '../ranking/evaluate-pair.js';
import { OfferProbe } from './columns.js';
import { CandidateIndex } from './indexes.js';

/** The constraints a candidate's hard-constraint word shows, in the scorer's order. */
const SHOWN = new Set(['workPermit', 'licence', 'vehicle', 'schedule', 'education']);

describe("the soft factor read from a candidate's hard-constraint word", () => {
  it("is the scorer's own factor over the soft constraints the word shows, never below its whole factor", () => {
    let penalised = 0;
    fc.assert(
      fc.property(arbMatchCandidate(), arbMatchOffer(), arbConfig(), (c, o, config) => {
        const { candidate, offer, context } = project(c, o, config);
        const index = new CandidateIndex(context, [c]);
        const quick = new OfferProbe(index.columns, offer).softFactorQuickly(0);
        const evaluation = new PairEvaluator(context.config).evaluate(candidate, offer);
        let shown = 1;
        let whole = 1;
        for (const broken of evaluation.broken) {
          if (broken.mode !== 'soft') continue;
          whole *= 1 - broken.penalty;
          if (SHOWN.has(broken.id)) shown *= 1 - broken.penalty;
        }
        expect(quick).toBe(shown);
        expect(quick).toBeGreaterThanOrEqual(whole);
        if (quick < 1) penalised++;
      }),
      { numRuns: 2000 },
    );
    // The pairs drawn do break soft constraints the word shows.
    expect(penalised).toBeGreaterThan(100);
  });
});
