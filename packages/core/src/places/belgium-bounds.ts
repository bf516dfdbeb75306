import type { Coordinates } from '../model/common.js';

/**
 * A box around Belgium in WGS84 degrees, with about 5 km of margin beyond its extreme points (Torgny
 * 49.50° S, Meerle 51.50° N, De Panne 2.55° W, Ouren 6.41° E). Loaders reject Belgian postal-code rows
 * placed outside it, which catches swapped latitude and longitude.
 */
export const BELGIUM_BOUNDS = Object.freeze({ minLat: 49.45, maxLat: 51.55, minLon: 2.5, maxLon: 6.45 });

/** Whether a point lies inside {@link BELGIUM_BOUNDS}. */
export function isInBelgiumBounds(point: Coordinates): boolean {
  return (
    point.lat >= BELGIUM_BOUNDS.minLat &&
    point.lat <= BELGIUM_BOUNDS.maxLat &&
    point.lon >= BELGIUM_BOUNDS.minLon &&
    point.lon <= BELGIUM_BOUNDS.maxLon
  );
}
