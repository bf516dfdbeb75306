// Protected attributes never matter to matching: whatever a person's gender, birth date, nationality, newcomer or
// refugee status or disability, and even when those fields are smuggled into the candidate object itself, every
// score, order and explanation stays the same. Runs against the built packages, as a user imports them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createStarterGazetteer,
  createStarterTaxonomy,
  type Candidate,
  type CandidateRecord,
  type ProtectedAttributes,
} from '@passerelle/core';
import { arbCandidateRecord, arbJobOffer, arbProtectedAttributes } from '@passerelle/core/testing';
import { createMatcher, type Ranking } from '@passerelle/matching';

const taxonomy = createStarterTaxonomy();
// Pools from the starter data, so that skills, skill groups, occupations and places all take part.
const pools = {
  skillIds: taxonomy.skills.slice(0, 24).map((s) => s.id),
  occupationIds: taxonomy.occupations.slice(0, 8).map((o) => o.id),
  places: createStarterGazetteer()
    .postalCodes()
    .slice(0, 12)
    .map((postalCode) => ({ postalCode })),
};

const arbRecords = fc.uniqueArray(arbCandidateRecord({ ...pools, protectedAttributes: 'sometimes' }), {
  selector: (r) => r.candidate.id,
  minLength: 1,
  maxLength: 12,
});
const arbOffers = fc.uniqueArray(arbJobOffer(pools), { selector: (o) => o.id, minLength: 1, maxLength: 8 });
const arbOtherAttributes = fc.array(arbProtectedAttributes(), { minLength: 12, maxLength: 12 });

/** The candidate with protected attributes copied into the object itself (what matching must never read). */
function smuggle(
  candidate: Candidate,
  attributes: ProtectedAttributes | undefined,
  extra: object = {},
): Candidate {
  return { ...candidate, ...attributes, ...extra, candidateId: candidate.id } as Candidate;
}

/** Three versions of each candidate: clean, with its own attributes smuggled in, and with someone else's. */
function versions(
  records: readonly CandidateRecord[],
  others: readonly ProtectedAttributes[],
): Candidate[][] {
  const clean = records.map((r) => r.candidate);
  const own = records.map((r) => smuggle(r.candidate, r.protectedAttributes));
  const swapped = records.map((r, i) =>
    smuggle(r.candidate, others[i], {
      gender: i % 2 === 0 ? 'woman' : 'man',
      refugee: 'yes',
      disability: 'yes',
    }),
  );
  return [clean, own, swapped];
}

describe('protected attributes never matter', () => {
  it('ranking candidates for an offer: same scores, order, explanations and exclusions', () => {
    fc.assert(
      fc.property(arbRecords, arbOffers, arbOtherAttributes, (records, offers, others) => {
        const matcher = createMatcher();
        const [clean, ...variants] = versions(records, others) as [Candidate[], ...Candidate[][]];
        for (const offer of offers) {
          const expected: Ranking = matcher.rankCandidates(offer, clean, { k: 50, includeExcluded: true });
          expect(expected.results.length + expected.excluded.length).toBe(clean.length);
          for (const pool of variants) {
            expect(matcher.rankCandidates(offer, pool, { k: 50, includeExcluded: true })).toEqual(expected);
            expect(matcher.rankCandidates(offer, matcher.indexCandidates(pool), { k: 5 }).results).toEqual(
              expected.results.slice(0, 5),
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('ranking offers for a candidate, and explaining any pair: the same whatever the attributes', () => {
    fc.assert(
      fc.property(arbRecords, arbOffers, arbOtherAttributes, (records, offers, others) => {
        const matcher = createMatcher();
        const index = matcher.indexOffers(offers);
        const [clean, ...variants] = versions(records, others) as [Candidate[], ...Candidate[][]];
        clean.forEach((candidate, i) => {
          const expected = matcher.rankOffers(candidate, offers, { k: 50, includeExcluded: true });
          const explanations = offers.map((offer) => matcher.explain(candidate, offer));
          for (const pool of variants) {
            const variant = pool[i] as Candidate;
            expect(matcher.rankOffers(variant, offers, { k: 50, includeExcluded: true })).toEqual(expected);
            expect(matcher.rankOffers(variant, index, { k: 3 }).results).toEqual(
              expected.results.slice(0, 3),
            );
            expect(offers.map((offer) => matcher.explain(variant, offer))).toEqual(explanations);
          }
        });
      }),
      { numRuns: 40 },
    );
  });

  it('the smuggled fields really reach the engine, and a change of profile does show', () => {
    const [record] = fc.sample(arbCandidateRecord({ ...pools, protectedAttributes: 'always' }), {
      numRuns: 1,
      seed: 3,
    });
    const [, own, swapped] = versions([record as CandidateRecord], fc.sample(arbProtectedAttributes(), 1));
    expect(own?.[0]).toMatchObject({ candidateId: record?.candidate.id });
    expect(swapped?.[0]).toMatchObject({ gender: 'woman', refugee: 'yes', disability: 'yes' });
    // The comparison is not blind: the same person living elsewhere gets another explanation.
    const matcher = createMatcher();
    const [offer] = fc.sample(arbJobOffer({ ...pools, places: [{ postalCode: '6000' }] }), {
      numRuns: 1,
      seed: 3,
    });
    const far = { ...(record as CandidateRecord).candidate, home: { postalCode: '4000' }, commute: [] };
    const near = { ...far, home: { postalCode: '6000' } };
    expect(matcher.explain(far, offer as never)).not.toEqual(matcher.explain(near, offer as never));
  });
});
