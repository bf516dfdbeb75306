import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spatialKey, spatialOrder } from './spatial-order.js';

const point = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      lat: fc.double({ min: 49, max: 51.6, noNaN: true }),
      lon: fc.double({ min: 2, max: 6.5, noNaN: true }),
    }),
  },
  // Repeated points (ties keep their order) and points without coordinates (last, in their order).
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { lat: 50.4, lon: 4.4 },
      { lat: Number.NaN, lon: 4 },
      { lat: 50, lon: Number.NaN },
    ),
  },
);

describe('spatialOrder', () => {
  it('orders by spatial key, then by position, exactly as a comparator sort does', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 200 }), (points) => {
        const keys = points.map(spatialKey);
        const expected = Array.from(points.keys()).sort(
          (a, b) => (keys[a] as number) - (keys[b] as number) || a - b,
        );
        expect(Array.from(spatialOrder(points))).toEqual(expected);
      }),
    );
  });

  it('keeps nearby points close: the key is a Morton code of a ~1 km grid', () => {
    const here = spatialKey({ lat: 50.41, lon: 4.44 });
    expect(spatialKey({ lat: 50.411, lon: 4.441 })).toBe(here);
    expect(spatialKey({ lat: Number.NaN, lon: 4.44 })).toBe(Number.MAX_SAFE_INTEGER);
  });
});
