import {
  CONTRACT_TYPES,
  LICENCE_CATEGORIES,
  SCHEDULES,
  createIssue,
  languageLevelRank,
  type Issue,
  type JobOffer,
  type SkillRequirement,
} from '@passerelle/core';
import { maskOf } from '../internal/bits.js';
import { dayNumber } from '../internal/days.js';
import type { MatchContext } from './context.js';
import { resolvePoint, unknownSkillIssues } from './resolve-point.js';

/** A language an offer needs, as a CEFR rank. */
export interface LanguageNeed {
  readonly code: string;
  readonly rank: number;
  readonly required: boolean;
}

/** What matching reads of an offer, with skills as dense numbers. */
export interface OfferFeatures {
  readonly id: string;
  /** Must-have skills: numbers, minimum levels and skill groups (−1 when none). */
  readonly required: Int32Array;
  readonly requiredMin: Uint8Array;
  readonly requiredGroup: Int32Array;
  /** Nice-to-have skills, likewise. */
  readonly wanted: Int32Array;
  readonly wantedMin: Uint8Array;
  readonly wantedGroup: Int32Array;
  /** True when the offer lists no skill and its occupation's skills stand in. */
  readonly skillsFromOccupation: boolean;
  readonly occupation: string | undefined;
  readonly isco: string | undefined;
  /** Licence categories required (bits of LICENCE_CATEGORIES). */
  readonly licences: number;
  readonly vehicleRequired: boolean;
  readonly lat: number;
  readonly lon: number;
  readonly schedules: number;
  readonly hoursMin: number;
  readonly hoursMax: number;
  /** The bit of the contract type. */
  readonly contract: number;
  /** Day number of the start date (NaN when unset). */
  readonly startDay: number;
  readonly languages: readonly LanguageNeed[];
  /** Minimum ISCED level, −1 when none. */
  readonly minEducation: number;
  readonly issues: readonly Issue[];
}

// Plain loops: a typed array's `from` with a mapping function iterates generically, and every query projects its
// offer (it was a tenth of a query on a small pool).
function skillArrays(list: readonly SkillRequirement[], context: MatchContext) {
  const numbers = new Int32Array(list.length);
  const min = new Uint8Array(list.length);
  const group = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const skill = list[i] as SkillRequirement;
    const number = context.skillNumber(skill.id);
    numbers[i] = number;
    min[i] = skill.minLevel;
    group[i] = context.skillGroup(number);
  }
  return { numbers, min, group };
}

/** The offer's skills, or its occupation's essential (as required) and optional (as wanted) skills when it lists none. */
function offerSkills(offer: JobOffer, context: MatchContext) {
  const listsSkills = offer.requiredSkills.length > 0 || offer.wantedSkills.length > 0;
  if (
    listsSkills ||
    offer.occupation === undefined ||
    context.taxonomy.occupation(offer.occupation) === undefined
  ) {
    return { required: offer.requiredSkills, wanted: offer.wantedSkills, fromOccupation: false };
  }
  const asRequirement = (id: string): SkillRequirement => ({ id, minLevel: 1 });
  return {
    required: context.taxonomy.essentialSkills(offer.occupation).map(asRequirement),
    wanted: context.taxonomy.optionalSkills(offer.occupation).map(asRequirement),
    fromOccupation: true,
  };
}

/** Projects an offer for matching. Never throws on user data. */
export function projectOffer(offer: JobOffer, context: MatchContext): OfferFeatures {
  const skills = offerSkills(offer, context);
  const required = skillArrays(skills.required, context);
  const wanted = skillArrays(skills.wanted, context);
  const point = resolvePoint(offer.place, context, ['place']);
  return {
    id: offer.id,
    required: required.numbers,
    requiredMin: required.min,
    requiredGroup: required.group,
    wanted: wanted.numbers,
    wantedMin: wanted.min,
    wantedGroup: wanted.group,
    skillsFromOccupation: skills.fromOccupation,
    occupation: offer.occupation,
    isco: offer.occupation ? context.taxonomy.occupation(offer.occupation)?.iscoGroup : undefined,
    licences: maskOf(LICENCE_CATEGORIES, offer.licences),
    vehicleRequired: offer.vehicleRequired,
    lat: point.lat,
    lon: point.lon,
    schedules: maskOf(SCHEDULES, offer.schedules),
    hoursMin: offer.hoursPerWeek.min,
    hoursMax: offer.hoursPerWeek.max,
    contract: 1 << CONTRACT_TYPES.indexOf(offer.contractType),
    startDay: offer.startDate ? dayNumber(offer.startDate) : Number.NaN,
    languages: offer.languages.map((l) => ({
      code: l.code,
      rank: languageLevelRank(l.minLevel),
      required: l.required,
    })),
    minEducation: offer.minEducation ?? -1,
    issues: [
      ...point.issues,
      ...unknownSkillIssues(offer.requiredSkills, context, (i) => ['requiredSkills', i, 'id']),
      ...unknownSkillIssues(offer.wantedSkills, context, (i) => ['wantedSkills', i, 'id']),
      ...(offer.occupation !== undefined && context.taxonomy.occupation(offer.occupation) === undefined
        ? [
            createIssue('unknown_reference', {
              severity: 'warning',
              path: ['occupation'],
              value: offer.occupation,
              params: { kind: 'occupation' },
            }),
          ]
        : []),
    ],
  };
}
