import fc from 'fast-check';
import type { Coordinates, IsoDate, PlaceRef } from '../model/common.js';
import { dayOfIso, isoOfDay } from '../synthetic/calendar.js';

/** Options of {@link arbIsoDate}. */
export interface ArbIsoDateOptions {
  /** Earliest date (default `2015-01-01`). */
  readonly min?: IsoDate;
  /** Latest date (default `2030-12-31`). */
  readonly max?: IsoDate;
}

/** Calendar dates `YYYY-MM-DD` between two dates (both included); shrinks towards `min`. */
export function arbIsoDate(options: ArbIsoDateOptions = {}): fc.Arbitrary<IsoDate> {
  return arbDay(options).map(isoOfDay);
}

/** Day numbers (days since 1970-01-01) between two ISO dates; what date-ordered records are built from. */
export function arbDay(options: ArbIsoDateOptions = {}): fc.Arbitrary<number> {
  const min = dayOfIso(options.min ?? '2015-01-01');
  const max = dayOfIso(options.max ?? '2030-12-31');
  if (max < min) throw new RangeError(`arbIsoDate: max ${options.max} is before min ${options.min}.`);
  return fc.integer({ min, max });
}

/**
 * `fc.record` building plain objects (never with a null prototype, which fast-check may otherwise
 * produce): records must compare equal to what parsing returns.
 */
export const plainRecord = ((model: never, constraints?: object) =>
  fc.record(model, { ...constraints, noNullPrototype: true })) as unknown as typeof fc.record;

/** Distinct items of a list, in its order, at most `max` of them; shrinks towards none. */
export function subsetOf<T>(items: readonly T[], max = items.length): fc.Arbitrary<T[]> {
  return fc.subarray([...items], { maxLength: Math.min(max, items.length) });
}

const ID_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-'];

/**
 * Record identifiers: mostly `prefix-n` (readable in failures), sometimes any of the 1–64 characters the
 * schema allows (`A–Z a–z 0–9 . _ : -`), so that parsing meets unusual but valid ids.
 */
export function arbId(prefix = 'id'): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.nat({ max: 9999 }).map((n) => `${prefix}-${n}`) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 64 }) },
  );
}

/** Belgian postal codes (1000–9999). */
export function arbPostalCode(): fc.Arbitrary<string> {
  return fc.integer({ min: 1000, max: 9999 }).map(String);
}

/** NIS codes (five digits). */
export function arbNisCode(): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));
}

/**
 * Coordinates in Belgium's bounding box by default (realistic commuting distances), or anywhere on
 * Earth. Four decimals (about 10 m): values survive a JSON round trip exactly and never are `-0`.
 */
export function arbCoordinates(region: 'belgium' | 'world' = 'belgium'): fc.Arbitrary<Coordinates> {
  const [latMin, latMax, lonMin, lonMax] =
    region === 'belgium' ? [49.45, 51.55, 2.5, 6.45] : [-90, 90, -180, 180];
  const scaled = (min: number, max: number) =>
    fc.integer({ min: Math.round(min * 1e4), max: Math.round(max * 1e4) }).map((n) => n / 1e4);
  return plainRecord({ lat: scaled(latMin, latMax), lon: scaled(lonMin, lonMax) });
}

/** Options of {@link arbPlaceRef}. */
export interface ArbPlaceRefOptions {
  /** Draw from these places (copies) instead of generating codes and points. */
  readonly places?: readonly PlaceRef[];
  /** Where generated coordinates lie (default `belgium`). */
  readonly region?: 'belgium' | 'world';
}

/**
 * Place references with at least one of postal code, NIS code and coordinates (and sometimes a free-text
 * locality). Shrinks towards a bare postal code.
 */
export function arbPlaceRef(options: ArbPlaceRefOptions = {}): fc.Arbitrary<PlaceRef> {
  if (options.places !== undefined) {
    if (options.places.length === 0) throw new RangeError('arbPlaceRef: give at least one place.');
    return fc.constantFrom(...options.places).map((place) => structuredClone(place));
  }
  const parts = plainRecord({
    // Bit 0: postal code, bit 1: NIS code, bit 2: coordinates; never 0, so one of them is always there.
    mask: fc.integer({ min: 1, max: 7 }),
    postalCode: arbPostalCode(),
    nisCode: arbNisCode(),
    coordinates: arbCoordinates(options.region),
    locality: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
  });
  return parts.map(({ mask, postalCode, nisCode, coordinates, locality }) => ({
    ...((mask & 1) !== 0 ? { postalCode } : {}),
    ...((mask & 2) !== 0 ? { nisCode } : {}),
    ...((mask & 4) !== 0 ? { coordinates } : {}),
    ...(locality !== undefined ? { locality } : {}),
  }));
}

/**
 * Short texts as records keep them (names, titles): mostly from `pool`, sometimes any 1–60 printable
 * characters without surrounding spaces (parsing trims them, so a padded text would not read back equal).
 */
export function arbShortText(pool: readonly string[]): fc.Arbitrary<string> {
  const free = fc
    .string({ minLength: 1, maxLength: 60 })
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  return pool.length === 0
    ? free
    : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: free });
}

/** One item of a pool of ids; a programmer error (RangeError) when the pool is empty. */
export function fromPool<T>(pool: readonly T[], name: string): fc.Arbitrary<T> {
  if (pool.length === 0) throw new RangeError(`${name}: the pool is empty; give at least one id.`);
  return fc.constantFrom(...pool);
}
