import fc from 'fast-check';
import type { Candidate, JobOffer, PlaceRef } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import type { MatchingConfigInput } from '../config/config.js';
import { candidate, offer } from '../../test/pairs.js';
import { useRankTuning } from '../../test/rank-tuning.js';
import { OCCUPATIONS, OTHER_TRADE_SKILLS, SKILLS, occupationId } from '../../test/starter.js';
import { createMatcher, type Matcher } from '../matcher.js';
import type { Ranking } from './results.js';

// An offer's query may walk, in a grid cell, only the candidates listed under its ISCO prefix of d digits (and those
// whose trade no prefix tells): the others share fewer digits, so their occupation score is bounded. The
// rankings must stay those of the exhaustive scan whatever the occupations, the credits and the weights. Most
// candidates share no skill with the offer, so that the walk of the cells, where the lists serve, decides the list.

/** Occupations sharing 4, 3, 2, 1 or no ISCO digits with one another. */
const TRADES = [
  OCCUPATIONS.forkliftOperator, // 8344
  OCCUPATIONS.cargoDriver, // 8332
  OCCUPATIONS.deliveryDriver, // 8322
  OCCUPATIONS.warehouseWorker, // 9333
  OCCUPATIONS.handPacker, // 9321
  OCCUPATIONS.buildingCleaner, // 9112
  OCCUPATIONS.cashier, // 5230
  occupationId('office clerk'), // 4110
  occupationId('food production operator'), // 8160
];
/** An occupation the taxonomy does not know: only its id can match, no prefix tells. */
const UNKNOWN_TRADE = 'occupation-not-in-the-taxonomy';
const PLACES: PlaceRef[] = [{ postalCode: '6000' }, { postalCode: '6200' }, { postalCode: '5000' }];
const IDS = Array.from({ length: 40 }, (_, i) => `p-${String(i).padStart(2, '0')}`);

const arbWanted = fc.oneof(
  { weight: 4, arbitrary: fc.uniqueArray(fc.constantFrom(...TRADES), { minLength: 1, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.constant<string[]>([]) },
  { weight: 1, arbitrary: fc.constantFrom([UNKNOWN_TRADE], [UNKNOWN_TRADE, OCCUPATIONS.cashier]) },
);
const arbHeld: fc.Arbitrary<Candidate['skills']> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Candidate['skills']>([]) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_TRADE_SKILLS).map((id) => [{ id, level: 3 as const }]) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(SKILLS.forklift, SKILLS.reachTruck).map((id) => [{ id, level: 4 as const }]),
  },
);

const arbCandidate = (id: string): fc.Arbitrary<Candidate> =>
  fc
    .record({ wanted: arbWanted, skills: arbHeld, home: fc.constantFrom(...PLACES) })
    .map(({ wanted, skills, home }) =>
      candidate({
        id,
        wantedOccupations: [...wanted],
        skills,
        home,
        licences: ['B'],
        hasVehicle: true,
        commute: [{ mode: 'car', maxMinutes: 45 }],
      }),
    );

const arbOffer = (id: string): fc.Arbitrary<JobOffer> =>
  fc
    .record({
      occupation: fc.constantFrom(...TRADES, UNKNOWN_TRADE, undefined),
      required: fc.uniqueArray(fc.constantFrom(SKILLS.forklift, SKILLS.pickOrders), { maxLength: 2 }),
      place: fc.constantFrom(...PLACES),
    })
    .map(({ occupation, required, place }) => {
      const made = offer({
        id,
        requiredSkills: required.map((id) => ({ id, minLevel: 2 })),
        wantedSkills: [],
        place,
      });
      if (occupation !== undefined) return { ...made, occupation };
      const { occupation: _dropped, ...without } = made;
      return without;
    });

const arbConfig: fc.Arbitrary<MatchingConfigInput> = fc
  .record({
    occupation: fc.constantFrom(0.15, 1, 3, 3),
    skills: fc.constantFrom(0.5, 1),
    // Credits for 4, 3, 2, 1 shared digits: the default, a generous one, and one that does not decrease.
    iscoCredit: fc.constantFrom(
      [0.7, 0.45, 0.2, 0.05] as const,
      [0.9, 0.8, 0.7, 0.6] as const,
      [0.2, 0.1, 0.3, 0.5] as const,
      [0.2, 0.1, 0.3, 0.5] as const,
    ),
    commute: fc.constantFrom('hard' as const, 'hard' as const, 'off' as const),
  })
  .map(({ occupation, skills, iscoCredit, commute }) => ({
    weights: { occupation, skills },
    occupation: { iscoCredit: [...iscoCredit] as [number, number, number, number] },
    constraints: { commute: { mode: commute } },
  }));

/** A pool of 8–40 profiles made by `profile`, one per id. */
const arbPool = <T>(profile: (id: string) => fc.Arbitrary<T>) =>
  fc.integer({ min: 8, max: IDS.length }).chain((size) => fc.tuple(...IDS.slice(0, size).map(profile)));

type Rank<Q, P> = (
  matcher: Matcher,
  query: Q,
  pool: P[],
  options: { k: number; exhaustive: boolean },
) => Ranking;

/**
 * Checks that an index ranks a random pool for a random query as the exhaustive scan does, and that the runs both
 * prune (some profile left unscored) and list somebody often enough for the check to mean something.
 */
function expectExhaustiveOrder<Q, P>(
  arbQuery: fc.Arbitrary<Q>,
  arbProfiles: fc.Arbitrary<P[]>,
  rank: Rank<Q, P>,
  numRuns: number,
) {
  let skipped = 0;
  let listed = 0;
  fc.assert(
    fc.property(
      arbProfiles,
      arbQuery,
      arbConfig,
      fc.integer({ min: 1, max: 5 }),
      (pool, query, config, k) => {
        const matcher = createMatcher({ config });
        const fast = rank(matcher, query, pool, { k, exhaustive: false });
        const full = rank(matcher, query, pool, { k, exhaustive: true });
        expect(fast.results).toEqual(full.results);
        if (fast.scored < pool.length) skipped++;
        if (full.results.length > 0) listed++;
      },
    ),
    { numRuns },
  );
  // Guards against a generator that never prunes, or whose constraints exclude everybody.
  expect(skipped).toBeGreaterThan(numRuns / 4);
  expect(listed).toBeGreaterThan((numRuns * 3) / 4);
}

describe('per-trade lists of the grid cells', () => {
  // Cells this small are walked whole by default: reach the lists.
  useRankTuning({ smallCell: 0 });
  it('leave the candidates ranked for an offer as the exhaustive scan ranks them', () => {
    expectExhaustiveOrder(
      arbOffer('o-query'),
      arbPool(arbCandidate),
      (matcher, offer, pool, options) =>
        options.exhaustive
          ? matcher.rankCandidates(offer, pool, options)
          : matcher.rankCandidates(offer, matcher.indexCandidates(pool), options),
      800,
    );
  });

  it('leave the offers ranked for a candidate as the exhaustive scan ranks them', () => {
    expectExhaustiveOrder(
      arbCandidate('c-query'),
      arbPool(arbOffer),
      (matcher, candidate, pool, options) =>
        options.exhaustive
          ? matcher.rankOffers(candidate, pool, options)
          : matcher.rankOffers(candidate, matcher.indexOffers(pool), options),
      // More runs: an offer a wrong walk misses must also be one the list wants, which is rarer this way.
      2500,
    );
  });
});
