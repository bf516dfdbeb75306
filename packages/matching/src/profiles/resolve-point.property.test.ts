import { createStarterGazetteer, createStarterTaxonomy, type PlaceRef } from '@passerelle/core';
import { arbPlaceRef } from '@passerelle/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveMatchingConfig } from '../config/config.js';
import { MatchContext } from './context.js';
import { resolvePoint } from './resolve-point.js';

const gazetteer = createStarterGazetteer();
const starterPlaces: PlaceRef[] = gazetteer
  .listCommunes()
  .slice(0, 20)
  .flatMap((commune) => [
    { nisCode: commune.nis },
    ...commune.postalCodes.slice(0, 2).map((postalCode) => ({ postalCode, locality: commune.name })),
  ]);
// Known places, generated ones (mostly unknown codes), and points the gazetteer must refuse.
const places = fc.oneof(
  arbPlaceRef({ places: starterPlaces }),
  arbPlaceRef(),
  arbPlaceRef({ region: 'world' }),
  fc.record({
    postalCode: fc.constantFrom('6000', '9999', 'x'),
    coordinates: fc.constantFrom({ lat: 91, lon: 4 }, { lat: Number.NaN, lon: 4 }, { lat: 50, lon: 181 }),
  }),
);

describe('resolvePoint', () => {
  it('gives the gazetteer’s point, or NaN with issues exactly when it fails, remembered or not', () => {
    const context = new MatchContext(createStarterTaxonomy(), gazetteer, resolveMatchingConfig());
    fc.assert(
      fc.property(places, (place) => {
        const resolution = gazetteer.resolve(place);
        // Twice: the second answer may come from the context's memory of places.
        for (const point of [
          resolvePoint(place, context, ['home']),
          resolvePoint(place, context, ['home']),
        ]) {
          if (resolution.ok) {
            expect(point.lat).toBe(resolution.value.coordinates.lat);
            expect(point.lon).toBe(resolution.value.coordinates.lon);
            expect(point.issues).toEqual([]);
          } else {
            expect(point.lat).toBeNaN();
            expect(point.issues.length).toBeGreaterThan(0);
            expect(point.issues.every((issue) => issue.path[0] === 'home')).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('remembers the places it resolved from codes, and not those given by coordinates', () => {
    const context = new MatchContext(createStarterTaxonomy(), gazetteer, resolveMatchingConfig());
    resolvePoint({ postalCode: '6000' }, context, ['home']);
    resolvePoint({ postalCode: '6000' }, context, ['home']);
    resolvePoint({ postalCode: '6000', coordinates: { lat: 50.4, lon: 4.4 } }, context, ['home']);
    expect(context.resolvedPlaces.size).toBe(1);
  });
});
