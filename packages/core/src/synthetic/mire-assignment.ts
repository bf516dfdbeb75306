import type { SyntheticCatalogue, SyntheticPlace } from './catalogue.js';

/**
 * The Mire id of every place of a catalogue, in order. A place keeps the Mire it names when that Mire is
 * in the catalogue; the others go to the Mire whose places' centre is nearest. When no place names a
 * known Mire, the places are cut into bands from west to east, one per Mire, so that every Mire gets a
 * territory. Positive-weight places only count towards centres.
 */
export function assignMires(catalogue: SyntheticCatalogue): string[] {
  const known = new Set(catalogue.mires.map((mire) => mire.id));
  const named = catalogue.places.map((place) =>
    place.mireId !== undefined && known.has(place.mireId) ? place.mireId : undefined,
  );
  const centres = mireCentres(catalogue.places, named);
  if (centres.size === 0) return westToEastBands(catalogue);
  return catalogue.places.map((place, i) => named[i] ?? nearestMire(place, centres));
}

interface Centre {
  lat: number;
  lon: number;
  count: number;
}

function mireCentres(places: readonly SyntheticPlace[], named: readonly (string | undefined)[]) {
  const centres = new Map<string, Centre>();
  places.forEach((place, i) => {
    const mireId = named[i];
    if (mireId === undefined || !(place.weight > 0)) return;
    const centre = centres.get(mireId) ?? { lat: 0, lon: 0, count: 0 };
    centre.lat += place.coordinates.lat;
    centre.lon += place.coordinates.lon;
    centre.count += 1;
    centres.set(mireId, centre);
  });
  return centres;
}

// Equirectangular distance with cos(50°) for the longitude: exact enough to pick the nearest centre in
// Belgium, and free of Math.cos, whose last bit may differ between engines (datasets must not).
const COS_50 = 0.6428;

function nearestMire(place: SyntheticPlace, centres: ReadonlyMap<string, Centre>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const [mireId, centre] of centres) {
    const dLat = place.coordinates.lat - centre.lat / centre.count;
    const dLon = (place.coordinates.lon - centre.lon / centre.count) * COS_50;
    const distance = dLat * dLat + dLon * dLon;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = mireId;
    }
  }
  return best;
}

function westToEastBands(catalogue: SyntheticCatalogue): string[] {
  const order = catalogue.places
    .map((place, i) => ({ lon: place.coordinates.lon, i }))
    .sort((a, b) => a.lon - b.lon || a.i - b.i);
  const result: string[] = new Array<string>(catalogue.places.length);
  const bands = catalogue.mires.length;
  order.forEach(({ i }, rank) => {
    const band = Math.min(bands - 1, Math.floor((rank * bands) / order.length));
    result[i] = catalogue.mires[band]?.id ?? '';
  });
  return result;
}
