import { equirectangularKm } from '@passerelle/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpatialGrid } from './spatial-grid.js';

const point = fc.record({
  lat: fc.double({ min: 49.4, max: 51.6, noNaN: true }),
  lon: fc.double({ min: 2.5, max: 6.5, noNaN: true }),
});

describe('SpatialGrid', () => {
  it('never skips a slot within radius + its reach of the query point', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, fc.double({ min: 0, max: 60, noNaN: true })), { maxLength: 60 }),
        point,
        fc.double({ min: 0, max: 40, noNaN: true }),
        (profiles, query, radius) => {
          const grid = new SpatialGrid(5);
          profiles.forEach(([p, reach], slot) => grid.add(slot, p.lat, p.lon, reach));
          const seen = new Set<number>();
          grid.forEachNear(query.lat, query.lon, radius, (slot) => seen.add(slot));
          profiles.forEach(([p, reach], slot) => {
            if (equirectangularKm(p, query) <= radius + reach) expect(seen.has(slot)).toBe(true);
          });
        },
      ),
    );
  });

  it('skips far cells: Arlon is not visited from Tournai with a 20 km reach', () => {
    const grid = new SpatialGrid(5);
    grid.add(1, 49.683, 5.816, 20); // Arlon
    grid.add(2, 50.56, 3.45, 20); // near Tournai
    const seen: number[] = [];
    grid.forEachNear(50.6, 3.39, 0, (slot) => seen.push(slot));
    expect(seen).toEqual([2]);
  });

  it('forgets removed slots and rejects a cell size under 50 m', () => {
    const grid = new SpatialGrid(5);
    grid.add(7, 50.4, 4.4, 10);
    grid.remove(7, 50.4, 4.4);
    const seen: number[] = [];
    grid.forEachNear(50.4, 4.4, 50, (slot) => seen.push(slot));
    expect(seen).toEqual([]);
    expect(() => new SpatialGrid(0)).toThrow(RangeError);
    expect(() => new SpatialGrid(0.01)).toThrow(RangeError);
    expect(() => new SpatialGrid(0.05)).not.toThrow();
  });
});
