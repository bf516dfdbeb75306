import { NIS_CODE_PATTERN, POSTAL_CODE_PATTERN, type Coordinates, type PlaceRef } from '../common.js';
import { absent, isOptional, isPlainObject } from './checks.js';

/** `CoordinatesSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastCoordinates(value: unknown): Coordinates | undefined {
  if (!isPlainObject(value)) return undefined;
  const { lat, lon } = value;
  if (typeof lat !== 'number' || !Number.isFinite(lat) || Math.abs(lat) > 90) return undefined;
  if (typeof lon !== 'number' || !Number.isFinite(lon) || Math.abs(lon) > 180) return undefined;
  return { lat, lon };
}

const isPostalCode = (value: unknown): value is string =>
  typeof value === 'string' && POSTAL_CODE_PATTERN.test(value);
const isNisCode = (value: unknown): value is string =>
  typeof value === 'string' && NIS_CODE_PATTERN.test(value);
const isLocality = (value: unknown): value is string => typeof value === 'string' && value.length <= 120;

/** `PlaceRefSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastPlaceRef(value: unknown): PlaceRef | undefined {
  if (!isPlainObject(value)) return undefined;
  const { postalCode, nisCode, coordinates: rawCoordinates, locality } = value;
  if (!isOptional(value, 'postalCode', postalCode, isPostalCode)) return undefined;
  if (!isOptional(value, 'nisCode', nisCode, isNisCode)) return undefined;
  const coordinates = rawCoordinates === undefined ? undefined : fastCoordinates(rawCoordinates);
  if (coordinates === undefined && (rawCoordinates !== undefined || !absent(value, 'coordinates')))
    return undefined;
  if (!isOptional(value, 'locality', locality, isLocality)) return undefined;
  // At least a code or the coordinates (the schema's `place_missing`).
  if (postalCode === undefined && nisCode === undefined && coordinates === undefined) return undefined;
  // Keys in the schema's order, as zod writes them.
  const place: PlaceRef = {};
  if (postalCode !== undefined) place.postalCode = postalCode;
  if (nisCode !== undefined) place.nisCode = nisCode;
  if (coordinates !== undefined) place.coordinates = coordinates;
  if (locality !== undefined) place.locality = locality;
  return place;
}

/** The keys the fast paths above read, for the test that compares them with the schemas' keys. */
export const PLACE_FAST_PATH_KEYS = {
  coordinates: ['lat', 'lon'],
  placeRef: ['postalCode', 'nisCode', 'coordinates', 'locality'],
} as const;
