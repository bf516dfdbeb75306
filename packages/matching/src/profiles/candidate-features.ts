import {
  CONTRACT_TYPES,
  LICENCE_CATEGORIES,
  SCHEDULES,
  canWork,
  expandLicences,
  languageLevelRank,
  type Candidate,
  type Issue,
} from '@passerelle/core';
import { MODES } from '../config/config.js';
import { groupMask, maskOf } from '../internal/bits.js';
import { dayNumber } from '../internal/days.js';
import type { MatchContext } from './context.js';
import { resolvePoint, unknownSkillIssues } from './resolve-point.js';

/**
 * What matching reads of a candidate: a projection with no protected attribute (the `Candidate` type has
 * none, and only the fields below are read), with skills as sorted dense numbers for fast scoring.
 */
export interface CandidateFeatures {
  readonly id: string;
  /** Skill numbers, ascending, and the level held for each. */
  readonly skills: Int32Array;
  readonly levels: Uint8Array;
  /** Skill groups of the skills held, ascending, without repeats. */
  readonly groups: Int32Array;
  /** The same groups as 32 bits (see `groupMask`), read by the index's columns and per-group lists. */
  readonly groupMask: number;
  readonly wantedOccupations: readonly string[];
  /** ISCO codes of the wanted occupations (4 digits), where the taxonomy knows them. */
  readonly wantedIsco: readonly string[];
  /** Licence categories held, with those they entitle to (bit i = LICENCE_CATEGORIES[i]). */
  readonly licences: number;
  readonly hasVehicle: boolean;
  /** Home point; NaN when the place could not be resolved. */
  readonly lat: number;
  readonly lon: number;
  /** Limits per transport mode (MODES order): minutes and km, Infinity when unset, NaN when the mode is not used. */
  readonly maxMinutes: Float64Array;
  readonly maxKm: Float64Array;
  readonly hasCommuteLimits: boolean;
  /** Day number from which the person can start (−Infinity when unset). */
  readonly availableDay: number;
  readonly hoursMin: number;
  readonly hoursMax: number;
  readonly schedules: number;
  /** Accepted contract types; 0 means any. */
  readonly contracts: number;
  readonly canWork: boolean;
  /** Language code → CEFR rank (1 = A1 … 7 = native). */
  readonly languages: ReadonlyMap<string, number>;
  readonly isced: number;
  /** Problems met while projecting (an unknown place), reported with results. */
  readonly issues: readonly Issue[];
}

const CAR_LICENCE = 1 << LICENCE_CATEGORIES.indexOf('B');

function commuteLimits(
  candidate: Candidate,
  canDrive: boolean,
  context: MatchContext,
): readonly [Float64Array, Float64Array] {
  // Profiles never write to their arrays: those alike share one pair, found by what the person wrote (the key is
  // built before any array, since most candidates find theirs already made).
  let key = canDrive ? 'commute:d' : 'commute:';
  for (const limit of candidate.commute) key += `;${limit.mode}=${limit.maxMinutes}/${limit.maxKm}`;
  return context.shared(key, () => {
    const minutes = new Float64Array(MODES.length).fill(Number.NaN);
    const km = new Float64Array(MODES.length).fill(Number.NaN);
    for (const limit of candidate.commute) {
      const mode = MODES.indexOf(limit.mode);
      // Driving needs a licence and a vehicle, whatever the person wrote.
      if (limit.mode === 'car' && !canDrive) continue;
      minutes[mode] = limit.maxMinutes ?? Number.POSITIVE_INFINITY;
      km[mode] = limit.maxKm ?? Number.POSITIVE_INFINITY;
    }
    return [minutes, km] as const;
  });
}

const NONE: readonly never[] = Object.freeze([]);
const NO_LANGUAGES: ReadonlyMap<string, number> = new Map();

/** Room for one candidate's groups before they are shared (projection runs one candidate at a time). */
let groupScratch = new Int32Array(64);

/**
 * Skill numbers ascending with their levels, and the distinct groups ascending: typed arrays filled in place
 * (an index projects hundreds of thousands of candidates; intermediate arrays would cost more than the work).
 */
function skillArrays(candidate: Candidate, context: MatchContext) {
  const count = candidate.skills.length;
  const skills = new Int32Array(count);
  const levels = new Uint8Array(count);
  let unknown = false;
  // Insertion sorts: a candidate lists a handful of skills.
  for (let i = 0; i < count; i++) {
    const skill = candidate.skills[i] as Candidate['skills'][number];
    const number = context.skillNumber(skill.id);
    if (!context.isKnownSkill(number)) unknown = true;
    let at = i;
    while (at > 0 && (skills[at - 1] as number) > number) {
      skills[at] = skills[at - 1] as number;
      levels[at] = levels[at - 1] as number;
      at--;
    }
    skills[at] = number;
    levels[at] = skill.level;
  }
  if (groupScratch.length < count) groupScratch = new Int32Array(2 * count);
  const groups = groupScratch;
  let distinct = 0;
  for (let i = 0; i < count; i++) {
    const group = context.skillGroup(skills[i] as number);
    if (group < 0) continue;
    let at = distinct;
    while (at > 0 && (groups[at - 1] as number) > group) at--;
    if (at > 0 && groups[at - 1] === group) continue;
    groups.copyWithin(at + 1, at, distinct);
    groups[at] = group;
    distinct++;
  }
  // Candidates of one trade hold the same few groups: those alike share one array.
  return { skills, levels, groups: context.sharedList(groups, distinct), unknown };
}

/**
 * The wanted occupations and their ISCO codes, one shared pair per distinct list: the records' own arrays (and
 * their strings, fresh from a file) are not kept.
 */
function wantedOf(
  candidate: Candidate,
  context: MatchContext,
): { readonly ids: readonly string[]; readonly isco: readonly string[] } {
  const wanted = candidate.wantedOccupations;
  if (wanted.length === 0) return NO_WANTED;
  let key = 'wanted:';
  for (const id of wanted) key += `${id};`;
  return context.shared(key, () => {
    const isco: string[] = [];
    for (const id of wanted) {
      const code = context.taxonomy.occupation(id)?.iscoGroup;
      if (code !== undefined) isco.push(code);
    }
    return { ids: Object.freeze([...wanted]), isco: Object.freeze(isco) };
  });
}

const NO_WANTED = Object.freeze({ ids: NONE, isco: NONE });

function languageRanks(candidate: Candidate, context: MatchContext): ReadonlyMap<string, number> {
  if (candidate.languages.length === 0) return NO_LANGUAGES;
  let key = 'languages:';
  for (const language of candidate.languages) key += `${language.code}=${language.level};`;
  return context.shared(key, () => {
    const ranks = new Map<string, number>();
    for (const language of candidate.languages) ranks.set(language.code, languageLevelRank(language.level));
    return ranks;
  });
}

/** Projects a candidate for matching. Never throws on user data: an unknown place gives NaN coordinates and an issue. */
export function projectCandidate(candidate: Candidate, context: MatchContext): CandidateFeatures {
  const { skills, levels, groups, unknown } = skillArrays(candidate, context);
  const licences = maskOf(LICENCE_CATEGORIES, expandLicences(candidate.licences));
  const canDrive = candidate.hasVehicle && (licences & CAR_LICENCE) !== 0;
  const [maxMinutes, maxKm] = commuteLimits(candidate, canDrive, context);
  const point = resolvePoint(candidate.home, context, ['home']);
  const wanted = wantedOf(candidate, context);
  return {
    id: candidate.id,
    skills,
    levels,
    groups,
    groupMask: groupMask(groups),
    wantedOccupations: wanted.ids,
    wantedIsco: wanted.isco,
    licences,
    hasVehicle: candidate.hasVehicle,
    lat: point.lat,
    lon: point.lon,
    maxMinutes,
    maxKm,
    hasCommuteLimits: candidate.commute.length > 0,
    availableDay: candidate.availableFrom ? dayNumber(candidate.availableFrom) : Number.NEGATIVE_INFINITY,
    hoursMin: candidate.hoursPerWeek.min,
    hoursMax: candidate.hoursPerWeek.max,
    schedules: maskOf(SCHEDULES, candidate.schedules),
    contracts: maskOf(CONTRACT_TYPES, candidate.contractTypes),
    canWork: canWork(candidate.workPermit),
    languages: languageRanks(candidate, context),
    isced: candidate.education.isced,
    // Most profiles have nothing to report: they share one empty list.
    issues: unknown
      ? [...point.issues, ...unknownSkillIssues(candidate.skills, context, (i) => ['skills', i, 'id'])]
      : point.issues,
  };
}
