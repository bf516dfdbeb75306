import type { IsoDate } from '../model/common.js';
import type { SyntheticCatalogue } from './catalogue.js';

/**
 * Shares the generator aims at, each from 0 to 1. The funnel rates apply to candidates who entered at
 * least 18 months before the reference date (younger cohorts have not had time to get there).
 */
export interface SyntheticRates {
  /** Candidates who get a first paid contract after entry (Mire funnel: 4,800 of 5,900 ≈ 0.81). */
  readonly firstContract: number;
  /** Of those, in work six months later by the default rule (3,400 of 4,800 ≈ 0.71). */
  readonly inWorkAfterSixMonths: number;
  /** Newcomers (primo-arrivants), refugees included. */
  readonly newcomers: number;
  /** Of newcomers, recognised refugees or under subsidiary protection. */
  readonly refugeesAmongNewcomers: number;
  /** Candidates in the Youth Guarantee programme (NEETs under 25). */
  readonly youthGuarantee: number;
  /** Candidates with a category B driving licence ("1/3 have no licence B", MIREC 2019). */
  readonly licenceB: number;
  /** Of licence-B holders, those with a vehicle to get to work. */
  readonly vehicleAmongLicensed: number;
}

/** Options of {@link generateDataset}. */
export interface GenerateDatasetOptions {
  /** Seed of the pseudo-random streams: the same seed and options give the same dataset. */
  readonly seed: number | string;
  /** Number of candidates, from 0 to 10,000,000. */
  readonly candidates: number;
  /** Number of employers besides one CPAS per place (default: candidates / 12, at least 20). */
  readonly employers?: number;
  /** Number of job offers (default: candidates / 5, at least 30). */
  readonly offers?: number;
  /** The day the data is seen from: nothing starts after it (default `2026-01-01`, never today). */
  readonly referenceDate?: IsoDate;
  /** Entries into accompaniment spread over this many years before the reference date (default 5). */
  readonly years?: number;
  /** Occupations, places and Mire (default: from the starter taxonomy and gazetteer). */
  readonly catalogue?: SyntheticCatalogue;
  /** Shares to aim at; unset ones keep their default. */
  readonly rates?: Partial<SyntheticRates>;
}

/** Defaults of {@link generateDataset}, grouped by concern. */
export const SYNTHETIC_DEFAULTS = Object.freeze({
  referenceDate: '2026-01-01',
  years: 5,
  /** Candidates per regular employer, and per offer, when the counts are not given. */
  candidatesPerEmployer: 12,
  candidatesPerOffer: 5,
  minEmployers: 20,
  minOffers: 30,
  /**
   * Share of offers published in the last {@link SYNTHETIC_DEFAULTS.recentOfferDays} days, so that a demo or a
   * benchmark finds a realistic pool of open offers (the rest spread over the years, mostly filled or closed).
   */
  recentOfferShare: 0.2,
  recentOfferDays: 60,
  /** Largest dataset accepted, a guard against typos rather than a limit of the generator. */
  maxCandidates: 10_000_000,
  rates: Object.freeze({
    firstContract: 0.81,
    inWorkAfterSixMonths: 0.71,
    newcomers: 0.12,
    refugeesAmongNewcomers: 0.55,
    youthGuarantee: 0.1,
    licenceB: 0.66,
    vehicleAmongLicensed: 0.72,
  } satisfies SyntheticRates),
});
