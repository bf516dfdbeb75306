import fc from 'fast-check';
import { fixtureCandidate, fixtureJobOffer } from '@passerelle/core/testing';
import { createStarterGazetteer, createStarterTaxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { resolveMatchingConfig } from '../config/config.js';
import { MatchContext } from '../profiles/context.js';
import { projectCandidate } from '../profiles/candidate-features.js';
import { projectOffer } from '../profiles/offer-features.js';
import { estimateCommute, newCommuteEstimate } from './commute.js';
import { reachKm } from './reach.js';

const context = new MatchContext(createStarterTaxonomy(), createStarterGazetteer(), resolveMatchingConfig());
const limit = fc
  .record({
    mode: fc.constantFrom('car', 'public_transport', 'bike', 'walk'),
    maxMinutes: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
    maxKm: fc.option(fc.double({ min: 0.5, max: 80, noNaN: true }), { nil: undefined }),
  })
  .filter((l) => l.maxMinutes !== undefined || l.maxKm !== undefined);

describe('reachKm', () => {
  it('bounds the commute: beyond the reach no mode is within the limit, within it one is', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(limit, { selector: (l) => l.mode, minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 150, noNaN: true }),
        (commute, latShift, km) => {
          const candidate = projectCandidate(
            {
              ...fixtureCandidate(),
              hasVehicle: true,
              licences: ['B'],
              commute: commute.map((l) =>
                Object.fromEntries(Object.entries(l).filter(([, v]) => v !== undefined)),
              ) as never,
              home: { coordinates: { lat: 50.4, lon: 4.4 } },
            },
            context,
          );
          const dLat = (km / 111.2) * latShift;
          const dLon =
            Math.sqrt(Math.max(0, km * km - (dLat * 111.2) ** 2)) / 111.2 / Math.cos((50.4 * Math.PI) / 180);
          const offer = projectOffer(
            { ...fixtureJobOffer(), place: { coordinates: { lat: 50.4 + dLat, lon: 4.4 + dLon } } },
            context,
          );
          const estimate = estimateCommute(candidate, offer, context.config.geography, newCommuteEstimate());
          const reach = reachKm(candidate, context.config.geography);
          if (estimate.distanceKm > reach * 1.0001 + 1e-9) expect(estimate.ratio).toBeGreaterThan(1);
        },
      ),
    );
  });

  it('is infinite without limits', () => {
    const candidate = projectCandidate({ ...fixtureCandidate(), commute: [] }, context);
    expect(reachKm(candidate, context.config.geography)).toBe(Number.POSITIVE_INFINITY);
  });
});
