import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { equirectangularKm, haversineKm } from './distance.js';

const anywhere = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
// Belgium's box, as stated in equirectangularKm's error bound.
const inBelgium = fc.record({
  lat: fc.double({ min: 49.4, max: 51.6, noNaN: true }),
  lon: fc.double({ min: 2.5, max: 6.5, noNaN: true }),
});

describe.each([
  ['haversineKm', haversineKm],
  ['equirectangularKm', equirectangularKm],
])('%s', (_name, distance) => {
  it('is symmetric', () => {
    fc.assert(
      fc.property(anywhere, anywhere, (a, b) => {
        const ab = distance(a, b);
        // Rounding differs with the order of the operands: allow a relative 1e-12.
        return Math.abs(ab - distance(b, a)) <= 1e-12 * Math.max(1, ab);
      }),
    );
  });

  it('is zero from a point to itself and never negative', () => {
    fc.assert(fc.property(anywhere, anywhere, (a, b) => distance(a, a) === 0 && distance(a, b) >= 0));
  });
});

describe('haversineKm', () => {
  // 1 m of slack: near antipodal points the arcsine is ill-conditioned and rounding reaches ~0.2 m.
  it('obeys the triangle inequality', () => {
    fc.assert(
      fc.property(
        anywhere,
        anywhere,
        anywhere,
        (a, b, c) => haversineKm(a, c) <= haversineKm(a, b) + haversineKm(b, c) + 1e-3,
      ),
    );
  });

  it('never exceeds half the circumference', () => {
    fc.assert(fc.property(anywhere, anywhere, (a, b) => haversineKm(a, b) <= Math.PI * 6371.0088 + 1e-6));
  });
});

describe('equirectangularKm error bound', () => {
  it('is within 0.02 km and 0.01 % of haversine for points in Belgium less than 150 km apart', () => {
    fc.assert(
      fc.property(inBelgium, inBelgium, (a, b) => {
        const exact = haversineKm(a, b);
        fc.pre(exact < 150);
        const error = Math.abs(equirectangularKm(a, b) - exact);
        expect(error).toBeLessThan(0.02);
        // 1e-9 km absorbs floating-point noise between two nearly equal points.
        expect(error).toBeLessThanOrEqual(Math.max(exact * 1e-4, 1e-9));
      }),
      { numRuns: 2000 },
    );
  });
});
