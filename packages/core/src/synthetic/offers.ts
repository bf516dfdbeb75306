import { SYNTHETIC_DEFAULTS } from './options.js';
import type { JobOffer } from '../model/job-offer.js';
import type { IsoDayCache } from './calendar.js';
import type { EmployerPool } from './employers.js';
import {
  drawDuration,
  drawLanguages,
  drawLifecycle,
  drawMinEducation,
  drawRequirements,
  titleOf,
} from './offer-terms.js';
import type { SeededRandom } from './random.js';
import type { World } from './world.js';

/** The offers of a dataset, with what contracts need to find them. */
export interface OfferPool {
  readonly offers: JobOffer[];
  /** Offer indexes per occupation id, by publication day. */
  readonly byOccupation: ReadonlyMap<string, readonly number[]>;
  /** Publication day of each offer. */
  readonly publishedDay: Int32Array;
  /** Mire index of each offer's workplace. */
  readonly mireIndex: Uint16Array;
}

/** What offers are written from. */
export interface OfferContext {
  readonly world: World;
  readonly employers: EmployerPool;
  readonly dates: IsoDayCache;
  readonly firstDay: number;
  readonly referenceDay: number;
}

/** Generates `count` offers of the regular employers (article 60 offers are the CPAS'). */
export function generateOffers(random: SeededRandom, count: number, context: OfferContext): OfferPool {
  const offers: JobOffer[] = [];
  const byOccupation = new Map<string, number[]>();
  const publishedDay = new Int32Array(count);
  const mireIndex = new Uint16Array(count);
  const width = Math.max(6, String(count).length);
  for (let i = 0; i < count && context.employers.regular.length > 0; i++) {
    const recent = random.chance(SYNTHETIC_DEFAULTS.recentOfferShare);
    const from = recent
      ? Math.max(context.firstDay, context.referenceDay - SYNTHETIC_DEFAULTS.recentOfferDays)
      : context.firstDay;
    const day = from + random.int(context.referenceDay - from + 1);
    const [offer, mire] = drawOffer(random, `off-${String(i + 1).padStart(width, '0')}`, day, context);
    publishedDay[i] = day;
    mireIndex[i] = mire;
    const list = byOccupation.get(offer.occupation as string) ?? [];
    list.push(i);
    byOccupation.set(offer.occupation as string, list);
    offers.push(offer);
  }
  // Sorted by publication day, so that a hire can look up the offers of its last months (offer-lookup.ts).
  for (const list of byOccupation.values()) {
    list.sort((a, b) => (publishedDay[a] as number) - (publishedDay[b] as number) || a - b);
  }
  return { offers, byOccupation, publishedDay, mireIndex };
}

/** One offer of a random regular employer, published on `day`, and the Mire index of its workplace. */
function drawOffer(random: SeededRandom, id: string, day: number, context: OfferContext): [JobOffer, number] {
  const { employers, world, dates } = context;
  const e = random.int(employers.regular.length);
  const home = employers.regularPlace[e] as (typeof employers.regularPlace)[number];
  const sector = world.sectors[employers.regularSector[e] as number] as (typeof world.sectors)[number];
  const { profile } = sector;
  const occupation = sector.occupations.pick(random);
  const contractType = profile.contractTypes.pick(random);
  const employer = contractType === 'article_60' ? employers.cpasOf(home) : employers.regular[e];
  // Most jobs are at the employer's site; some at another site of the same territory.
  const place = random.chance(0.85) ? home : (world.mires[home.mireIndex]?.placePicker.pick(random) ?? home);
  const offer: JobOffer = {
    id,
    employerId: employer?.id as string,
    title: titleOf(occupation.label),
    occupation: occupation.id,
    requiredSkills: drawRequirements(random, occupation.essentialSkillIds, random.between(2, 4)),
    wantedSkills: drawRequirements(random, occupation.optionalSkillIds, random.between(0, 2)),
    languages: drawLanguages(random, profile),
    licences: profile.licences.pick(random) as JobOffer['licences'],
    vehicleRequired: random.chance(profile.vehicleRequired),
    place: place.ref,
    schedules: profile.schedules.pick(random) as JobOffer['schedules'],
    hoursPerWeek: profile.hours.pick(random),
    contractType,
    positions: random.chance(0.75) ? 1 : random.chance(0.7) ? random.between(2, 3) : random.between(4, 12),
    publishedOn: dates.format(day),
    ...drawLifecycle(random, day, context.referenceDay, dates),
  };
  const minEducation = drawMinEducation(random, profile);
  if (minEducation !== undefined) offer.minEducation = minEducation;
  const durationMonths = drawDuration(random, contractType);
  if (durationMonths !== undefined) offer.durationMonths = durationMonths;
  if (random.chance(0.6)) offer.startDate = dates.format(day + random.between(14, 60));
  if (employer?.mireId !== undefined && random.chance(0.95)) offer.mireId = employer.mireId;
  return [offer, place.mireIndex];
}
