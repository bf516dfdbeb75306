import { NIS_CODE_PATTERN, POSTAL_CODE_PATTERN, type Coordinates } from '../model/common.js';
import type { CommuneInit, GazetteerData, Locality } from './place-types.js';

// The Gazetteer constructor takes data a program built, so bad data there is a programmer error: it
// throws with the remedy. Files from users go through the loaders, which report issues instead.
const REMEDY =
  'To read a file of places, use a loader (e.g. loadBePostcodesCsv): it reports bad rows as issues.';

/** Whether a value is a finite WGS84 point. */
export function isValidCoordinates(point: unknown): point is Coordinates {
  if (point === null || typeof point !== 'object') return false;
  const { lat, lon } = point as Record<string, unknown>;
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

function checkName(name: unknown, what: string): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new TypeError(`Gazetteer: ${what} needs a non-empty name. ${REMEDY}`);
  }
}

/** Checks the shape of the gazetteer data and the communes; returns the communes by NIS code. */
export function checkCommunes(data: GazetteerData): Map<string, CommuneInit> {
  if (
    data === null ||
    typeof data !== 'object' ||
    !Array.isArray(data.communes) ||
    !Array.isArray(data.localities)
  ) {
    throw new TypeError('Gazetteer expects { communes: CommuneInit[], localities: Locality[] }.');
  }
  const byNis = new Map<string, CommuneInit>();
  for (const commune of data.communes) {
    if (typeof commune?.nis !== 'string' || !NIS_CODE_PATTERN.test(commune.nis)) {
      throw new RangeError(
        `Gazetteer: commune NIS code "${String(commune?.nis)}" is not five digits. ${REMEDY}`,
      );
    }
    if (byNis.has(commune.nis)) throw new TypeError(`Gazetteer: commune ${commune.nis} is given twice.`);
    checkName(commune.name, `commune ${commune.nis}`);
    if (commune.coordinates !== undefined && !isValidCoordinates(commune.coordinates)) {
      throw new RangeError(`Gazetteer: commune ${commune.nis} has invalid coordinates. ${REMEDY}`);
    }
    byNis.set(commune.nis, commune);
  }
  return byNis;
}

/** Checks every locality: postal code, name, coordinates, and that its commune exists. */
export function checkLocalities(
  localities: readonly Locality[],
  communes: ReadonlyMap<string, CommuneInit>,
): void {
  for (const locality of localities) {
    const code = locality?.postalCode;
    if (typeof code !== 'string' || !POSTAL_CODE_PATTERN.test(code)) {
      throw new RangeError(
        `Gazetteer: postal code "${String(code)}" is not a Belgian postal code. ${REMEDY}`,
      );
    }
    checkName(locality.name, `a locality of ${code}`);
    if (!isValidCoordinates(locality.coordinates)) {
      throw new RangeError(`Gazetteer: locality ${code} ${locality.name} has invalid coordinates. ${REMEDY}`);
    }
    if (locality.communeNis !== undefined && !communes.has(locality.communeNis)) {
      throw new TypeError(
        `Gazetteer: locality ${code} ${locality.name} refers to commune ${locality.communeNis}, which is not among the communes.`,
      );
    }
  }
}
