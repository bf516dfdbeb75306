import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCandidatePool, arbConfig, arbOfferPool } from '../test/arbitraries.js';
import { candidate, offer } from '../test/pairs.js';
import { createMatcher } from './matcher.js';

// The bulk calls visit their queries in spatial order; each ranking must be the one a call of its own gives, in the
// order of the queries given, explanations and issues included.

const options = fc.record({
  k: fc.integer({ min: 1, max: 5 }),
  explain: fc.boolean(),
  minScore: fc.constantFrom(0, 0.3),
});

describe('every offer’s top k in one call', () => {
  it('gives, in the order of the offers, what one call per offer gives, from an index or a list', () => {
    fc.assert(
      fc.property(
        arbCandidatePool(15),
        arbOfferPool(8),
        arbConfig(),
        options,
        (pool, offers, config, rank) => {
          const matcher = createMatcher({ config });
          const index = matcher.indexCandidates(pool);
          const one = offers.map((o) => matcher.rankCandidates(o, index, rank));
          expect(matcher.rankCandidatesForOffers(offers, index, rank)).toEqual(one);
          const fromList = offers.map((o) => matcher.rankCandidates(o, pool, rank));
          expect(matcher.rankCandidatesForOffers(offers, pool, rank)).toEqual(fromList);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives, in the order of the candidates, what one call per candidate gives, from an index or a list', () => {
    fc.assert(
      fc.property(
        arbOfferPool(15),
        arbCandidatePool(8),
        arbConfig(),
        options,
        (pool, people, config, rank) => {
          const matcher = createMatcher({ config });
          const index = matcher.indexOffers(pool);
          const one = people.map((c) => matcher.rankOffers(c, index, rank));
          expect(matcher.rankOffersForCandidates(people, index, rank)).toEqual(one);
          const fromList = people.map((c) => matcher.rankOffers(c, pool, rank));
          expect(matcher.rankOffersForCandidates(people, pool, rank)).toEqual(fromList);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('checks its options before any work, even with no query', () => {
    const matcher = createMatcher();
    expect(() => matcher.rankCandidatesForOffers([], [candidate()], { k: 0 })).toThrow(RangeError);
    expect(() => matcher.rankOffersForCandidates([], [offer()], { minScore: 2 })).toThrow(RangeError);
    expect(matcher.rankCandidatesForOffers([], [candidate()])).toEqual([]);
  });

  it('keeps the order given when the places differ', () => {
    const matcher = createMatcher();
    const far = offer({ id: 'off-far', place: { postalCode: '4000' } });
    const near = offer({ id: 'off-near', place: { postalCode: '6000' } });
    const rankings = matcher.rankCandidatesForOffers([far, near, far], [candidate()], { k: 1 });
    expect(rankings.map((r) => r.results[0]?.score)).toEqual(
      [far, near, far].map((o) => matcher.rankCandidates(o, [candidate()], { k: 1 }).results[0]?.score),
    );
    expect(rankings[0]).toEqual(rankings[2]);
  });
});

describe('lists both ways in one call', () => {
  const bothOptions = fc.record({
    k: fc.integer({ min: 1, max: 5 }),
    explain: fc.boolean(),
    includeExcluded: fc.boolean(),
    minScore: fc.constantFrom(0, 0.3),
  });

  it('gives what the two bulk calls give over indexes of the same lists, and their issues once', () => {
    fc.assert(
      fc.property(
        arbCandidatePool(12),
        arbOfferPool(10),
        arbConfig(),
        bothOptions,
        (people, offers, config, rank) => {
          const matcher = createMatcher({ config });
          const candidateIndex = matcher.indexCandidates(people);
          const offerIndex = matcher.indexOffers(offers);
          expect(matcher.rankBothWays(people, offers, rank)).toEqual({
            offersByCandidate: matcher.rankOffersForCandidates(people, offerIndex, rank),
            candidatesByOffer: matcher.rankCandidatesForOffers(offers, candidateIndex, rank),
            issues: [...candidateIndex.issues(), ...offerIndex.issues()],
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('explains a pair listed both ways once, both results sharing its explanation', () => {
    const matcher = createMatcher();
    const both = matcher.rankBothWays([candidate()], [offer()], { k: 1, explain: true });
    const fromCandidate = both.offersByCandidate[0]?.results[0];
    const fromOffer = both.candidatesByOffer[0]?.results[0];
    expect(fromCandidate?.reasons?.length).toBeGreaterThan(0);
    expect(fromOffer?.reasons).toBe(fromCandidate?.reasons);
    expect(fromOffer?.breakdown).toBe(fromCandidate?.breakdown);
  });

  it('checks its options and ids before any work', () => {
    const matcher = createMatcher();
    expect(() => matcher.rankBothWays([candidate()], [offer()], { k: -1 })).toThrow(RangeError);
    expect(() => matcher.rankBothWays([candidate(), candidate()], [offer()])).toThrow(RangeError);
    expect(() => matcher.rankBothWays([candidate()], [offer(), offer()])).toThrow(RangeError);
    expect(matcher.rankBothWays([], [])).toEqual({
      offersByCandidate: [],
      candidatesByOffer: [],
      issues: [],
    });
  });
});
