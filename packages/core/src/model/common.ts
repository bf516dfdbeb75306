import { z } from 'zod';
import { LANGUAGE_CODE_PATTERN } from '../vocab/languages.js';

/**
 * Shared building blocks of the entity schemas. Custom checks carry their Passerelle issue code in
 * `params.code`; `issues/from-zod.ts` turns zod's issues into Passerelle issues.
 */

/** Identifiers: pseudonymous, 1–64 characters among letters, digits and `. _ : -`. */
export const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
/** A record identifier. */
export const IdSchema = z
  .string()
  .refine((value) => ID_PATTERN.test(value), { params: { code: 'invalid_id' } });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The two ASCII digits of `value` at `at` as a number, or -1. */
function twoDigits(value: string, at: number): number {
  const tens = value.charCodeAt(at) - 48;
  const units = value.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (proleptic Gregorian, years 0000–9999).
 * Written with char codes rather than a regex and a `Date`: imports check two dates for each of hundreds
 * of thousands of records.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const century = twoDigits(value, 0);
  const yearOfCentury = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= (DAYS_IN_MONTH[month - 1] as number);
  const year = century * 100 + yearOfCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

/** A calendar date as `YYYY-MM-DD` (no time, no zone: the Mire's dates are local days). */
export const IsoDateSchema = z.string().refine(isIsoDate, { params: { code: 'invalid_date' } });
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

/** A Belgian postal code: four digits, 1000–9999. */
export const POSTAL_CODE_PATTERN = /^[1-9]\d{3}$/;
/** A Belgian postal code. */
export const PostalCodeSchema = z
  .string()
  .refine((value) => POSTAL_CODE_PATTERN.test(value), { params: { code: 'invalid_postal_code' } });

/** A Statbel NIS (INS) code: five digits. */
export const NIS_CODE_PATTERN = /^\d{5}$/;
/** A Statbel NIS code. */
export const NisCodeSchema = z
  .string()
  .refine((value) => NIS_CODE_PATTERN.test(value), { params: { code: 'invalid_nis_code' } });

/** WGS84 coordinates in decimal degrees. */
export const CoordinatesSchema = z
  .object({ lat: z.number(), lon: z.number() })
  .refine((c) => Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180, {
    params: { code: 'invalid_coordinates' },
  });
/** WGS84 coordinates. */
export type Coordinates = z.infer<typeof CoordinatesSchema>;

/**
 * Where a person lives or a job is: a postal code, a commune NIS code, coordinates, or several of them.
 * Coordinates win when present; otherwise the gazetteer resolves the codes.
 */
export const PlaceRefSchema = z
  .object({
    postalCode: PostalCodeSchema.optional(),
    nisCode: NisCodeSchema.optional(),
    coordinates: CoordinatesSchema.optional(),
    /** Free-text locality as the user wrote it, kept for display. */
    locality: z.string().max(120).optional(),
  })
  .refine((p) => p.postalCode !== undefined || p.nisCode !== undefined || p.coordinates !== undefined, {
    params: { code: 'place_missing' },
  });
/** A reference to a place. */
export type PlaceRef = z.infer<typeof PlaceRefSchema>;

/** An ISO 639-1 language code. */
export const LanguageCodeSchema = z
  .string()
  .refine((value) => LANGUAGE_CODE_PATTERN.test(value), { params: { code: 'invalid_language_code' } });

/** A taxonomy concept id (skill or occupation): an ESCO UUID, or any identifier of the user's taxonomy. */
export const ConceptIdSchema = IdSchema;

/** A short free text (names, titles). */
export const ShortTextSchema = z.string().trim().min(1).max(200);

/** A list whose items must be distinct (by a key). */
export function distinctBy<T>(key: (item: T) => unknown) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) {
        ctx.addIssue({ code: 'custom', path: [i], input: k, params: { code: 'duplicate_value' } });
      }
      seen.add(k);
    });
  };
}
