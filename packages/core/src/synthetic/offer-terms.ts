import type { IsoDate } from '../model/common.js';
import type { JobOffer } from '../model/job-offer.js';
import type { LanguageRequirement, SkillRequirement } from '../model/skill-entries.js';
import type { OfferStatus } from '../vocab/accompaniment-codes.js';
import type { ContractType } from '../vocab/contract-types.js';
import { LANGUAGE_LEVELS, type LanguageLevel } from '../vocab/languages.js';
import type { SkillLevel } from '../vocab/skill-levels.js';
import type { IsoDayCache } from './calendar.js';
import { addDistinct } from './candidate-skills.js';
import type { SeededRandom } from './random.js';
import type { SectorProfile } from './sector-profile.js';
import { skillRequirement } from './shared-values.js';
import { weighted } from './weighted.js';

const MIN_LEVEL = weighted<SkillLevel>([
  [1, 30],
  [2, 50],
  [3, 20],
]);

/** Up to `count` distinct skills of a list, each with a minimum level (shared frozen requirements). */
export function drawRequirements(
  random: SeededRandom,
  from: readonly string[],
  count: number,
): SkillRequirement[] {
  const ids: string[] = [];
  addDistinct(random, from, count, ids);
  return ids.map((id) => skillRequirement(id, MIN_LEVEL.pick(random)));
}

const language = (code: string, minLevel: LanguageLevel, required: boolean): LanguageRequirement =>
  Object.freeze({ code, minLevel, required });
const FRENCH = new Map(LANGUAGE_LEVELS.map((level) => [level, language('fr', level, true)]));
// Most offers only ask for French: they share one frozen list per level.
const FRENCH_ONLY = new Map(LANGUAGE_LEVELS.map((level) => [level, Object.freeze([FRENCH.get(level)])]));
const DUTCH_WANTED = language('nl', 'B1', false);
const ENGLISH_WANTED = language('en', 'B1', false);

/** The languages an offer of a sector asks for: French at the sector's level; Dutch or English wanted in offices. */
export function drawLanguages(random: SeededRandom, profile: SectorProfile): LanguageRequirement[] {
  const level = profile.frenchLevel;
  const extra: LanguageRequirement[] = [];
  if (level === 'B2' && random.chance(0.3)) extra.push(DUTCH_WANTED);
  if (level === 'B2' && random.chance(0.1)) extra.push(ENGLISH_WANTED);
  if (extra.length === 0) return FRENCH_ONLY.get(level) as LanguageRequirement[];
  return [FRENCH.get(level) as LanguageRequirement, ...extra];
}

// Months of fixed-term contracts: [min, max] per type; others have no duration.
const DURATION: Partial<Record<ContractType, readonly [number, number]>> = {
  cdd: [3, 12],
  replacement: [1, 6],
  temporary_agency: [1, 3],
  pfi: [1, 6],
  article_60: [12, 24],
  apprenticeship: [12, 36],
  flexi_job: [1, 6],
};

/** Contract duration in months for fixed-term types; undefined for open-ended ones. */
export function drawDuration(random: SeededRandom, type: ContractType): number | undefined {
  const range = DURATION[type];
  return range === undefined ? undefined : random.between(range[0], range[1]);
}

const titles = new Map<string, string>();
/** The title of an offer for an occupation, shared by all its offers. */
export function titleOf(label: string): string {
  let title = titles.get(label);
  if (title === undefined) {
    title = `${label} (H/F/X)`;
    titles.set(label, title);
  }
  return title;
}

/** Status and closing date of an offer, seen from the reference date. */
export interface Lifecycle {
  readonly status: OfferStatus;
  readonly closesOn?: IsoDate;
}

/** Offers whose closing date has passed were filled, closed or cancelled; recent ones are open or drafts. */
export function drawLifecycle(
  random: SeededRandom,
  day: number,
  referenceDay: number,
  dates: IsoDayCache,
): Lifecycle {
  const closes = random.chance(0.8) ? day + random.between(21, 90) : undefined;
  const ended = closes !== undefined ? closes < referenceDay : day < referenceDay - 120;
  const status: OfferStatus = ended
    ? random.chance(0.55)
      ? 'filled'
      : random.chance(0.78)
        ? 'closed'
        : 'cancelled'
    : random.chance(0.92)
      ? 'open'
      : 'draft';
  return closes === undefined ? { status } : { status, closesOn: dates.format(closes) };
}

/** Minimum education of an offer: upper secondary where the sector asks for it, sometimes lower secondary. */
export function drawMinEducation(random: SeededRandom, profile: SectorProfile): JobOffer['minEducation'] {
  if (random.chance(profile.upperSecondaryRequired)) return 3;
  return random.chance(0.08) ? 2 : undefined;
}
