import fc from 'fast-check';
import type { PlaceRef } from '../model/common.js';
import type { JobOffer } from '../model/job-offer.js';
import type { LanguageRequirement, SkillRequirement } from '../model/skill-entries.js';
import { isoOfDay } from '../synthetic/calendar.js';
import { OFFER_STATUSES } from '../vocab/accompaniment-codes.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { ISCED_LEVELS } from '../vocab/education.js';
import { LANGUAGE_LEVELS } from '../vocab/languages.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import { SKILL_LEVELS } from '../vocab/skill-levels.js';
import { SCHEDULES } from '../vocab/work-conditions.js';
import { arbHoursRange } from './candidate.js';
import {
  DEFAULT_LANGUAGE_CODES,
  DEFAULT_MIRE_IDS,
  DEFAULT_OCCUPATION_IDS,
  DEFAULT_SKILL_IDS,
  OFFER_TITLES,
} from './pools.js';
import {
  arbDay,
  arbId,
  arbIsoDate,
  arbPlaceRef,
  arbShortText,
  fromPool,
  plainRecord,
  subsetOf,
} from './primitives.js';

/** Options of {@link arbJobOffer}: pools of ids (small defaults, shared with {@link arbCandidate}). */
export interface ArbJobOfferOptions {
  /** Skill ids to draw requirements from (default {@link DEFAULT_SKILL_IDS}); may be empty. */
  readonly skillIds?: readonly string[];
  /** Occupation ids (default {@link DEFAULT_OCCUPATION_IDS}). */
  readonly occupationIds?: readonly string[];
  /** Employer ids (default: `arbId('emp')`). */
  readonly employerIds?: readonly string[];
  /** Mire ids (default {@link DEFAULT_MIRE_IDS}). */
  readonly mireIds?: readonly string[];
  /** Language codes (default {@link DEFAULT_LANGUAGE_CODES}). */
  readonly languageCodes?: readonly string[];
  /** Workplaces to draw from (default: generated place references). */
  readonly places?: readonly PlaceRef[];
  /** Offer ids (default: `arbId('off')`). */
  readonly id?: fc.Arbitrary<string>;
}

interface SkillRequirements {
  requiredSkills: SkillRequirement[];
  wantedSkills: SkillRequirement[];
}

// One list of distinct skills, cut in two: required first, then wanted (never the same skill twice).
function arbSkillRequirements(skillIds: readonly string[]): fc.Arbitrary<SkillRequirements> {
  // Fresh arrays per value: a test may change what it is given.
  if (skillIds.length === 0) return fc.constant(null).map(() => ({ requiredSkills: [], wantedSkills: [] }));
  const requirement = plainRecord({
    id: fc.constantFrom(...skillIds),
    minLevel: fc.constantFrom(...SKILL_LEVELS),
  });
  return fc
    .tuple(fc.uniqueArray(requirement, { selector: (r) => r.id, maxLength: 8 }), fc.nat({ max: 8 }))
    .map(([list, cut]) => ({
      requiredSkills: list.slice(0, cut),
      wantedSkills: list.slice(cut),
    }));
}

function arbLanguageRequirements(codes: readonly string[]): fc.Arbitrary<LanguageRequirement[]> {
  const requirement = plainRecord({
    code: fromPool(codes, 'arbJobOffer languageCodes'),
    minLevel: fc.constantFrom(...LANGUAGE_LEVELS),
    required: fc.boolean(),
  });
  return fc.uniqueArray(requirement, { selector: (r) => r.code, maxLength: 3 });
}

/**
 * Valid job offers: distinct skill and language requirements, hours with min ≤ max, a closing date never
 * before publication. Optional fields come and go; everything shrinks towards the smallest offer.
 */
export function arbJobOffer(options: ArbJobOfferOptions = {}): fc.Arbitrary<JobOffer> {
  const parts = plainRecord(
    {
      id: options.id ?? arbId('off'),
      employerId: options.employerIds
        ? fromPool(options.employerIds, 'arbJobOffer employerIds')
        : arbId('emp'),
      title: arbShortText(OFFER_TITLES),
      occupation: fromPool(options.occupationIds ?? DEFAULT_OCCUPATION_IDS, 'arbJobOffer occupationIds'),
      description: fc.string({ maxLength: 200 }),
      minEducation: fc.constantFrom(...ISCED_LEVELS),
      languages: arbLanguageRequirements(options.languageCodes ?? DEFAULT_LANGUAGE_CODES),
      licences: subsetOf(LICENCE_CATEGORIES, 3),
      vehicleRequired: fc.boolean(),
      place: arbPlaceRef({ ...(options.places ? { places: options.places } : {}) }),
      schedules: subsetOf(SCHEDULES),
      hoursPerWeek: arbHoursRange(),
      contractType: fc.constantFrom(...CONTRACT_TYPES),
      durationMonths: fc.integer({ min: 1, max: 120 }),
      startDate: arbIsoDate(),
      positions: fc.integer({ min: 1, max: 1000 }),
      status: fc.constantFrom(...OFFER_STATUSES),
      mireId: fromPool(options.mireIds ?? DEFAULT_MIRE_IDS, 'arbJobOffer mireIds'),
    },
    {
      requiredKeys: [
        'id',
        'employerId',
        'title',
        'languages',
        'licences',
        'vehicleRequired',
        'place',
        'schedules',
        'hoursPerWeek',
        'contractType',
        'positions',
        'status',
      ],
    },
  );
  const dates = fc.tuple(arbDay(), fc.option(fc.integer({ min: 0, max: 365 }), { nil: undefined }));
  return fc
    .tuple(parts, arbSkillRequirements(options.skillIds ?? DEFAULT_SKILL_IDS), dates)
    .map(([offer, skills, [published, open]]) => ({
      ...offer,
      ...skills,
      publishedOn: isoOfDay(published),
      ...(open !== undefined ? { closesOn: isoOfDay(published + open) } : {}),
    }));
}
