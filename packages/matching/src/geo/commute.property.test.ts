import fc from 'fast-check';
import { equirectangularKm, type Coordinates } from '@passerelle/core';
import { arbCoordinates } from '@passerelle/core/testing';
import { describe, expect, it } from 'vitest';
import { arbConfig, arbMatchCandidate, arbMatchOffer } from '../../test/arbitraries.js';
import type { Explanation } from '../explain/explanation.js';
import { createMatcher } from '../matcher.js';

const arbSpeeds = fc.record({
  speedKmh: fc.integer({ min: 3, max: 120 }),
  detour: fc.constantFrom(1, 1.2, 1.5, 3),
  overheadMinutes: fc.integer({ min: 0, max: 30 }),
});

const geography = (e: Explanation) => e.breakdown.find((b) => b.criterion === 'geography')?.value;

describe('geography', () => {
  it('moving a candidate farther never raises the geography score, nor the total score', () => {
    fc.assert(
      fc.property(
        arbMatchCandidate(),
        arbMatchOffer(),
        fc.tuple(arbCoordinates(), arbCoordinates(), arbCoordinates()),
        arbConfig(),
        fc.record({ car: arbSpeeds, public_transport: arbSpeeds, bike: arbSpeeds, walk: arbSpeeds }),
        (candidate, offer, [workplace, a, b], config, speeds) => {
          const d = (p: Coordinates) => equirectangularKm(p, workplace);
          const [near, far] = d(a) <= d(b) ? [a, b] : [b, a];
          const matcher = createMatcher({ config: { ...config, geography: speeds } });
          const job = { ...offer, place: { coordinates: workplace } };
          const nearer = matcher.explain({ ...candidate, home: { coordinates: near } }, job);
          const farther = matcher.explain({ ...candidate, home: { coordinates: far } }, job);
          expect(geography(farther)).toBeLessThanOrEqual(geography(nearer) as number);
          expect(farther.score).toBeLessThanOrEqual(nearer.score);
          // Excluded pairs show 0; the farther one is never kept when the nearer one is excluded.
          if (nearer.excluded) expect(farther.excluded).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the geography score is in [0, 1], and 1 at the door for a person who gave no limit', () => {
    fc.assert(
      fc.property(arbMatchCandidate(), arbMatchOffer(), arbCoordinates(), (candidate, offer, point) => {
        const at = { coordinates: point };
        const value = geography(createMatcher().explain({ ...candidate, home: at }, { ...offer, place: at }));
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        if (candidate.commute.length === 0) expect(value).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
