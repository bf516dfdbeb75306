import { LICENCE_CATEGORIES, SCHEDULES, equirectangularKm } from '@passerelle/core';
import { MODES, type MatchingConfig } from '../config/config.js';
import { groupMask, skillMask } from '../internal/bits.js';
import { reachKm } from '../geo/reach.js';
import { sharedIscoDigits } from '../criteria/occupation.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';

// Struct-of-arrays copies of what the hard constraints read, one entry per pool slot, so that a query can rule a
// profile out with a few typed-array reads before the full scorer touches the profile object. A check here only
// ever excludes pairs the full scorer would exclude too; the scorer decides everything else.

const PLACED = 1;
const VEHICLE = 2;
const CAN_WORK = 4;
const LIMITS = 8;

function grown<T extends Float64Array | Int32Array | Uint8Array>(
  array: T,
  size: number,
  make: (n: number) => T,
): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2, 16));
  next.set(array);
  return next;
}

/**
 * One column per language code met: the CEFR rank per slot (0: not listed). Codes are few (a handful per region),
 * so a check loops over them.
 */
export class LanguageColumns {
  readonly #byCode = new Map<string, Uint8Array>();
  #capacity = 0;
  /** Slots below this were written before: a write there clears the codes it no longer lists. */
  #written = 0;

  /** Room for `count` slots. */
  reserve(count: number): void {
    if (count <= this.#capacity) return;
    this.#capacity = count;
    for (const [code, column] of this.#byCode) {
      const next = new Uint8Array(count);
      next.set(column);
      this.#byCode.set(code, next);
    }
  }

  /** Sets the ranks of a slot (every other code to 0). */
  write(slot: number, ranks: Iterable<readonly [string, number]>): void {
    if (slot >= this.#capacity) this.reserve(Math.max(slot + 1, this.#capacity * 2, 16));
    // A slot never written holds zeros in every column already.
    if (slot < this.#written) for (const column of this.#byCode.values()) column[slot] = 0;
    else this.#written = slot + 1;
    for (const [code, rank] of ranks) {
      let column = this.#byCode.get(code);
      if (column === undefined) this.#byCode.set(code, (column = new Uint8Array(this.#capacity)));
      column[slot] = rank;
    }
  }

  /** The column of a code, or undefined when no slot ever listed it. */
  column(code: string): Uint8Array | undefined {
    return this.#byCode.get(code);
  }

  /** Every code with its column. */
  entries(): IterableIterator<[string, Uint8Array]> {
    return this.#byCode.entries();
  }
}

/** Occupation ids as dense numbers, with their ISCO group, for occupation columns. */
export class OccupationNumbers {
  readonly #numbers = new Map<string, number>();
  readonly ids: string[] = [];
  readonly isco: (string | undefined)[] = [];
  readonly #iscoOf: (id: string) => string | undefined;

  constructor(iscoOf: (id: string) => string | undefined) {
    this.#iscoOf = iscoOf;
  }

  number(id: string): number {
    let n = this.#numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.#numbers.set(id, n);
      this.ids.push(id);
      this.isco.push(this.#iscoOf(id));
    }
    return n;
  }
}

/** Wanted occupations kept per candidate; a candidate who wants more gets no occupation bound (counted as 1). */
const MAX_WANTED = 4;
const MANY = 255;

/** Which hard constraints the columns can check, from the configuration. */
export interface HardChecks {
  readonly commute: boolean;
  readonly workPermit: boolean;
  readonly licence: boolean;
  readonly vehicle: boolean;
  readonly schedule: boolean;
  readonly education: boolean;
  readonly languages: boolean;
}

function hardChecks(config: MatchingConfig): HardChecks {
  const hard = (id: keyof MatchingConfig['constraints']) => config.constraints[id].mode === 'hard';
  return {
    commute: hard('commute'),
    workPermit: hard('workPermit'),
    licence: hard('licence'),
    vehicle: hard('vehicle'),
    schedule: hard('schedule'),
    education: hard('education'),
    languages: hard('languages'),
  };
}

/**
 * What each soft constraint the hard-constraint word can show leaves of a score (1 − penalty), or 1 when the
 * constraint is not soft: a loose bound applies these without reading a record.
 */
interface SoftKeeps {
  readonly workPermit: number;
  readonly licence: number;
  readonly vehicle: number;
  readonly schedule: number;
  readonly education: number;
}

function softKeeps(config: MatchingConfig): SoftKeeps {
  const keep = (id: keyof MatchingConfig['constraints']) =>
    config.constraints[id].mode === 'soft' ? 1 - config.constraints[id].penalty : 1;
  return {
    workPermit: keep('workPermit'),
    licence: keep('licence'),
    vehicle: keep('vehicle'),
    schedule: keep('schedule'),
    education: keep('education'),
  };
}

/** Per mode (MODES order): detour factor, speed (km/h) and overhead (minutes), for the geography bound. */
function modeTable(geography: MatchingConfig['geography']): Float64Array {
  const table = new Float64Array(MODES.length * 3);
  MODES.forEach((mode, i) => {
    table[3 * i] = geography[mode].detour;
    table[3 * i + 1] = geography[mode].speedKmh;
    table[3 * i + 2] = geography[mode].overheadMinutes;
  });
  return table;
}

/**
 * The geography score of a pair, as `estimateCommute` and `geographyScore` compute it (same arithmetic), from
 * the straight distance and the candidate's limits per mode at `limits[at + mode]`: NaN when a place is unknown,
 * −1 when the commute breaks every limit and the commute constraint is hard (the pair is excluded).
 */
function geographyFrom(
  distance: number,
  hasLimits: boolean,
  maxMinutes: ArrayLike<number>,
  minutesAt: number,
  maxKm: ArrayLike<number>,
  kmAt: number,
  table: Float64Array,
  geography: MatchingConfig['geography'],
  commuteHard: boolean,
): number {
  if (Number.isNaN(distance)) return Number.NaN;
  if (!hasLimits) return 2 ** (-distance / geography.halfScoreKm);
  let ratio = Number.POSITIVE_INFINITY;
  for (let mode = 0; mode < MODES.length; mode++) {
    const minutesLimit = maxMinutes[minutesAt + mode] as number;
    if (Number.isNaN(minutesLimit)) continue;
    const roadKm = distance * (table[3 * mode] as number);
    const minutes = (table[3 * mode + 2] as number) + (roadKm / (table[3 * mode + 1] as number)) * 60;
    const r = Math.max(minutes / minutesLimit, roadKm / (maxKm[kmAt + mode] as number));
    if (r < ratio) ratio = r;
  }
  if (ratio > 1) return commuteHard ? -1 : 0;
  return 1 - (1 - geography.scoreAtLimit) * ratio;
}

/** The occupation credit of one wanted occupation against an offer's: 1 when the same, else its ISCO credit. */
function occupationCredit(
  occupations: OccupationNumbers,
  n: number,
  offer: OfferFeatures,
  rules: MatchingConfig['occupation'],
): number {
  if (occupations.ids[n] === offer.occupation) return 1;
  const isco = occupations.isco[n];
  if (isco === undefined || offer.isco === undefined) return 0;
  const digits = sharedIscoDigits(isco, offer.isco);
  return digits === 0 ? 0 : (rules.iscoCredit[4 - digits] as number);
}

/** What the soft constraints read of a pair, filled in place by either direction (no allocation per pair). */
interface PairScalars {
  commuteBroken: boolean;
  canWork: boolean;
  licencesAsked: number;
  licencesHeld: number;
  vehicleRequired: boolean;
  hasVehicle: boolean;
  schedulesAsked: number;
  schedulesAccepted: number;
  offerHoursMin: number;
  offerHoursMax: number;
  hoursMin: number;
  hoursMax: number;
  contract: number;
  contractsAccepted: number;
  startDay: number;
  availableDay: number;
  minEducation: number;
  isced: number;
}

function newPairScalars(): PairScalars {
  return {
    commuteBroken: false,
    canWork: true,
    licencesAsked: 0,
    licencesHeld: 0,
    vehicleRequired: false,
    hasVehicle: false,
    schedulesAsked: 0,
    schedulesAccepted: 0,
    offerHoursMin: 0,
    offerHoursMax: 0,
    hoursMin: 0,
    hoursMax: 0,
    contract: 0,
    contractsAccepted: 0,
    startDay: Number.NaN,
    availableDay: 0,
    minEducation: -1,
    isced: 0,
  };
}

/**
 * The penalty factor of a pair as far as these scalars tell (the same tests as the scorer's constraints; the ones
 * they cannot tell count as kept): the product of `1 − penalty` over the soft constraints broken, −1 when a hard one
 * is.
 */
function penaltyFactor(p: PairScalars, config: MatchingConfig): number {
  const rules = config.constraints;
  let factor = 1;
  if (p.commuteBroken) factor = penalize(factor, rules.commute);
  if (!p.canWork) factor = penalize(factor, rules.workPermit);
  if ((p.licencesAsked & ~p.licencesHeld) !== 0) factor = penalize(factor, rules.licence);
  if (p.vehicleRequired && !p.hasVehicle) factor = penalize(factor, rules.vehicle);
  if (p.schedulesAccepted !== 0 && (p.schedulesAsked & ~p.schedulesAccepted) !== 0)
    factor = penalize(factor, rules.schedule);
  if (p.offerHoursMin > p.hoursMax || p.offerHoursMax < p.hoursMin) factor = penalize(factor, rules.hours);
  if (p.contractsAccepted !== 0 && (p.contractsAccepted & p.contract) === 0)
    factor = penalize(factor, rules.contractType);
  if (!Number.isNaN(p.startDay) && p.availableDay > p.startDay + config.availabilityGraceDays)
    factor = penalize(factor, rules.availability);
  if (p.isced < p.minEducation) factor = penalize(factor, rules.education);
  return factor < 0 ? -1 : factor;
}

/** A factor after one broken constraint: unchanged when off, times `1 − penalty` when soft, −1 when hard. */
function penalize(factor: number, rule: { readonly mode: string; readonly penalty: number }): number {
  if (factor < 0 || rule.mode === 'hard') return -1;
  return rule.mode === 'soft' ? factor * (1 - rule.penalty) : factor;
}

/** The margin the commute check leaves for rounding: past reach × (1 + 1e-4), every mode breaks the limit. */
const beyondReach = (distanceKm: number, reach: number) => distanceKm > reach * 1.0001 + 1e-9;

/** What both kinds of columns share: the configuration read once, occupation numbers and language columns. */
abstract class ColumnsBase {
  readonly occupations: OccupationNumbers;
  /** Candidates: the rank held per language code; offers: the rank required (0: none). */
  readonly languages = new LanguageColumns();
  readonly config: MatchingConfig;
  readonly hard: HardChecks;
  readonly soft: SoftKeeps;
  readonly modes: Float64Array;

  constructor(config: MatchingConfig, occupations: OccupationNumbers) {
    this.config = config;
    this.hard = hardChecks(config);
    this.soft = softKeeps(config);
    this.modes = modeTable(config.geography);
    this.occupations = occupations;
  }
}

/**
 * Field offsets in a candidate's record: every number the checks and bounds read, side by side (three cache lines
 * per candidate, one fetch, instead of a dozen arrays each missing the cache on its own). Bitmasks fit a double.
 */
const F_LAT = 0;
const F_LON = 1;
const F_REACH = 2;
const F_FLAGS = 3;
const F_LICENCES = 4;
const F_SCHEDULES = 5;
const F_ISCED = 6;
const F_HOURS_MIN = 7;
const F_HOURS_MAX = 8;
const F_CONTRACTS = 9;
const F_AVAILABLE = 10;
const F_WANTED_COUNT = 11;
/** Wanted occupation numbers, MAX_WANTED of them. */
const F_WANTED = 12;
/** Limits per transport mode (MODES order; NaN: mode not used). */
const F_MINUTES = F_WANTED + MAX_WANTED;
const F_KM = F_MINUTES + MODES.length;
const STRIDE = F_KM + MODES.length;

/**
 * A candidate's hard-constraint word: flags, accepted schedules, ISCED level and licences in one 32-bit number, so
 * that the first look at a profile met in the postings costs one read of a compact column rather than a record.
 */
const W_SCHEDULES = 4;
const W_ISCED = 9;
const W_LICENCES = 13;
/** ISCED levels outside 0–8 are stored as the highest value: the quick check then never excludes on education. */
const W_ISCED_UNKNOWN = 15;

// The word holds every schedule and licence category: longer lists would need a wider word.
if (SCHEDULES.length > W_ISCED - W_SCHEDULES || LICENCE_CATEGORIES.length > 32 - W_LICENCES)
  throw new Error('The hard-constraint word cannot hold every schedule and licence category.');

function hardWord(c: CandidateFeatures, flags: number): number {
  const isced = Number.isInteger(c.isced) && c.isced >= 0 && c.isced <= 8 ? c.isced : W_ISCED_UNKNOWN;
  return flags | (c.schedules << W_SCHEDULES) | (isced << W_ISCED) | (c.licences << W_LICENCES);
}

/** Candidate columns: one record per slot (home point, reach, limits, licences, flags, …) and language columns. */
export class CandidateColumns extends ColumnsBase {
  /** The records, STRIDE numbers per slot. */
  records = new Float64Array(0);
  /** The hard-constraint word per slot (see {@link hardWord}). */
  hardWords = new Int32Array(0);
  /** The skill groups held, per slot (see `groupMask`). */
  groupMasks = new Int32Array(0);
  /** The skills held, per slot (see `skillMask`): who lacks a required skill, mostly without reading the record. */
  skillMasks = new Int32Array(0);

  /** Room for `count` slots, so that a build of known size does not grow its columns step by step. */
  reserve(count: number): void {
    this.records = grown(this.records, count * STRIDE, (n) => new Float64Array(n));
    this.groupMasks = grown(this.groupMasks, count, (n) => new Int32Array(n));
    this.skillMasks = grown(this.skillMasks, count, (n) => new Int32Array(n));
    this.hardWords = grown(this.hardWords, count, (n) => new Int32Array(n));
    this.languages.reserve(count);
  }

  /** Copies a candidate into a slot. */
  write(slot: number, c: CandidateFeatures): void {
    this.records = grown(this.records, (slot + 1) * STRIDE, (n) => new Float64Array(n));
    this.groupMasks = grown(this.groupMasks, slot + 1, (n) => new Int32Array(n));
    this.skillMasks = grown(this.skillMasks, slot + 1, (n) => new Int32Array(n));
    this.hardWords = grown(this.hardWords, slot + 1, (n) => new Int32Array(n));
    this.groupMasks[slot] = c.groupMask;
    this.skillMasks[slot] = skillMask(c.skills);
    const r = this.records;
    const at = slot * STRIDE;
    const flags =
      (Number.isNaN(c.lat) ? 0 : PLACED) |
      (c.hasVehicle ? VEHICLE : 0) |
      (c.canWork ? CAN_WORK : 0) |
      (c.hasCommuteLimits ? LIMITS : 0);
    this.hardWords[slot] = hardWord(c, flags);
    r[at + F_LAT] = c.lat;
    r[at + F_LON] = c.lon;
    r[at + F_REACH] = reachKm(c, this.config.geography);
    r[at + F_FLAGS] = flags;
    r[at + F_LICENCES] = c.licences;
    r[at + F_SCHEDULES] = c.schedules;
    r[at + F_ISCED] = c.isced;
    r[at + F_HOURS_MIN] = c.hoursMin;
    r[at + F_HOURS_MAX] = c.hoursMax;
    r[at + F_CONTRACTS] = c.contracts;
    r[at + F_AVAILABLE] = c.availableDay;
    const wanted = c.wantedOccupations;
    r[at + F_WANTED_COUNT] = wanted.length > MAX_WANTED ? MANY : wanted.length;
    for (let i = 0; i < Math.min(wanted.length, MAX_WANTED); i++)
      r[at + F_WANTED + i] = this.occupations.number(wanted[i] as string);
    r.set(c.maxMinutes, at + F_MINUTES);
    r.set(c.maxKm, at + F_KM);
    this.languages.write(slot, c.languages);
  }

  /** The checks of one offer against these columns (valid until the next write). */
  probe(offer: OfferFeatures): OfferProbe {
    return new OfferProbe(this, offer);
  }
}

/**
 * One offer against the candidate columns: which candidates a hard constraint certainly excludes (the full scorer
 * would return −1 too), and each candidate's geography score with the scorer's own arithmetic. A class rather
 * than closures: every query then runs the same optimised code.
 */
export class OfferProbe {
  readonly #c: CandidateColumns;
  readonly #offer: OfferFeatures;
  readonly #point = { lat: 0, lon: 0 };
  readonly #commute: boolean;
  readonly #workPermit: boolean;
  readonly #licence: number;
  readonly #vehicle: boolean;
  readonly #schedule: number;
  readonly #education: number;
  /** Required languages: the column of each code and the rank asked. */
  readonly #languageColumns: Uint8Array[] = [];
  readonly #languageRanks: number[] = [];
  /** A required language nobody lists: every candidate is excluded. */
  readonly #nobody: boolean = false;
  /** The occupation score of each occupation number against the offer's, filled as met (NaN: not yet). */
  #occupationScores = new Float64Array(0);
  readonly #pair = newPairScalars();
  /** The soft constraints the hard-constraint word shows: what the offer asks (as for the hard ones) and keeps. */
  readonly #soft: SoftKeeps;
  readonly #anySoft: boolean;
  readonly #softLicence: number;
  readonly #softVehicle: boolean;
  readonly #softSchedule: number;
  readonly #softEducation: number;

  constructor(columns: CandidateColumns, offer: OfferFeatures) {
    const hard = columns.hard;
    const soft = columns.soft;
    this.#c = columns;
    this.#offer = offer;
    this.#soft = soft;
    this.#softLicence = soft.licence < 1 ? offer.licences : 0;
    this.#softVehicle = soft.vehicle < 1 && offer.vehicleRequired;
    this.#softSchedule = soft.schedule < 1 ? offer.schedules : 0;
    this.#softEducation = soft.education < 1 ? offer.minEducation : -1;
    this.#anySoft =
      soft.workPermit < 1 ||
      this.#softLicence !== 0 ||
      this.#softVehicle ||
      this.#softSchedule !== 0 ||
      this.#softEducation >= 0;
    this.#occupationScores = new Float64Array(columns.occupations.ids.length).fill(Number.NaN);
    this.#commute = hard.commute && !Number.isNaN(offer.lat);
    this.#workPermit = hard.workPermit;
    this.#licence = hard.licence ? offer.licences : 0;
    this.#vehicle = hard.vehicle && offer.vehicleRequired;
    this.#schedule = hard.schedule ? offer.schedules : 0;
    this.#education = hard.education ? offer.minEducation : -1;
    if (hard.languages) {
      for (const need of offer.languages) {
        if (!need.required || need.rank <= 0) continue;
        const column = columns.languages.column(need.code);
        if (column === undefined) this.#nobody = true;
        else {
          this.#languageColumns.push(column);
          this.#languageRanks.push(need.rank);
        }
      }
    }
  }

  /**
   * True when a hard constraint other than the commute certainly excludes the candidate in `slot`: one read of the
   * compact hard-constraint column (and the language columns), no record.
   */
  excludesQuickly(slot: number): boolean {
    if (this.#nobody) return true;
    const word = this.#c.hardWords[slot] as number;
    if (this.#workPermit && (word & CAN_WORK) === 0) return true;
    if ((this.#licence & ~(word >>> W_LICENCES)) !== 0) return true;
    if (this.#vehicle && (word & VEHICLE) === 0) return true;
    const held = (word >>> W_SCHEDULES) & 31;
    if (held !== 0 && (this.#schedule & ~held) !== 0) return true;
    if (((word >>> W_ISCED) & 15) < this.#education) return true;
    for (let i = 0; i < this.#languageColumns.length; i++)
      if (((this.#languageColumns[i] as Uint8Array)[slot] as number) < (this.#languageRanks[i] as number))
        return true;
    return false;
  }

  /**
   * At least the penalty factor the scorer applies to the candidate in `slot`, from the soft constraints its
   * hard-constraint word shows broken (work permit, licences, vehicle, schedules, education; the others count as
   * kept). Multiplied in the scorer's order, a subset of its factors (each at most 1) never gives less than all of
   * them: a loose bound times this stays a bound, and offers asking for weekends or nights no longer read the
   * record of every candidate who does not work then.
   */
  softFactorQuickly(slot: number): number {
    if (!this.#anySoft) return 1;
    const soft = this.#soft;
    const word = this.#c.hardWords[slot] as number;
    let factor = 1;
    if ((word & CAN_WORK) === 0) factor *= soft.workPermit;
    if ((this.#softLicence & ~(word >>> W_LICENCES)) !== 0) factor *= soft.licence;
    if (this.#softVehicle && (word & VEHICLE) === 0) factor *= soft.vehicle;
    const held = (word >>> W_SCHEDULES) & 31;
    if (held !== 0 && (this.#softSchedule & ~held) !== 0) factor *= soft.schedule;
    if (((word >>> W_ISCED) & 15) < this.#softEducation) factor *= soft.education;
    return factor;
  }

  /** True when a hard constraint certainly excludes the candidate in `slot`. */
  excludes(slot: number): boolean {
    if (this.excludesQuickly(slot)) return true;
    const r = this.#c.records;
    const at = slot * STRIDE;
    if (this.#commute && ((r[at + F_FLAGS] as number) & (PLACED | LIMITS)) === (PLACED | LIMITS)) {
      this.#point.lat = r[at + F_LAT] as number;
      this.#point.lon = r[at + F_LON] as number;
      if (beyondReach(equirectangularKm(this.#point, this.#offer), r[at + F_REACH] as number)) return true;
    }
    return false;
  }

  /**
   * At least the penalty factor the scorer applies to the candidate in `slot`: the product of `1 − penalty` over the
   * soft constraints the columns show broken (those they cannot check count as kept; the commute one is read from
   * `geography`, the candidate's geography score); −1 when a hard one is broken.
   */
  factor(slot: number, geography: number): number {
    const c = this.#c;
    const r = c.records;
    const at = slot * STRIDE;
    const offer = this.#offer;
    const flag = r[at + F_FLAGS] as number;
    const pair = this.#pair;
    pair.commuteBroken = geography === 0 && (flag & LIMITS) !== 0;
    pair.canWork = (flag & CAN_WORK) !== 0;
    pair.licencesAsked = offer.licences;
    pair.licencesHeld = r[at + F_LICENCES] as number;
    pair.vehicleRequired = offer.vehicleRequired;
    pair.hasVehicle = (flag & VEHICLE) !== 0;
    pair.schedulesAsked = offer.schedules;
    pair.schedulesAccepted = r[at + F_SCHEDULES] as number;
    pair.offerHoursMin = offer.hoursMin;
    pair.offerHoursMax = offer.hoursMax;
    pair.hoursMin = r[at + F_HOURS_MIN] as number;
    pair.hoursMax = r[at + F_HOURS_MAX] as number;
    pair.contract = offer.contract;
    pair.contractsAccepted = r[at + F_CONTRACTS] as number;
    pair.startDay = offer.startDay;
    pair.availableDay = r[at + F_AVAILABLE] as number;
    pair.minEducation = offer.minEducation;
    pair.isced = r[at + F_ISCED] as number;
    return penaltyFactor(pair, c.config);
  }

  /**
   * At least the occupation score of the candidate in `slot` (the best of their wanted occupations against the
   * offer's); NaN when the criterion does not apply or the candidate wants too many occupations to keep.
   */
  occupation(slot: number): number {
    const c = this.#c;
    const r = c.records;
    const offer = this.#offer;
    const count = r[slot * STRIDE + F_WANTED_COUNT] as number;
    if (offer.occupation === undefined || count === 0 || count === MANY) return Number.NaN;
    let best = 0;
    for (let i = 0; i < count; i++) {
      const n = r[slot * STRIDE + F_WANTED + i] as number;
      let score = this.#occupationScores[n] as number;
      if (Number.isNaN(score)) {
        score = occupationCredit(c.occupations, n, offer, c.config.occupation);
        this.#occupationScores[n] = score;
      }
      if (score > best) best = score;
    }
    return best;
  }

  /** The geography score of the candidate in `slot`: NaN when a place is unknown, −1 when the commute excludes. */
  geography(slot: number): number {
    const c = this.#c;
    const r = c.records;
    const at = slot * STRIDE;
    if (Number.isNaN(this.#offer.lat)) return Number.NaN;
    const flag = r[at + F_FLAGS] as number;
    if ((flag & PLACED) === 0) return Number.NaN;
    this.#point.lat = r[at + F_LAT] as number;
    this.#point.lon = r[at + F_LON] as number;
    const distance = equirectangularKm(this.#point, this.#offer);
    return geographyFrom(
      distance,
      (flag & LIMITS) !== 0,
      r,
      at + F_MINUTES,
      r,
      at + F_KM,
      c.modes,
      c.config.geography,
      c.hard.commute,
    );
  }
}

/**
 * Offer columns: point, licences, flags, schedules, minimum education, required languages, and the skill weights
 * the bound of a candidate query needs (see `skill-bound.ts`).
 */
export class OfferColumns extends ColumnsBase {
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  licences = new Int32Array(0);
  schedules = new Int32Array(0);
  minEducation = new Int32Array(0);
  flags = new Uint8Array(0);
  /** Weight of each required and each wanted skill in the offer's skills score. */
  requiredWeight = new Float64Array(0);
  wantedWeight = new Float64Array(0);
  /** The skills score the offer gives a candidate through skill groups alone, at most. */
  base = new Float64Array(0);
  /** The largest group base of any offer ever written (never lowered on removal: it stays an upper bound). */
  maxBase = 0;
  /** The skill groups of the skills each offer asks for (see `groupMask`). */
  groupMasks = new Int32Array(0);
  /** The required skills of each offer as a mask (see `skillMask`): who lacks one, without reading the record. */
  requiredMasks = new Int32Array(0);
  hoursMin = new Float64Array(0);
  hoursMax = new Float64Array(0);
  contract = new Int32Array(0);
  startDay = new Float64Array(0);
  /** Offered occupation (number), −1 when none. */
  occupation = new Int32Array(0);

  /** Copies an offer into a slot, with its skill weights and group base. */
  write(slot: number, o: OfferFeatures, weights: { required: number; wanted: number; base: number }): void {
    const size = slot + 1;
    this.lat = grown(this.lat, size, (n) => new Float64Array(n));
    this.lon = grown(this.lon, size, (n) => new Float64Array(n));
    this.licences = grown(this.licences, size, (n) => new Int32Array(n));
    this.schedules = grown(this.schedules, size, (n) => new Int32Array(n));
    this.minEducation = grown(this.minEducation, size, (n) => new Int32Array(n));
    this.flags = grown(this.flags, size, (n) => new Uint8Array(n));
    this.requiredWeight = grown(this.requiredWeight, size, (n) => new Float64Array(n));
    this.wantedWeight = grown(this.wantedWeight, size, (n) => new Float64Array(n));
    this.base = grown(this.base, size, (n) => new Float64Array(n));
    this.groupMasks = grown(this.groupMasks, size, (n) => new Int32Array(n));
    this.groupMasks[slot] = groupMask(o.requiredGroup) | groupMask(o.wantedGroup);
    this.requiredMasks = grown(this.requiredMasks, size, (n) => new Int32Array(n));
    this.requiredMasks[slot] = skillMask(o.required);
    this.hoursMin = grown(this.hoursMin, size, (n) => new Float64Array(n));
    this.hoursMax = grown(this.hoursMax, size, (n) => new Float64Array(n));
    this.contract = grown(this.contract, size, (n) => new Int32Array(n));
    this.startDay = grown(this.startDay, size, (n) => new Float64Array(n));
    this.hoursMin[slot] = o.hoursMin;
    this.hoursMax[slot] = o.hoursMax;
    this.contract[slot] = o.contract;
    this.startDay[slot] = o.startDay;
    this.occupation = grown(this.occupation, size, (n) => new Int32Array(n));
    this.occupation[slot] = o.occupation === undefined ? -1 : this.occupations.number(o.occupation);
    this.lat[slot] = o.lat;
    this.lon[slot] = o.lon;
    this.licences[slot] = o.licences;
    this.schedules[slot] = o.schedules;
    this.minEducation[slot] = o.minEducation;
    this.flags[slot] = (Number.isNaN(o.lat) ? 0 : PLACED) | (o.vehicleRequired ? VEHICLE : 0);
    this.requiredWeight[slot] = weights.required;
    this.wantedWeight[slot] = weights.wanted;
    this.base[slot] = weights.base;
    this.maxBase = Math.max(this.maxBase, weights.base);
    this.languages.write(
      slot,
      o.languages.filter((need) => need.required).map((need) => [need.code, need.rank] as const),
    );
  }

  /** The checks of one candidate against these columns (valid until the next write). */
  probe(candidate: CandidateFeatures, reach: number): CandidateProbe {
    return new CandidateProbe(this, candidate, reach);
  }
}

/** One candidate against the offer columns: as {@link OfferProbe}, the other way round. */
export class CandidateProbe {
  readonly #o: OfferColumns;
  readonly #candidate: CandidateFeatures;
  readonly #reach: number;
  readonly #point = { lat: 0, lon: 0 };
  readonly #everything: boolean;
  readonly #licence: boolean;
  readonly #held: number;
  readonly #vehicle: boolean;
  readonly #schedule: number;
  readonly #education: number;
  readonly #commute: boolean;
  /** Each code some offer requires, with the rank this candidate holds in it. */
  readonly #languageColumns: Uint8Array[] = [];
  readonly #heldRanks: number[] = [];
  /** The candidate's occupation score for each occupation number, filled as met (NaN: not yet). */
  readonly #occupationScores: Float64Array;
  readonly #pair = newPairScalars();

  constructor(columns: OfferColumns, c: CandidateFeatures, reach: number) {
    const hard = columns.hard;
    this.#o = columns;
    this.#occupationScores = new Float64Array(columns.occupations.ids.length).fill(Number.NaN);
    this.#candidate = c;
    this.#reach = reach;
    this.#everything = hard.workPermit && !c.canWork;
    this.#licence = hard.licence;
    this.#held = c.licences;
    this.#vehicle = hard.vehicle && !c.hasVehicle;
    this.#schedule = hard.schedule && c.schedules !== 0 ? ~c.schedules : 0;
    this.#education = hard.education ? c.isced : Number.POSITIVE_INFINITY;
    this.#commute = hard.commute && !Number.isNaN(c.lat) && c.hasCommuteLimits;
    if (hard.languages) {
      for (const [code, column] of columns.languages.entries()) {
        this.#languageColumns.push(column);
        this.#heldRanks.push(c.languages.get(code) ?? 0);
      }
    }
  }

  /** True when a hard constraint other than the commute certainly excludes the offer in `slot`. */
  excludesQuickly(slot: number): boolean {
    const o = this.#o;
    if (this.#everything) return true;
    if (this.#licence && ((o.licences[slot] as number) & ~this.#held) !== 0) return true;
    if (this.#vehicle && ((o.flags[slot] as number) & VEHICLE) !== 0) return true;
    if (((o.schedules[slot] as number) & this.#schedule) !== 0) return true;
    if ((o.minEducation[slot] as number) > this.#education) return true;
    for (let i = 0; i < this.#languageColumns.length; i++)
      if (((this.#languageColumns[i] as Uint8Array)[slot] as number) > (this.#heldRanks[i] as number))
        return true;
    return false;
  }

  /** True when a hard constraint certainly excludes the offer in `slot`. */
  excludes(slot: number): boolean {
    if (this.excludesQuickly(slot)) return true;
    const o = this.#o;
    const flag = o.flags[slot] as number;
    if (this.#commute && (flag & PLACED) !== 0) {
      this.#point.lat = o.lat[slot] as number;
      this.#point.lon = o.lon[slot] as number;
      if (beyondReach(equirectangularKm(this.#candidate, this.#point), this.#reach)) return true;
    }
    return false;
  }

  /** As {@link OfferProbe.factor}: the soft penalties the offer in `slot` costs this candidate, −1 if excluded. */
  factor(slot: number, geography: number): number {
    const o = this.#o;
    const c = this.#candidate;
    const flag = o.flags[slot] as number;
    const pair = this.#pair;
    pair.commuteBroken = geography === 0 && c.hasCommuteLimits;
    pair.canWork = c.canWork;
    pair.licencesAsked = o.licences[slot] as number;
    pair.licencesHeld = c.licences;
    pair.vehicleRequired = (flag & VEHICLE) !== 0;
    pair.hasVehicle = c.hasVehicle;
    pair.schedulesAsked = o.schedules[slot] as number;
    pair.schedulesAccepted = c.schedules;
    pair.offerHoursMin = o.hoursMin[slot] as number;
    pair.offerHoursMax = o.hoursMax[slot] as number;
    pair.hoursMin = c.hoursMin;
    pair.hoursMax = c.hoursMax;
    pair.contract = o.contract[slot] as number;
    pair.contractsAccepted = c.contracts;
    pair.startDay = o.startDay[slot] as number;
    pair.availableDay = c.availableDay;
    pair.minEducation = o.minEducation[slot] as number;
    pair.isced = c.isced;
    return penaltyFactor(pair, o.config);
  }

  /** The occupation score of the offer in `slot` for this candidate; NaN when the criterion does not apply. */
  occupation(slot: number): number {
    const n = this.#o.occupation[slot] as number;
    const c = this.#candidate;
    if (n < 0 || c.wantedOccupations.length === 0) return Number.NaN;
    let score = this.#occupationScores[n] as number;
    if (Number.isNaN(score)) {
      const occupations = this.#o.occupations;
      const id = occupations.ids[n] as string;
      const isco = occupations.isco[n];
      let digits = 0;
      if (isco !== undefined)
        for (const code of c.wantedIsco) digits = Math.max(digits, sharedIscoDigits(code, isco));
      score = c.wantedOccupations.includes(id)
        ? 1
        : digits === 0
          ? 0
          : (this.#o.config.occupation.iscoCredit[4 - digits] as number);
      this.#occupationScores[n] = score;
    }
    return score;
  }

  /** The geography score of the offer in `slot` for this candidate (see {@link OfferProbe.geography}). */
  geography(slot: number): number {
    const o = this.#o;
    const c = this.#candidate;
    if (Number.isNaN(c.lat) || ((o.flags[slot] as number) & PLACED) === 0) return Number.NaN;
    this.#point.lat = o.lat[slot] as number;
    this.#point.lon = o.lon[slot] as number;
    const distance = equirectangularKm(c, this.#point);
    return geographyFrom(
      distance,
      c.hasCommuteLimits,
      c.maxMinutes,
      0,
      c.maxKm,
      0,
      o.modes,
      o.config.geography,
      o.hard.commute,
    );
  }
}
