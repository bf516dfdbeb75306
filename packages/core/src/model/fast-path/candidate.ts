import type { Candidate, CommuteLimit, Education, HoursRange } from '../candidate.js';
import {
  ContractTypeSchema,
  IscedLevelSchema,
  LicenceCategorySchema,
  ProgrammeSchema,
  ScheduleSchema,
  TransportModeSchema,
  WorkPermitSchema,
  BelgianDiplomaSchema,
} from '../enums.js';
import { BELGIAN_DIPLOMA_ISCED } from '../../vocab/education.js';
import { fastHeldSkill, fastSpokenLanguage } from './skill-entries.js';
import { fastPlaceRef } from './place.js';
import {
  absent,
  codeSet,
  distinctCodes,
  distinctIdList,
  distinctObjects,
  isDate,
  isId,
  isIntegerIn,
  isNumberIn,
  isOptional,
  isPlainObject,
  literalSet,
} from './checks.js';

/*
 * Why a hand-written check beside `CandidateSchema`: zod costs ~30 µs per candidate, and a Mire imports
 * files of 250,000 of them. This check takes about a microsecond. It accepts only candidates the schema
 * accepts and returns what the schema returns (same keys, same order, copies of the lists); anything
 * unusual, every bad record included, gets `undefined` and goes through zod, which reports the issues.
 */

const ISCED_LEVELS = literalSet(IscedLevelSchema);
const DIPLOMAS = codeSet(BelgianDiplomaSchema);
const TRANSPORT_MODES = codeSet(TransportModeSchema);
const LICENCES = codeSet(LicenceCategorySchema);
const SCHEDULES = codeSet(ScheduleSchema);
const CONTRACT_TYPES = codeSet(ContractTypeSchema);
const WORK_PERMITS = codeSet(WorkPermitSchema);
const PROGRAMMES = codeSet(ProgrammeSchema);

/** `EducationSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastEducation(value: unknown): Education | undefined {
  if (!isPlainObject(value)) return undefined;
  const { isced, diploma } = value;
  if (!ISCED_LEVELS.has(isced)) return undefined;
  if (diploma === undefined)
    return absent(value, 'diploma') ? { isced: isced as Education['isced'] } : undefined;
  if (typeof diploma !== 'string' || !DIPLOMAS.has(diploma)) return undefined;
  const level = isced as Education['isced'];
  const belgian = diploma as NonNullable<Education['diploma']>;
  // A diploma certifies a level: the declared one may be above it, never below (`diploma_level_mismatch`).
  if (level < BELGIAN_DIPLOMA_ISCED[belgian]) return undefined;
  return { isced: level, diploma: belgian };
}

const isMinutes = (value: unknown): value is number => isIntegerIn(value, 1, 240);
const isKm = (value: unknown): value is number => isNumberIn(value, 0.1, 300);

/** `CommuteLimitSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastCommuteLimit(value: unknown): CommuteLimit | undefined {
  if (!isPlainObject(value)) return undefined;
  const { mode, maxMinutes, maxKm } = value;
  if (typeof mode !== 'string' || !TRANSPORT_MODES.has(mode)) return undefined;
  if (!isOptional(value, 'maxMinutes', maxMinutes, isMinutes)) return undefined;
  if (!isOptional(value, 'maxKm', maxKm, isKm)) return undefined;
  // Minutes, kilometres or both, never neither (`commute_limit_missing`).
  if (maxMinutes === undefined && maxKm === undefined) return undefined;
  const limit: CommuteLimit = { mode: mode as CommuteLimit['mode'] };
  if (maxMinutes !== undefined) limit.maxMinutes = maxMinutes;
  if (maxKm !== undefined) limit.maxKm = maxKm;
  return limit;
}

/** `HoursRangeSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastHoursRange(value: unknown): HoursRange | undefined {
  if (!isPlainObject(value)) return undefined;
  const { min, max } = value;
  if (!isNumberIn(min, 0, 60) || !isNumberIn(max, 1, 60) || min > max) return undefined;
  return { min, max };
}

const commuteMode = (limit: CommuteLimit): string => limit.mode;

/**
 * `CandidateSchema`'s output for a plain-data candidate it accepts, or `undefined` when not sure (the
 * caller then parses with zod). Never accepts a candidate the schema rejects.
 */
export function fastCandidate(value: unknown): Candidate | undefined {
  if (!isPlainObject(value)) return undefined;
  const { id, unemployedSince, hasVehicle, availableFrom, workPermit, mireId, counsellorId } = value;
  if (!isId(id) || !isId(mireId) || typeof hasVehicle !== 'boolean') return undefined;
  if (typeof workPermit !== 'string' || !WORK_PERMITS.has(workPermit)) return undefined;
  if (!isOptional(value, 'unemployedSince', unemployedSince, isDate)) return undefined;
  if (!isOptional(value, 'availableFrom', availableFrom, isDate)) return undefined;
  if (!isOptional(value, 'counsellorId', counsellorId, isId)) return undefined;
  const home = fastPlaceRef(value.home);
  if (home === undefined) return undefined;
  const education = fastEducation(value.education);
  if (education === undefined) return undefined;
  const skills = distinctObjects(value.skills, 300, fastHeldSkill, (skill) => skill.id);
  if (skills === undefined) return undefined;
  const wantedOccupations = distinctIdList(value.wantedOccupations, 20);
  if (wantedOccupations === undefined) return undefined;
  const languages = distinctObjects(value.languages, 20, fastSpokenLanguage, (language) => language.code);
  if (languages === undefined) return undefined;
  const licences = distinctCodes<Candidate['licences'][number]>(value.licences, LICENCES);
  if (licences === undefined) return undefined;
  const commute = distinctObjects(value.commute, 4, fastCommuteLimit, commuteMode);
  if (commute === undefined) return undefined;
  const hoursPerWeek = fastHoursRange(value.hoursPerWeek);
  if (hoursPerWeek === undefined) return undefined;
  const schedules = distinctCodes<Candidate['schedules'][number]>(value.schedules, SCHEDULES);
  if (schedules === undefined) return undefined;
  const contractTypes = distinctCodes<Candidate['contractTypes'][number]>(
    value.contractTypes,
    CONTRACT_TYPES,
  );
  if (contractTypes === undefined) return undefined;
  const programmes = distinctCodes<Candidate['programmes'][number]>(value.programmes, PROGRAMMES);
  if (programmes === undefined) return undefined;

  // Keys in the schema's order, optional ones only when set, as zod writes them. One literal per case
  // (rather than keys added one by one) so that V8 allocates each candidate once, at its final size.
  const permit = workPermit as Candidate['workPermit'];
  const mask =
    (unemployedSince !== undefined ? 4 : 0) +
    (availableFrom !== undefined ? 2 : 0) +
    (counsellorId !== undefined ? 1 : 0);
  switch (mask) {
    case 0:
      return {
        id,
        home,
        education,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        programmes,
      } as Candidate;
    case 1:
      return {
        id,
        home,
        education,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        counsellorId,
        programmes,
      } as Candidate;
    case 2:
      return {
        id,
        home,
        education,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        availableFrom,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        programmes,
      } as Candidate;
    case 3:
      return {
        id,
        home,
        education,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        availableFrom,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        counsellorId,
        programmes,
      } as Candidate;
    case 4:
      return {
        id,
        home,
        education,
        unemployedSince,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        programmes,
      } as Candidate;
    case 5:
      return {
        id,
        home,
        education,
        unemployedSince,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        counsellorId,
        programmes,
      } as Candidate;
    case 6:
      return {
        id,
        home,
        education,
        unemployedSince,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        availableFrom,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        programmes,
      } as Candidate;
    default:
      return {
        id,
        home,
        education,
        unemployedSince,
        skills,
        wantedOccupations,
        languages,
        licences,
        hasVehicle,
        commute,
        availableFrom,
        hoursPerWeek,
        schedules,
        contractTypes,
        workPermit: permit,
        mireId,
        counsellorId,
        programmes,
      } as Candidate;
  }
}

/** The keys the fast paths above read, for the test that compares them with the schemas' keys. */
export const CANDIDATE_FAST_PATH_KEYS = {
  education: ['isced', 'diploma'],
  commuteLimit: ['mode', 'maxMinutes', 'maxKm'],
  hoursRange: ['min', 'max'],
  candidate: [
    'id',
    'home',
    'education',
    'unemployedSince',
    'skills',
    'wantedOccupations',
    'languages',
    'licences',
    'hasVehicle',
    'commute',
    'availableFrom',
    'hoursPerWeek',
    'schedules',
    'contractTypes',
    'workPermit',
    'mireId',
    'counsellorId',
    'programmes',
  ],
} as const;
