import fc from 'fast-check';
import type { PlaceRef } from '../model/common.js';
import type { Employer } from '../model/employer.js';
import { EMPLOYER_SIZES } from '../vocab/accompaniment-codes.js';
import { DEFAULT_MIRE_IDS, EMPLOYER_NAMES } from './pools.js';
import { arbId, arbPlaceRef, arbShortText, fromPool, plainRecord } from './primitives.js';

/** Belgian enterprise numbers (10 digits) whose last two digits are the modulo-97 check of the first eight. */
export function arbEnterpriseNumber(): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: 19_999_999 }).map((body) => {
    const check = 97 - (body % 97);
    return String(body).padStart(8, '0') + String(check).padStart(2, '0');
  });
}

/** NACE-BEL codes: a division (`52`) or a class with one to three decimals (`52.1`, `52.10`, `52.101`). */
export function arbNaceCode(): fc.Arbitrary<string> {
  const division = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
  const decimals = fc.option(fc.integer({ min: 0, max: 999 }).map(String), { nil: undefined });
  return fc.tuple(division, decimals).map(([head, tail]) => (tail === undefined ? head : `${head}.${tail}`));
}

/** Options of {@link arbEmployer}. */
export interface ArbEmployerOptions {
  /** Mire ids (default {@link DEFAULT_MIRE_IDS}). */
  readonly mireIds?: readonly string[];
  /** Sites to draw from (default: generated place references). */
  readonly places?: readonly PlaceRef[];
  /** Employer ids (default: `arbId('emp')`). */
  readonly id?: fc.Arbitrary<string>;
}

/** Valid employers: names without surrounding spaces, enterprise numbers with a valid check, NACE codes. */
export function arbEmployer(options: ArbEmployerOptions = {}): fc.Arbitrary<Employer> {
  return plainRecord(
    {
      id: options.id ?? arbId('emp'),
      name: arbShortText(EMPLOYER_NAMES),
      enterpriseNumber: arbEnterpriseNumber(),
      naceCode: arbNaceCode(),
      size: fc.constantFrom(...EMPLOYER_SIZES),
      place: arbPlaceRef({ ...(options.places ? { places: options.places } : {}) }),
      mireId: fromPool(options.mireIds ?? DEFAULT_MIRE_IDS, 'arbEmployer mireIds'),
    },
    { requiredKeys: ['id', 'name'] },
  );
}
