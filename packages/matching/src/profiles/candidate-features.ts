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
import { TRADE_UNKNOWN, tradeKeys } from '../internal/trade-keys.js';
import { dayNumber } from '../internal/days.js';
import type { MatchContext, WantedOccupations } from './context.js';
import { resolvePoint, unknownSkillIssues, type ResolvedPoint } from './resolve-point.js';
import type { CommuteSource, LanguageList } from './shared-values.js';

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
  /** The keys of the index's per-trade lists the wanted occupations put the candidate on (see `tradeKeys`). */
  readonly tradeKeys: readonly number[];
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

/**
 * A candidate's facts that need neither taxonomy nor gazetteer, as numbers in a row of {@link FACT_COUNT}: what an
 * import worker computes before handing the profile over (see `candidate-batch.ts`), and the direct projection too.
 */
export const Fact = {
  licences: 0,
  hasVehicle: 1,
  availableDay: 2,
  hoursMin: 3,
  hoursMax: 4,
  schedules: 5,
  contracts: 6,
  canWork: 7,
  isced: 8,
  hasCommuteLimits: 9,
} as const;
export const FACT_COUNT = 10;

/** Writes a candidate's facts at `row[at…]`. */
export function writeFacts(candidate: Candidate, row: Float64Array, at: number): void {
  row[at + Fact.licences] = maskOf(LICENCE_CATEGORIES, expandLicences(candidate.licences));
  row[at + Fact.hasVehicle] = candidate.hasVehicle ? 1 : 0;
  row[at + Fact.availableDay] = candidate.availableFrom
    ? dayNumber(candidate.availableFrom)
    : Number.NEGATIVE_INFINITY;
  row[at + Fact.hoursMin] = candidate.hoursPerWeek.min;
  row[at + Fact.hoursMax] = candidate.hoursPerWeek.max;
  row[at + Fact.schedules] = maskOf(SCHEDULES, candidate.schedules);
  row[at + Fact.contracts] = maskOf(CONTRACT_TYPES, candidate.contractTypes);
  row[at + Fact.canWork] = canWork(candidate.workPermit) ? 1 : 0;
  row[at + Fact.isced] = candidate.education.isced;
  row[at + Fact.hasCommuteLimits] = candidate.commute.length > 0 ? 1 : 0;
}

/** Whether the facts at `row[at…]` let the person drive to work (a car licence and a vehicle). */
export function canDriveOf(row: Float64Array, at: number): boolean {
  return row[at + Fact.hasVehicle] === 1 && ((row[at + Fact.licences] as number) & CAR_LICENCE) !== 0;
}

/**
 * Limits per mode, minutes and km. Profiles never write to their arrays: those alike share one pair, found by
 * what the person wrote and whether they can drive.
 */
export function commuteLimits(
  source: CommuteSource,
  context: MatchContext,
): readonly [Float64Array, Float64Array] {
  return context.commutes.get(source, makeCommuteLimits);
}

function makeCommuteLimits({ list, canDrive }: CommuteSource): readonly [Float64Array, Float64Array] {
  const minutes = new Float64Array(MODES.length).fill(Number.NaN);
  const km = new Float64Array(MODES.length).fill(Number.NaN);
  for (const limit of list) {
    const mode = MODES.indexOf(limit.mode);
    // Driving needs a licence and a vehicle, whatever the person wrote.
    if (limit.mode === 'car' && !canDrive) continue;
    minutes[mode] = limit.maxMinutes ?? Number.POSITIVE_INFINITY;
    km[mode] = limit.maxKm ?? Number.POSITIVE_INFINITY;
  }
  return [minutes, km] as const;
}

const NONE: readonly never[] = Object.freeze([]);
/** The languages of a candidate who lists none (shared). */
export const NO_LANGUAGES: ReadonlyMap<string, number> = new Map();

/** Skill numbers ascending with their levels, the distinct groups, and whether a skill is unknown to the taxonomy. */
export interface SkillArrays {
  readonly skills: Int32Array;
  readonly levels: Uint8Array;
  readonly groups: Int32Array;
  readonly unknown: boolean;
}

/** Room for one candidate's skills and groups before they are sorted or shared (one candidate at a time). */
let numberScratch = new Int32Array(64);
let levelScratch = new Uint8Array(64);
let groupScratch = new Int32Array(64);

/** Room for `count` skill numbers and levels, filled by the caller before {@link sortedSkills}. */
export function skillScratch(count: number): { readonly numbers: Int32Array; readonly levels: Uint8Array } {
  if (numberScratch.length < count) {
    numberScratch = new Int32Array(2 * count);
    levelScratch = new Uint8Array(2 * count);
  }
  return { numbers: numberScratch, levels: levelScratch };
}

/**
 * The first `count` skill numbers and levels of {@link skillScratch}, sorted into typed arrays of their own, and
 * the distinct groups ascending (an index projects hundreds of thousands of candidates; intermediate arrays would
 * cost more than the work).
 */
export function sortedSkills(count: number, context: MatchContext): SkillArrays {
  const numbers = numberScratch;
  const held = levelScratch;
  const skills = new Int32Array(count);
  const levels = new Uint8Array(count);
  let unknown = false;
  // Insertion sorts: a candidate lists a handful of skills.
  for (let i = 0; i < count; i++) {
    const number = numbers[i] as number;
    if (!context.isKnownSkill(number)) unknown = true;
    let at = i;
    while (at > 0 && (skills[at - 1] as number) > number) {
      skills[at] = skills[at - 1] as number;
      levels[at] = levels[at - 1] as number;
      at--;
    }
    skills[at] = number;
    levels[at] = held[i] as number;
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
export function wantedOf(wanted: readonly string[], context: MatchContext): WantedOccupations {
  if (wanted.length === 0) return NO_WANTED;
  return context.wantedLists.get(wanted, (ids) => {
    const isco: string[] = [];
    for (const id of ids) {
      const code = context.taxonomy.occupation(id)?.iscoGroup;
      if (code !== undefined) isco.push(code);
    }
    return { ids: Object.freeze([...ids]), isco: Object.freeze(isco), tradeKeys: tradeKeys(ids, isco) };
  });
}

/** The wanted occupations of a candidate who lists none (shared). */
export const NO_WANTED: WantedOccupations = Object.freeze({
  ids: NONE,
  isco: NONE,
  tradeKeys: Object.freeze([TRADE_UNKNOWN]),
});

/** Language code → CEFR rank, one shared map per distinct list. */
export function languageRanks(languages: LanguageList, context: MatchContext): ReadonlyMap<string, number> {
  if (languages.length === 0) return NO_LANGUAGES;
  return context.languageLists.get(languages, (list) => {
    const ranks = new Map<string, number>();
    for (const language of list) ranks.set(language.code, languageLevelRank(language.level));
    return ranks;
  });
}

/** What {@link assembleFeatures} puts together besides the facts. */
export interface CandidateParts {
  readonly skills: SkillArrays;
  readonly wanted: WantedOccupations;
  readonly point: ResolvedPoint;
  readonly commute: readonly [Float64Array, Float64Array];
  readonly languages: ReadonlyMap<string, number>;
  readonly context: MatchContext;
  /** The skills as the record lists them, for the warnings on those the taxonomy lacks (read only then). */
  readonly listed: readonly { readonly id: string }[];
}

/**
 * A number read from a row of doubles, as a small integer when it is one: profiles then hold their integer facts
 * (days, hours, levels) as small integers, as when they were read from the record, not as boxed doubles.
 */
function small(value: number): number {
  return value === (value | 0) ? value | 0 : value;
}

/** A candidate's features from its facts (`row[at…]`) and its parts: one shape, whoever projected the profile. */
export function assembleFeatures(
  id: string,
  row: Float64Array,
  at: number,
  parts: CandidateParts,
): CandidateFeatures {
  const { skills, point } = parts;
  return {
    id,
    skills: skills.skills,
    levels: skills.levels,
    groups: skills.groups,
    groupMask: groupMask(skills.groups),
    wantedOccupations: parts.wanted.ids,
    wantedIsco: parts.wanted.isco,
    tradeKeys: parts.wanted.tradeKeys,
    licences: (row[at + Fact.licences] as number) | 0,
    hasVehicle: row[at + Fact.hasVehicle] === 1,
    lat: point.lat,
    lon: point.lon,
    maxMinutes: parts.commute[0],
    maxKm: parts.commute[1],
    hasCommuteLimits: row[at + Fact.hasCommuteLimits] === 1,
    availableDay: small(row[at + Fact.availableDay] as number),
    hoursMin: small(row[at + Fact.hoursMin] as number),
    hoursMax: small(row[at + Fact.hoursMax] as number),
    schedules: (row[at + Fact.schedules] as number) | 0,
    contracts: (row[at + Fact.contracts] as number) | 0,
    canWork: row[at + Fact.canWork] === 1,
    languages: parts.languages,
    isced: small(row[at + Fact.isced] as number),
    // Most profiles have nothing to report: they share one empty list.
    issues: skills.unknown
      ? [...point.issues, ...unknownSkillIssues(parts.listed, parts.context, (i) => ['skills', i, 'id'])]
      : point.issues,
  };
}

/** One candidate's facts, for the direct projection. */
const factRow = new Float64Array(FACT_COUNT);

/** Projects a candidate for matching. Never throws on user data: an unknown place gives NaN coordinates and an issue. */
export function projectCandidate(candidate: Candidate, context: MatchContext): CandidateFeatures {
  writeFacts(candidate, factRow, 0);
  const count = candidate.skills.length;
  const { numbers, levels } = skillScratch(count);
  for (let i = 0; i < count; i++) {
    const skill = candidate.skills[i] as Candidate['skills'][number];
    numbers[i] = context.skillNumber(skill.id);
    levels[i] = skill.level;
  }
  return assembleFeatures(candidate.id, factRow, 0, {
    skills: sortedSkills(count, context),
    wanted: wantedOf(candidate.wantedOccupations, context),
    point: resolvePoint(candidate.home, context, ['home']),
    commute: commuteLimits({ list: candidate.commute, canDrive: canDriveOf(factRow, 0) }, context),
    languages: languageRanks(candidate.languages, context),
    context,
    listed: candidate.skills,
  });
}
