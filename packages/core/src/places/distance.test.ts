import { describe, it, expect } from 'vitest';
import { EARTH_RADIUS_KM, equirectangularKm, haversineKm } from './distance.js';

const charleroi = { lat: 50.4114, lon: 4.4445 };
const namur = { lat: 50.4669, lon: 4.8675 };
const brussels = { lat: 50.8504, lon: 4.3488 };
const paris = { lat: 48.8566, lon: 2.3522 };
const oneDegreeKm = (EARTH_RADIUS_KM * Math.PI) / 180; // 111.195 km

describe('haversineKm', () => {
  it('gives one degree of arc along a meridian and along the equator', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(oneDegreeKm, 6);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(oneDegreeKm, 6);
  });

  it('matches values computed independently (Python, same radius)', () => {
    expect(haversineKm(charleroi, namur)).toBeCloseTo(30.5858, 3);
    expect(haversineKm(brussels, paris)).toBeCloseTo(263.8723, 3);
  });

  it('shrinks a degree of longitude by the cosine of the latitude', () => {
    expect(haversineKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(oneDegreeKm / 2, 2);
  });

  it('goes the short way across the antimeridian', () => {
    expect(haversineKm({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 })).toBeCloseTo(22.239, 2);
  });

  it('is zero for a point and itself', () => {
    expect(haversineKm(namur, namur)).toBe(0);
  });
});

describe('equirectangularKm', () => {
  it('is exact along a meridian', () => {
    expect(equirectangularKm({ lat: 50, lon: 4 }, { lat: 51, lon: 4 })).toBeCloseTo(oneDegreeKm, 9);
  });

  it('stays within 0.02 km of haversine between Walloon towns', () => {
    expect(Math.abs(equirectangularKm(charleroi, namur) - 30.5858)).toBeLessThan(0.02);
  });

  it('drifts from haversine at continental scale, which is why its bound is stated for 150 km', () => {
    const far = Math.abs(
      equirectangularKm({ lat: 50, lon: -20 }, { lat: 50, lon: 20 }) -
        haversineKm({ lat: 50, lon: -20 }, { lat: 50, lon: 20 }),
    );
    expect(far).toBeGreaterThan(5);
  });

  it('goes the short way across the antimeridian', () => {
    expect(equirectangularKm({ lat: 0, lon: 179.9 }, { lat: 0, lon: -179.9 })).toBeCloseTo(22.239, 2);
  });
});
