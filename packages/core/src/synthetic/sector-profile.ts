import type { HoursRange } from '../model/candidate.js';
import type { ContractType } from '../vocab/contract-types.js';
import type { LanguageLevel } from '../vocab/languages.js';
import type { LicenceCategory } from '../vocab/licences.js';
import type { Schedule } from '../vocab/work-conditions.js';
import type { WeightedPicker } from './weighted.js';
import { weighted } from './weighted.js';

/**
 * How each sector hires, as the Mire's public meets it: the figures are plausible orders of magnitude for
 * Wallonia (interim in logistics and production, service vouchers in cleaning, CPAS article 60 in care and
 * cleaning, evenings and weekends in catering), not statistics.
 */
export interface SectorProfile {
  /** Relative share of offers and of candidates' wishes. */
  readonly demand: number;
  /** Share of women among candidates who want this sector (the labour market's segregation). */
  readonly womenShare: number;
  /** NACE-BEL codes of its employers. */
  readonly naceCodes: readonly string[];
  /** First words of its employers' names. */
  readonly nameStems: readonly string[];
  /** Contract types of its offers and hires. */
  readonly contractTypes: WeightedPicker<ContractType>;
  /** Working-time patterns of its offers. */
  readonly schedules: WeightedPicker<readonly Schedule[]>;
  /** Weekly hours of its offers. */
  readonly hours: WeightedPicker<HoursRange>;
  /** Licences its offers require. */
  readonly licences: WeightedPicker<readonly LicenceCategory[]>;
  /** Share of offers that need one's own vehicle. */
  readonly vehicleRequired: number;
  /** French level its offers require. */
  readonly frenchLevel: LanguageLevel;
  /** Share of offers that set upper-secondary education (ISCED 3) as a minimum. */
  readonly upperSecondaryRequired: number;
}

// Shared, frozen values: thousands of records point at the same few ranges and lists.
/** A frozen weekly-hours range. */
export const hours = (min: number, max: number): HoursRange => Object.freeze({ min, max });
/** The Belgian full-time week. */
export const FULL_TIME = hours(38, 38);
/** A frozen list. */
export const list = <T>(...items: T[]): readonly T[] => Object.freeze(items);
/** Day work only. */
export const DAY = list<Schedule>('day');
/** No licence required. */
export const NONE = list<LicenceCategory>();
/** Licence B required. */
export const B = list<LicenceCategory>('B');

const MOSTLY_FULL_TIME = weighted([
  [FULL_TIME, 70],
  [hours(30, 38), 15],
  [hours(19, 30), 15],
]);
const MOSTLY_NO_LICENCE = weighted([
  [NONE, 90],
  [B, 10],
]);

/** A frozen sector profile; hours default to mostly full time, licences to mostly none. */
export function profile(
  fields: Omit<SectorProfile, 'hours' | 'licences'> & Partial<SectorProfile>,
): SectorProfile {
  return Object.freeze({ hours: MOSTLY_FULL_TIME, licences: MOSTLY_NO_LICENCE, ...fields });
}
