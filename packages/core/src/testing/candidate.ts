import fc from 'fast-check';
import type { Candidate, CommuteLimit, Education, HoursRange } from '../model/candidate.js';
import type { PlaceRef } from '../model/common.js';
import type { HeldSkill, SpokenLanguage } from '../model/skill-entries.js';
import { PROGRAMMES } from '../vocab/accompaniment-codes.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import {
  BELGIAN_DIPLOMAS,
  BELGIAN_DIPLOMA_ISCED,
  ISCED_LEVELS,
  type IscedLevel,
} from '../vocab/education.js';
import { LANGUAGE_LEVELS } from '../vocab/languages.js';
import { LICENCE_CATEGORIES } from '../vocab/licences.js';
import { SKILL_LEVELS } from '../vocab/skill-levels.js';
import { SCHEDULES, WORK_PERMIT_STATUSES, type TransportMode } from '../vocab/work-conditions.js';
import {
  DEFAULT_LANGUAGE_CODES,
  DEFAULT_MIRE_IDS,
  DEFAULT_OCCUPATION_IDS,
  DEFAULT_SKILL_IDS,
} from './pools.js';
import { arbId, arbIsoDate, arbPlaceRef, fromPool, plainRecord, subsetOf } from './primitives.js';

/** Options of {@link arbCandidate}: the pools ids are drawn from (small defaults, so that tests see overlaps). */
export interface ArbCandidateOptions {
  /** Skill ids to draw held skills from (default {@link DEFAULT_SKILL_IDS}); may be empty. */
  readonly skillIds?: readonly string[];
  /** Occupation ids to draw wishes from (default {@link DEFAULT_OCCUPATION_IDS}); may be empty. */
  readonly occupationIds?: readonly string[];
  /** Mire ids (default {@link DEFAULT_MIRE_IDS}). */
  readonly mireIds?: readonly string[];
  /** Language codes (default {@link DEFAULT_LANGUAGE_CODES}). */
  readonly languageCodes?: readonly string[];
  /** Homes to draw from (default: generated place references). */
  readonly places?: readonly PlaceRef[];
  /** Candidate ids (default: `arbId('cand')`). */
  readonly id?: fc.Arbitrary<string>;
  /** Most skills a candidate holds (default 6). */
  readonly maxSkills?: number;
}

/**
 * Highest education: an ISCED level, with a Belgian diploma sometimes, never below the level that diploma
 * certifies. Shrinks towards ISCED 0 without a diploma.
 */
export function arbEducation(): fc.Arbitrary<Education> {
  return plainRecord({
    level: fc.constantFrom(...ISCED_LEVELS),
    diploma: fc.option(fc.constantFrom(...BELGIAN_DIPLOMAS), { nil: undefined }),
  }).map(({ level, diploma }) => {
    if (diploma === undefined) return { isced: level };
    const isced = Math.max(level, BELGIAN_DIPLOMA_ISCED[diploma]) as IscedLevel;
    return { isced, diploma };
  });
}

/** Weekly hours with `min ≤ max` (half hours; max at least 1). */
export function arbHoursRange(): fc.Arbitrary<HoursRange> {
  return fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 2, max: 120 }))
    .map(([a, b]) => ({ min: Math.min(a, b) / 2, max: Math.max(a, b) / 2 }));
}

/** The longest commute with one mode: minutes, kilometres (tenths) or both, never neither. */
export function arbCommuteLimit(mode: TransportMode): fc.Arbitrary<CommuteLimit> {
  const minutes = fc.integer({ min: 1, max: 240 });
  const km = fc.integer({ min: 1, max: 3000 }).map((tenths) => tenths / 10);
  return fc.oneof(
    minutes.map((maxMinutes) => ({ mode, maxMinutes })),
    km.map((maxKm) => ({ mode, maxKm })),
    fc.tuple(minutes, km).map(([maxMinutes, maxKm]) => ({ mode, maxMinutes, maxKm })),
  );
}

/** Commute limits, at most one per transport mode. Shrinks towards none. */
export function arbCommute(): fc.Arbitrary<CommuteLimit[]> {
  return plainRecord(
    {
      public_transport: arbCommuteLimit('public_transport'),
      car: arbCommuteLimit('car'),
      bike: arbCommuteLimit('bike'),
      walk: arbCommuteLimit('walk'),
    },
    { requiredKeys: [] },
  ).map((limits) => Object.values(limits));
}

/** Held skills with distinct ids from a pool, levels 1–4 and sometimes years of experience. */
export function arbHeldSkills(skillIds: readonly string[], maxLength = 6): fc.Arbitrary<HeldSkill[]> {
  if (skillIds.length === 0) return fc.constant(null).map((): HeldSkill[] => []);
  const skill = plainRecord(
    {
      id: fc.constantFrom(...skillIds),
      level: fc.constantFrom(...SKILL_LEVELS),
      years: fc.integer({ min: 0, max: 60 }),
    },
    { requiredKeys: ['id', 'level'] },
  );
  return fc.uniqueArray(skill, { selector: (s) => s.id, maxLength });
}

/** Spoken languages with distinct codes and CEFR levels (or native). */
export function arbSpokenLanguages(
  codes: readonly string[] = DEFAULT_LANGUAGE_CODES,
): fc.Arbitrary<SpokenLanguage[]> {
  const language = plainRecord({
    code: fromPool(codes, 'arbSpokenLanguages'),
    level: fc.constantFrom(...LANGUAGE_LEVELS),
  });
  return fc.uniqueArray(language, { selector: (l) => l.code, maxLength: 4 });
}

/**
 * Valid candidate profiles (no protected attribute): distinct skills, languages, licences and modes,
 * hours with min ≤ max, education consistent with the diploma. Optional fields come and go; everything
 * shrinks towards the smallest profile.
 */
export function arbCandidate(options: ArbCandidateOptions = {}): fc.Arbitrary<Candidate> {
  const occupationIds = options.occupationIds ?? DEFAULT_OCCUPATION_IDS;
  return plainRecord(
    {
      id: options.id ?? arbId('cand'),
      home: arbPlaceRef({ ...(options.places ? { places: options.places } : {}) }),
      education: arbEducation(),
      unemployedSince: arbIsoDate({ min: '2000-01-01', max: '2026-12-31' }),
      skills: arbHeldSkills(options.skillIds ?? DEFAULT_SKILL_IDS, options.maxSkills ?? 6),
      wantedOccupations: subsetOf(occupationIds, 3),
      languages: arbSpokenLanguages(options.languageCodes),
      licences: subsetOf(LICENCE_CATEGORIES, 4),
      hasVehicle: fc.boolean(),
      commute: arbCommute(),
      availableFrom: arbIsoDate(),
      hoursPerWeek: arbHoursRange(),
      schedules: subsetOf(SCHEDULES),
      contractTypes: subsetOf(CONTRACT_TYPES, 4),
      workPermit: fc.constantFrom(...WORK_PERMIT_STATUSES),
      mireId: fromPool(options.mireIds ?? DEFAULT_MIRE_IDS, 'arbCandidate mireIds'),
      counsellorId: arbId('counsellor'),
      programmes: subsetOf(PROGRAMMES, 3),
    },
    {
      requiredKeys: [
        'id',
        'home',
        'education',
        'skills',
        'wantedOccupations',
        'languages',
        'licences',
        'hasVehicle',
        'commute',
        'hoursPerWeek',
        'schedules',
        'contractTypes',
        'workPermit',
        'mireId',
        'programmes',
      ],
    },
  );
}
