import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import { createMatcher } from '../matcher.js';
import { projectCandidate } from '../profiles/candidate-features.js';
import { projectOffer } from '../profiles/offer-features.js';
import { reachKm } from '../geo/reach.js';
import { PairEvaluator } from './evaluate-pair.js';
import { groupBase, scoreBound, skillWeights } from './skill-bound.js';
import { CandidateScatter, OfferScatter } from './skill-scatter.js';

// The pruning is exact only if no bound ever falls below the score the full scorer gives: checked pair by pair,
// through the same postings the indexes hold, in both directions. And the column checks exclude only pairs the
// full scorer excludes too.

const arbPair = fc.tuple(
  arbMatchCandidate({ otherTrades: true }),
  arbMatchOffer({ otherTrades: true }),
  arbConfig(),
);

describe('skill bounds', () => {
  it('offer → candidates: no candidate scores above the bound its postings give', () => {
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const index = matcher.indexCandidates([c]);
        const offer = projectOffer(o, matcher.context);
        fc.pre(offer.required.length + offer.wanted.length > 0);
        const rules = matcher.config.skills;
        const weights = skillWeights(offer.required.length, offer.wanted.length, rules);
        const scatter = new OfferScatter(offer, weights, rules);
        const scatterFrom = (minWorth: number) => {
          let met = 0;
          const scratch = index.pool.scratch();
          index.pool.forEachPostings({
            postings: (bySkill) => (met = scatter.apply(bySkill, scratch, met, minWorth)),
          });
          return { met, sum: met === 1 ? (scratch.acc[0] as number) : 0 };
        };
        const { met, sum } = scatterFrom(Number.NEGATIVE_INFINITY);
        // What the candidate's mask may hold bounds what its postings add up: asked for that much, it is met (up
        // to rounding: the two sums add the same worths in different orders; the engine allows 1e-9 for it).
        if (met === 1) expect(scatterFrom(sum - 1e-9).met).toBe(1);
        const base = groupBase(offer.requiredGroup, offer.wantedGroup, weights, rules);
        const score = new PairEvaluator(matcher.config).score(projectCandidate(c, matcher.context), offer);
        expect(score).toBeLessThanOrEqual(scoreBound(base + sum, matcher.config.weights));
      }),
      { numRuns: 400 },
    );
  });

  it('candidate → offers: no offer scores above the bound its postings give', () => {
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const index = matcher.indexOffers([o]);
        const candidate = projectCandidate(c, matcher.context);
        const offer = projectOffer(o, matcher.context);
        fc.pre(offer.required.length + offer.wanted.length > 0);
        const scratch = index.pool.scratch();
        const scatter = new CandidateScatter(candidate, index.columns, matcher.config.skills);
        let met = 0;
        index.pool.forEachPostings({ postings: (bySkill) => (met = scatter.apply(bySkill, scratch, met)) });
        const sum = met === 1 ? (scratch.acc[0] as number) : 0;
        const bound = scoreBound((index.columns.base[0] as number) + sum, matcher.config.weights);
        expect(new PairEvaluator(matcher.config).score(candidate, offer)).toBeLessThanOrEqual(bound);
        expect(index.columns.maxBase).toBeGreaterThanOrEqual(index.columns.base[0] as number);
      }),
      { numRuns: 400 },
    );
  });
});

describe('column checks', () => {
  it('exclude a pair only when the full scorer excludes it, in both directions', () => {
    let excluded = 0;
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const candidate = projectCandidate(c, matcher.context);
        const offer = projectOffer(o, matcher.context);
        const score = new PairEvaluator(matcher.config).score(candidate, offer);
        const byCandidates = matcher.indexCandidates([c]).columns.probe(offer).excludes(0);
        const byOffers = matcher
          .indexOffers([o])
          .columns.probe(candidate, reachKm(candidate, matcher.config.geography))
          .excludes(0);
        if (byCandidates || byOffers) {
          excluded++;
          expect(score).toBe(-1);
        }
      }),
      { numRuns: 400 },
    );
    // Guards against generators under which the checks never fire.
    expect(excluded).toBeGreaterThan(20);
  });
});

describe('geography probes', () => {
  it('give the geography score the scorer gives, or −1 exactly when a hard commute constraint is broken', () => {
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const candidate = projectCandidate(c, matcher.context);
        const offer = projectOffer(o, matcher.context);
        const evaluation = new PairEvaluator(matcher.config).evaluate(candidate, offer);
        const commuteBroken = evaluation.broken.some((b) => b.id === 'commute' && b.mode === 'hard');
        const reach = reachKm(candidate, matcher.config.geography);
        for (const value of [
          matcher.indexCandidates([c]).columns.probe(offer).geography(0),
          matcher.indexOffers([o]).columns.probe(candidate, reach).geography(0),
        ]) {
          if (commuteBroken) expect(value).toBe(-1);
          else expect(value).toEqual(evaluation.values.geography);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('occupation probes', () => {
  it('never fall below the occupation score the scorer gives, and apply when it applies', () => {
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const candidate = projectCandidate(c, matcher.context);
        const offer = projectOffer(o, matcher.context);
        const actual = new PairEvaluator(matcher.config).evaluate(candidate, offer).values.occupation;
        const reach = reachKm(candidate, matcher.config.geography);
        const byCandidates = matcher.indexCandidates([c]).columns.probe(offer).occupation(0);
        const byOffers = matcher.indexOffers([o]).columns.probe(candidate, reach).occupation(0);
        // Offer side: exact. Candidate side: exact unless the candidate wants more occupations than kept.
        expect(byOffers).toEqual(actual);
        if (c.wantedOccupations.length <= 4) expect(byCandidates).toEqual(actual);
        else expect(byCandidates).toBeNaN();
      }),
      { numRuns: 400 },
    );
  });
});

describe('penalty factor probes', () => {
  it('never fall below the penalty factor the scorer applies, and give −1 only for pairs it excludes', () => {
    let penalized = 0;
    fc.assert(
      fc.property(arbPair, ([c, o, config]) => {
        const matcher = createMatcher({ config });
        const candidate = projectCandidate(c, matcher.context);
        const offer = projectOffer(o, matcher.context);
        const evaluation = new PairEvaluator(matcher.config).evaluate(candidate, offer);
        const actual = evaluation.broken.reduce((f, b) => (b.mode === 'soft' ? f * (1 - b.penalty) : f), 1);
        const reach = reachKm(candidate, matcher.config.geography);
        for (const probe of [
          matcher.indexCandidates([c]).columns.probe(offer),
          matcher.indexOffers([o]).columns.probe(candidate, reach),
        ]) {
          const geography = probe.geography(0);
          if (geography < 0) continue;
          const factor = probe.factor(0, geography);
          if (factor < 0) expect(evaluation.score).toBe(-1);
          else expect(factor).toBeGreaterThanOrEqual(actual - 1e-12);
          if (factor > 0 && factor < 1) penalized++;
        }
      }),
      { numRuns: 400 },
    );
    // Guards against generators under which no soft constraint is ever broken.
    expect(penalized).toBeGreaterThan(20);
  });
});
