import type { Coordinates } from '../model/common.js';
import { normalizePlaceName } from './normalize.js';
import type { AdminArea, Locality } from './place-types.js';

/** A frozen copy of a point, keeping only `lat` and `lon`. */
export function freezeCoordinates(point: Coordinates): Coordinates {
  return Object.freeze({ lat: point.lat, lon: point.lon });
}

/** The arithmetic mean of points (fine at the scale of a commune); requires at least one point. */
export function meanPoint(points: readonly Coordinates[]): Coordinates {
  let lat = 0;
  let lon = 0;
  for (const point of points) {
    lat += point.lat;
    lon += point.lon;
  }
  // Rounded to 4 decimals (about 10 m), the precision of the sources, so that results stay stable.
  const round = (value: number) => Math.round((value / points.length) * 1e4) / 1e4;
  return freezeCoordinates({ lat: round(lat), lon: round(lon) });
}

/**
 * The representative point of a group of localities: the first locality (in the given order) whose
 * name is one of `names` (compared after `normalize`, by default {@link normalizePlaceName}); otherwise
 * the mean of all.
 * Picking the named locality keeps a town's point in its centre rather than among its villages.
 */
export function representativePoint(
  localities: readonly Locality[],
  names: readonly string[],
  normalize: (name: string) => string = normalizePlaceName,
): Coordinates {
  const keys = new Set(names.map(normalize));
  const named = localities.find((locality) => keys.has(normalize(locality.name)));
  return named !== undefined
    ? freezeCoordinates(named.coordinates)
    : meanPoint(localities.map((l) => l.coordinates));
}

/**
 * The value every item shares, compared by `key`; `undefined` if the items disagree, if one lacks it, or
 * if there are none.
 */
export function sharedValue<T, V>(
  items: readonly T[],
  get: (item: T) => V | undefined,
  key: (value: V) => string,
): V | undefined {
  const first = items[0] === undefined ? undefined : get(items[0]);
  if (first === undefined) return undefined;
  const firstKey = key(first);
  for (const item of items) {
    const value = get(item);
    if (value === undefined || key(value) !== firstKey) return undefined;
  }
  return first;
}

/** The comparison key of an arrondissement or province: its NIS code, else its normalised name. */
export function adminAreaKey(area: AdminArea): string {
  return area.nis ?? `name:${normalizePlaceName(area.name)}`;
}
