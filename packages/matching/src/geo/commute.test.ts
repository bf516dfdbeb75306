import type { CommuteLimit } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { candidate, offer, project } from '../../test/pairs.js';
import type { MatchingConfigInput } from '../config/config.js';
import { createMatcher } from '../matcher.js';
import { estimateCommute, geographyScore, newCommuteEstimate } from './commute.js';

// Charleroi (6000: 50.4114 N, 4.4445 E) to Namur (5000: 50.4669 N, 4.8675 E), by hand:
// x = 0.4230° × cos(50.43915°) = 0.0047067 rad, y = 0.0555° = 0.00096866 rad,
// distance = 6371.0088 km × √(x² + y²) = 30.586 km.
const KM = 30.586;
const CAR_ROAD_KM = KM * 1.3; // 39.76 km
const CAR_MINUTES = 5 + (CAR_ROAD_KM / 55) * 60; // 48.38 min

function estimate(commute: CommuteLimit[], driver = true, config: MatchingConfigInput = {}) {
  const pair = project(
    candidate({
      home: { postalCode: '6000' },
      commute,
      licences: driver ? ['B'] : [],
      hasVehicle: driver,
    }),
    offer({ place: { postalCode: '5000' } }),
    config,
  );
  const geography = pair.context.config.geography;
  const result = estimateCommute(pair.candidate, pair.offer, geography, newCommuteEstimate());
  return { ...result, score: geographyScore(pair.candidate, result, geography) };
}

describe('estimateCommute', () => {
  it('estimates Charleroi → Namur by car: 30.6 km straight, 39.8 km by road, 48 minutes', () => {
    const car = estimate([{ mode: 'car', maxMinutes: 60 }]);
    expect(car.distanceKm).toBeCloseTo(KM, 2);
    expect(car.mode).toBe(0); // MODES[0] is 'car'
    expect(car.roadKm).toBeCloseTo(CAR_ROAD_KM, 2);
    expect(car.minutes).toBeCloseTo(CAR_MINUTES, 2);
    expect(car.minutes).toBeCloseTo(48.38, 1);
    expect(car.ratio).toBeCloseTo(CAR_MINUTES / 60, 4);
    // 1 at the door, 0.3 at the limit, linear in between.
    expect(car.score).toBeCloseTo(1 - 0.7 * (CAR_MINUTES / 60), 4);
    expect(car.score).toBeCloseTo(0.4356, 3);
  });

  it('keeps the mode that uses the smallest share of the limit', () => {
    // Public transport: 15 + 41.29 km / 22 km/h = 128 minutes, over twice the hour: the car wins.
    const both = estimate([
      { mode: 'public_transport', maxMinutes: 60 },
      { mode: 'car', maxMinutes: 60 },
    ]);
    expect(both.mode).toBe(0);
    const bus = estimate([{ mode: 'public_transport', maxMinutes: 150 }]);
    expect(bus.mode).toBe(1);
    expect(bus.minutes).toBeCloseTo(15 + ((KM * 1.35) / 22) * 60, 2);
  });

  it('follows the configured speeds', () => {
    const slow = estimate([{ mode: 'car', maxMinutes: 90 }], true, {
      geography: { car: { speedKmh: 40, detour: 1, overheadMinutes: 0 } },
    });
    expect(slow.minutes).toBeCloseTo((KM / 40) * 60, 2);
  });

  it('applies a kilometre limit to the road distance: 39.8 km is over a 30 km limit', () => {
    const far = estimate([{ mode: 'car', maxKm: 30 }]);
    expect(far.ratio).toBeCloseTo(CAR_ROAD_KM / 30, 4);
    expect(far.score).toBe(0);
  });

  it('skips the car for a person without a licence or a vehicle, whatever they wrote', () => {
    const walker = estimate([{ mode: 'car', maxMinutes: 60 }], false);
    expect(walker.mode).toBe(-1);
    expect(walker.ratio).toBe(Number.POSITIVE_INFINITY);
    expect(walker.score).toBe(0);
  });

  it('halves the score every 20 km for a person who gave no limit', () => {
    expect(estimate([]).score).toBeCloseTo(2 ** (-KM / 20), 4);
    expect(estimate([]).score).toBeCloseTo(0.3464, 3);
  });

  it('gives NaN, not a crash, for a place the gazetteer does not know', () => {
    const pair = project(candidate({ home: { postalCode: '9999' } }), offer());
    const geography = pair.context.config.geography;
    const result = estimateCommute(pair.candidate, pair.offer, geography, newCommuteEstimate());
    expect(result.distanceKm).toBeNaN();
    expect(geographyScore(pair.candidate, result, geography)).toBeNaN();
  });
});

describe('the commute in an explanation', () => {
  it('says the mode, minutes, road kilometres and limit, in French and English', () => {
    const e = createMatcher().explain(
      candidate({
        home: { postalCode: '6000' },
        licences: ['B'],
        hasVehicle: true,
        commute: [{ mode: 'car', maxMinutes: 60 }],
      }),
      offer({ place: { postalCode: '5000' } }),
    );
    const reason = e.reasons.find((r) => r.criterion === 'geography');
    expect(reason).toMatchObject({
      code: 'commute_within_limit',
      effect: 'positive',
      params: { mode: 'car', minutes: 48, km: 39.8, limit: '60 min' },
      message: {
        fr: 'Trajet estimé : 48 min en voiture (39,8 km), limite 60 min.',
        en: 'Estimated commute: 48 min by car (39.8 km), limit 60 min.',
      },
    });
  });
});
