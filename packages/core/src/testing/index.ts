/**
 * `@passerelle/core/testing`: fast-check arbitraries of every record kind, producing only valid records
 * and shrinking well, plus tiny fixtures, for the tests of Passerelle's packages and of applications.
 * Needs `fast-check` 4 (an optional peer dependency of `@passerelle/core`).
 *
 * @packageDocumentation
 */

// Building blocks.
export {
  arbIsoDate,
  arbDay,
  arbId,
  arbPostalCode,
  arbNisCode,
  arbCoordinates,
  arbPlaceRef,
  arbShortText,
} from './primitives.js';
export type { ArbIsoDateOptions, ArbPlaceRefOptions } from './primitives.js';

// Records.
export {
  arbCandidate,
  arbEducation,
  arbHoursRange,
  arbCommuteLimit,
  arbCommute,
  arbHeldSkills,
  arbSpokenLanguages,
} from './candidate.js';
export type { ArbCandidateOptions } from './candidate.js';
export { arbProtectedAttributes, arbCandidateRecord } from './protected-attributes.js';
export type { ArbProtectedAttributesOptions, ArbCandidateRecordOptions } from './protected-attributes.js';
export { arbJobOffer } from './job-offer.js';
export type { ArbJobOfferOptions } from './job-offer.js';
export { arbEmployer, arbEnterpriseNumber, arbNaceCode } from './employer.js';
export type { ArbEmployerOptions } from './employer.js';
export { arbContract, arbAccompaniment, arbFollowUp } from './spells.js';
export type { ArbSpellOptions } from './spells.js';
export { arbMireTerritory } from './territory.js';
export type { ArbMireTerritoryOptions } from './territory.js';

export { arbRecordOfKind } from './record-of-kind.js';

// Default pools of ids.
export {
  DEFAULT_SKILL_IDS,
  DEFAULT_OCCUPATION_IDS,
  DEFAULT_MIRE_IDS,
  DEFAULT_LANGUAGE_CODES,
  DEFAULT_COUNTRY_CODES,
  OFFER_TITLES,
  EMPLOYER_NAMES,
} from './pools.js';

// Fixtures.
export {
  fixtureCandidate,
  fixtureProtectedAttributes,
  fixtureCandidateRecord,
  fixtureEmployer,
  fixtureJobOffer,
} from './fixtures.js';
