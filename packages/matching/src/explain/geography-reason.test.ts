import { describe, expect, it } from 'vitest';
import { candidate, offer, project } from '../../test/pairs.js';
import { newCommuteEstimate } from '../geo/commute.js';
import { createMatcher } from '../matcher.js';
import { geographyReason } from './other-reasons.js';

describe('geographyReason', () => {
  it('shares a reason only between commutes on the same side of the limit', () => {
    // Two commutes with the same rounded minutes and tenths of a kilometre, one just within the limit, one just past.
    const { candidate: c, offer: o, context } = project(candidate(), offer());
    const estimate = (roadKm: number, ratio: number) => ({
      ...newCommuteEstimate(),
      distanceKm: roadKm / 1.3,
      mode: 0,
      minutes: 30.2,
      roadKm,
      ratio,
    });
    const within = geographyReason(c, o, estimate(9.98, 0.998), context);
    const beyond = geographyReason(c, o, estimate(10.02, 1.002), context);
    expect(within.params.km).toBe(beyond.params.km);
    expect(within.params.minutes).toBe(beyond.params.minutes);
    expect([within.code, beyond.code]).toEqual(['commute_within_limit', 'commute_too_long']);
    // The same figures again give the very reason kept.
    expect(geographyReason(c, o, estimate(9.99, 0.999), context)).toBe(within);
  });

  it('says when the only limits given are for driving, without a licence or a vehicle', () => {
    const matcher = createMatcher({ config: { constraints: { commute: { mode: 'hard' } } } });
    const walker = candidate({ licences: [], hasVehicle: false, commute: [{ mode: 'car', maxMinutes: 45 }] });
    const ranking = matcher.rankCandidates(offer(), [walker], { includeExcluded: true });
    expect(ranking.results).toEqual([]);
    const reason = ranking.excluded[0]?.reasons[0];
    expect(reason?.code).toBe('commute_no_usable_mode');
    expect(reason?.message.fr).toMatch(
      /^Aucun trajet possible : .* voiture, sans permis ou sans véhicule \(à \d+,\d km\)\.$/,
    );
    // With a vehicle and a licence the same limit is a commute like any other.
    const driver = candidate({
      licences: ['B'],
      hasVehicle: true,
      commute: [{ mode: 'car', maxMinutes: 45 }],
    });
    expect(matcher.explain(driver, offer()).reasons.map((r) => r.code)).toContain('commute_within_limit');
  });
});
