import type { Education } from '../model/candidate.js';
import type { ExitReason, LabourStatus, Programme, Referrer } from '../vocab/accompaniment-codes.js';
import type { Disclosure, Gender } from '../vocab/protected-codes.js';
import type { SyntheticOccupation } from './catalogue.js';
import { drawEducation } from './education-draw.js';
import { drawMobility, type Mobility } from './mobility.js';
import { drawOrigin, type Origin } from './origin.js';
import type { SeededRandom } from './random.js';
import type { GenerationSettings } from './settings.js';
import { weighted } from './weighted.js';
import type { MireSlot, PlaceSlot, SectorSlot, World } from './world.js';

/**
 * Everything drawn about one person before their records are written. Kept apart from the records so
 * that the profile, the protected attributes, the accompaniment and the contracts agree with each other.
 */
export interface Person {
  /** The Mire that accompanies the person. */
  readonly mire: MireSlot;
  /** Where the person lives (mostly in the Mire's territory). */
  readonly home: PlaceSlot;
  /** Day of entry into the current accompaniment. */
  readonly entryDay: number;
  /** Day of birth. */
  readonly birthDay: number;
  readonly gender: Gender;
  readonly origin: Origin;
  /** Under 25 at entry and in the Youth Guarantee programme. */
  readonly youthGuarantee: boolean;
  readonly education: Education;
  /** Day since when the person has been out of work; undefined when unknown. */
  readonly unemployedSinceDay: number | undefined;
  /** The sector and occupation the person wants most (and most likely gets hired in). */
  readonly sector: SectorSlot;
  readonly occupation: SyntheticOccupation;
  readonly mobility: Mobility;
  readonly referredBy: Referrer;
  readonly statusAtEntry: LabourStatus;
  readonly disability: Disclosure;
  /** The programme of the current accompaniment. */
  readonly programme: Programme;
}

const GENDER = weighted<Gender>([
  ['man', 58],
  ['woman', 40.6],
  ['non_binary', 0.4],
  ['refused', 1],
]);
// Age at entry in years: [from, to] brackets.
const ADULT_AGE = weighted<readonly [number, number]>([
  [[18, 24], 20],
  [[25, 34], 27],
  [[35, 44], 23],
  [[45, 54], 20],
  [[55, 64], 10],
]);
const NEWCOMER_AGE = weighted<readonly [number, number]>([
  [[18, 24], 16],
  [[25, 34], 40],
  [[35, 44], 30],
  [[45, 54], 11],
  [[55, 64], 3],
]);
// Months out of work at entry: most for more than a year (DOMAIN.md §1.2, criteria 2 and 3).
const MONTHS_OUT = weighted<readonly [number, number]>([
  [[1, 5], 12],
  [[6, 11], 18],
  [[12, 23], 25],
  [[24, 59], 28],
  [[60, 120], 17],
]);
const YOUNG_MONTHS_OUT = weighted<readonly [number, number]>([
  [[4, 11], 30],
  [[12, 23], 45],
  [[24, 48], 25],
]);
const REFERRER = weighted<Referrer>([
  ['forem', 45],
  ['cpas', 25],
  ['self', 18],
  ['partner', 8],
  ['aviq', 3],
  ['other', 1],
]);

/** Draws one person of the Mire's public. */
export function drawPerson(random: SeededRandom, world: World, settings: GenerationSettings): Person {
  const mire = world.mirePicker.pick(random);
  // A few live outside their Mire's territory (moved, or registered with a relative).
  const home = random.chance(0.95) ? mire.placePicker.pick(random) : world.anyPlace.pick(random);
  const entryDay = settings.firstDay + random.int(settings.referenceDay - settings.firstDay - 14);
  const origin = drawOrigin(random, settings.rates);
  const [minAge, maxAge] = (origin.newcomer ? NEWCOMER_AGE : ADULT_AGE).pick(random);
  const ageAtEntry = random.between(minAge, maxAge);
  const birthDay = entryDay - Math.floor((ageAtEntry + random.next()) * 365.25);
  const young = ageAtEntry < 25;
  const youthGuarantee = young && random.chance(Math.min(1, settings.rates.youthGuarantee / 0.2));
  const gender = GENDER.pick(random);
  const sector = (gender === 'woman' ? world.sectorPickers.woman : world.sectorPickers.man).pick(random);
  const group = origin.newcomer ? 'newcomer' : young ? 'young' : 'adult';
  const referredBy = REFERRER.pick(random);
  const statusAtEntry = drawStatus(random, youthGuarantee);
  return {
    mire,
    home,
    entryDay,
    birthDay,
    gender,
    origin,
    youthGuarantee,
    education: drawEducation(random, youthGuarantee ? 'young' : group),
    // People in a (precarious) job at entry are not out of work.
    unemployedSinceDay:
      statusAtEntry === 'employed' ? undefined : drawUnemployedSince(random, entryDay, birthDay, young),
    sector,
    occupation: sector.occupations.pick(random),
    mobility: drawMobility(random, settings.rates, group, sector.sector),
    referredBy,
    statusAtEntry,
    disability: referredBy === 'aviq' || random.chance(0.06) ? 'yes' : random.chance(0.1) ? 'refused' : 'no',
    programme: drawProgramme(random, youthGuarantee, origin.newcomer),
  };
}

// ESF+ status at entry: most are registered unemployed; NEETs and people on social aid are often inactive.
function drawStatus(random: SeededRandom, youthGuarantee: boolean): LabourStatus {
  if (random.chance(youthGuarantee ? 0.45 : 0.16)) return 'inactive';
  return random.chance(0.02) ? 'employed' : 'unemployed';
}

function drawProgramme(random: SeededRandom, youthGuarantee: boolean, newcomer: boolean): Programme {
  if (youthGuarantee) return 'youth_guarantee';
  if (newcomer && random.chance(0.5)) return 'newcomers';
  return random.chance(0.05) ? 'work_linked_training' : 'mire';
}

function drawUnemployedSince(random: SeededRandom, entryDay: number, birthDay: number, young: boolean) {
  if (random.chance(0.03)) return undefined;
  const [min, max] = (young ? YOUNG_MONTHS_OUT : MONTHS_OUT).pick(random);
  const day = entryDay - Math.round(random.between(min, max) * 30.44) - random.int(30);
  // Nobody is "out of work" since before the end of compulsory schooling.
  return Math.max(day, birthDay + Math.round(16 * 365.25));
}

/** Exit reasons of accompaniments that end without a job. */
export const EXIT_WITHOUT_JOB = weighted<ExitReason>([
  ['dropped_out', 35],
  ['training', 18],
  ['end_of_programme', 17],
  ['health', 12],
  ['moved', 8],
  ['referred', 7],
  ['other', 3],
]);
