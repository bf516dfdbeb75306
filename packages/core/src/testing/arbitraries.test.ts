import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidEnterpriseNumber } from '../model/employer.js';
import {
  arbCandidate,
  arbCandidateRecord,
  arbContract,
  arbEnterpriseNumber,
  arbJobOffer,
  arbPlaceRef,
  arbRecordOfKind,
} from './index.js';

const sample = <T>(arbitrary: fc.Arbitrary<T>, n = 200) => fc.sample(arbitrary, { numRuns: n, seed: 42 });

describe('arbitraries', () => {
  it('draw ids from the pools they are given', () => {
    const candidates = sample(arbCandidate({ skillIds: ['a', 'b'], occupationIds: ['o'], mireIds: ['m'] }));
    expect(new Set(candidates.flatMap((c) => c.skills.map((s) => s.id)))).toEqual(new Set(['a', 'b']));
    expect(new Set(candidates.flatMap((c) => [...c.wantedOccupations, c.mireId]))).toEqual(
      new Set(['o', 'm']),
    );
    const offers = sample(arbJobOffer({ skillIds: ['a'], employerIds: ['e'] }));
    expect(new Set(offers.flatMap((o) => [...o.requiredSkills, ...o.wantedSkills].map((s) => s.id)))).toEqual(
      new Set(['a']),
    );
    const contracts = sample(
      arbContract({ candidateIds: ['c1', 'c2'], employerIds: ['e'], offerIds: ['o'] }),
    );
    expect(new Set(contracts.map((c) => c.candidateId))).toEqual(new Set(['c1', 'c2']));
  });

  it('share skills between candidates and offers often enough for matching tests', () => {
    const pairs = sample(fc.tuple(arbCandidate(), arbJobOffer()), 500);
    const overlapping = pairs.filter(([candidate, offer]) =>
      offer.requiredSkills.some((required) => candidate.skills.some((held) => held.id === required.id)),
    );
    expect(overlapping.length / pairs.length).toBeGreaterThan(0.25);
  });

  it('keep record-level rules: dates in order, protected attributes naming their candidate', () => {
    for (const contract of sample(arbContract()))
      expect(contract.end === null || contract.end >= contract.start).toBe(true);
    for (const offer of sample(arbJobOffer()))
      expect((offer.closesOn ?? offer.publishedOn) >= offer.publishedOn).toBe(true);
    for (const record of sample(arbCandidateRecord({ protectedAttributes: 'always' }))) {
      expect(record.protectedAttributes?.candidateId).toBe(record.candidate.id);
    }
    expect(
      sample(arbCandidateRecord({ protectedAttributes: 'never' })).every(
        (r) => !('protectedAttributes' in r),
      ),
    ).toBe(true);
    expect(sample(arbEnterpriseNumber(), 1000).every(isValidEnterpriseNumber)).toBe(true);
  });

  it('shrink a failure to a minimal record', () => {
    // A deliberately false property: the smallest counterexample has exactly two skills and nothing else.
    const result = fc.check(
      fc.property(arbCandidate(), (c) => c.skills.length < 2),
      { seed: 7 },
    );
    expect(result.failed).toBe(true);
    const [candidate] = result.counterexample ?? [];
    expect(candidate?.skills).toHaveLength(2);
    expect(candidate?.skills.every((s) => s.level === 1 && s.years === undefined)).toBe(true);
    expect(candidate).toMatchObject({
      languages: [],
      licences: [],
      commute: [],
      schedules: [],
      education: { isced: 0 },
    });
    expect(Object.keys(candidate ?? {})).not.toContain('unemployedSince');
  });

  it('give every place at least one of postal code, NIS code and coordinates, or one of the given places', () => {
    for (const place of sample(arbPlaceRef(), 500)) {
      expect(place.postalCode ?? place.nisCode ?? place.coordinates).toBeDefined();
    }
    const given = [{ postalCode: '6000' }];
    const drawn = sample(arbPlaceRef({ places: given }), 5);
    expect(drawn).toEqual(Array.from({ length: 5 }, () => ({ postalCode: '6000' })));
    expect(drawn[0]).not.toBe(given[0]); // copies, so that a test may change them
    expect(() => arbPlaceRef({ places: [] })).toThrow(RangeError);
  });

  it('refuse an unknown record kind or an empty pool (programmer errors)', () => {
    expect(() => arbRecordOfKind('nope' as never)).toThrow(TypeError);
    expect(() => arbCandidate({ mireIds: [] })).toThrow(RangeError);
  });
});
