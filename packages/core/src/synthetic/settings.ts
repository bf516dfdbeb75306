import { ID_PATTERN, NIS_CODE_PATTERN, POSTAL_CODE_PATTERN, isIsoDate } from '../model/common.js';
import { createStarterGazetteer } from '../places/starter-gazetteer.js';
import { createStarterTaxonomy } from '../taxonomy/starter-taxonomy.js';
import type { SyntheticCatalogue, SyntheticOccupation, SyntheticPlace } from './catalogue.js';
import { SYNTHETIC_SECTORS } from './catalogue.js';
import { dayOfIso } from './calendar.js';
import { SYNTHETIC_ERRORS } from './errors.js';
import { catalogueFromStarterData } from './starter-catalogue.js';
import type { GenerateDatasetOptions, SyntheticRates } from './options.js';
import { SYNTHETIC_DEFAULTS } from './options.js';

/** Options with every default filled in and every value checked. */
export interface GenerationSettings {
  readonly seed: number | string;
  readonly candidates: number;
  readonly employers: number;
  readonly offers: number;
  readonly referenceDate: string;
  /** The reference date as a day number. */
  readonly referenceDay: number;
  /** First day on which an accompaniment may start. */
  readonly firstDay: number;
  readonly catalogue: SyntheticCatalogue;
  readonly rates: SyntheticRates;
}

let starterCatalogue: SyntheticCatalogue | undefined;
/**
 * The default catalogue: the starter taxonomy's occupations (ESCO ids) and the starter gazetteer's
 * towns, so that synthetic records resolve against both. Built once (a few milliseconds), then shared:
 * it is frozen.
 */
export function defaultSyntheticCatalogue(): SyntheticCatalogue {
  starterCatalogue ??= catalogueFromStarterData(createStarterTaxonomy(), createStarterGazetteer());
  return starterCatalogue;
}

/** Fills in defaults and checks every option; throws a TypeError or RangeError that names the remedy. */
export function resolveSettings(options: GenerateDatasetOptions): GenerationSettings {
  const seed = options.seed;
  if (!(typeof seed === 'string' || (typeof seed === 'number' && Number.isFinite(seed)))) {
    throw new TypeError(SYNTHETIC_ERRORS.seed(seed));
  }
  const max = SYNTHETIC_DEFAULTS.maxCandidates;
  const candidates = checkCount('candidates', options.candidates, max);
  const byCandidates = (per: number, min: number) => Math.max(min, Math.ceil(candidates / per));
  const employers = checkCount(
    'employers',
    options.employers ??
      byCandidates(SYNTHETIC_DEFAULTS.candidatesPerEmployer, SYNTHETIC_DEFAULTS.minEmployers),
    max,
  );
  const offers = checkCount(
    'offers',
    options.offers ?? byCandidates(SYNTHETIC_DEFAULTS.candidatesPerOffer, SYNTHETIC_DEFAULTS.minOffers),
    max,
  );
  const referenceDate = options.referenceDate ?? SYNTHETIC_DEFAULTS.referenceDate;
  if (
    typeof referenceDate !== 'string' ||
    !isIsoDate(referenceDate) ||
    referenceDate < '1950' ||
    referenceDate > '2100'
  ) {
    throw new RangeError(SYNTHETIC_ERRORS.referenceDate(referenceDate));
  }
  const years = options.years ?? SYNTHETIC_DEFAULTS.years;
  if (!Number.isInteger(years) || years < 1 || years > 30)
    throw new RangeError(SYNTHETIC_ERRORS.years(years));
  const referenceDay = dayOfIso(referenceDate);
  const catalogue = options.catalogue ?? defaultSyntheticCatalogue();
  checkCatalogue(catalogue);
  return {
    seed,
    candidates,
    employers,
    offers,
    referenceDate,
    referenceDay,
    firstDay: referenceDay - Math.round(years * 365.25),
    catalogue,
    rates: checkRates({ ...SYNTHETIC_DEFAULTS.rates, ...options.rates }),
  };
}

function checkCount(name: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(SYNTHETIC_ERRORS.count(name, value, max));
  }
  return value;
}

function checkRates(rates: SyntheticRates): SyntheticRates {
  for (const [name, value] of Object.entries(rates)) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new RangeError(SYNTHETIC_ERRORS.rate(name, value));
    }
  }
  return rates;
}

/** Checks a catalogue so that every record made from it parses; throws with the first problem found. */
export function checkCatalogue(catalogue: SyntheticCatalogue): void {
  for (const part of ['occupations', 'places', 'mires'] as const) {
    if (!Array.isArray(catalogue[part]) || catalogue[part].length === 0) {
      throw new TypeError(SYNTHETIC_ERRORS.emptyCatalogue(part));
    }
  }
  catalogue.occupations.forEach(checkOccupation);
  catalogue.places.forEach(checkPlace);
  if (!catalogue.places.some((place) => place.weight > 0))
    throw new TypeError(SYNTHETIC_ERRORS.noPopulatedPlace());
  for (const mire of catalogue.mires) {
    checkId('Mire id', mire.id);
    check(
      isShortText(mire.name, 200),
      'Mire name',
      mire.name,
      'give 1–200 characters, no surrounding spaces',
    );
    check(
      mire.source === undefined || mire.source.length <= 500,
      'Mire source',
      mire.source,
      'give at most 500 characters',
    );
  }
}

function check(ok: boolean, what: string, value: unknown, rule: string): void {
  if (!ok) throw new TypeError(SYNTHETIC_ERRORS.badCatalogueValue(what, value, rule));
}

function checkId(what: string, value: string): void {
  check(typeof value === 'string' && ID_PATTERN.test(value), what, value, 'use 1–64 of A–Z a–z 0–9 . _ : -');
}

// Records trim their short texts when parsed; a label with surrounding spaces would not read back equal.
function isShortText(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length > 0 && value.length <= max && value.trim() === value;
}

function checkOccupation(occupation: SyntheticOccupation): void {
  checkId('occupation id', occupation.id);
  const sectors: readonly string[] = SYNTHETIC_SECTORS;
  check(sectors.includes(occupation.sector), 'sector', occupation.sector, `use one of ${sectors.join(', ')}`);
  check(
    isShortText(occupation.label, 180),
    'occupation label',
    occupation.label,
    'give 1–180 characters, no surrounding spaces',
  );
  check(
    occupation.weight === undefined || occupation.weight > 0,
    'occupation weight',
    occupation.weight,
    'use a number > 0',
  );
  for (const skill of [...occupation.essentialSkillIds, ...occupation.optionalSkillIds])
    checkId('skill id', skill);
}

function checkPlace(place: SyntheticPlace): void {
  check(NIS_CODE_PATTERN.test(place.nisCode), 'NIS code', place.nisCode, 'use five digits');
  check(
    POSTAL_CODE_PATTERN.test(place.postalCode),
    'postal code',
    place.postalCode,
    'use four digits 1000–9999',
  );
  const { lat, lon } = place.coordinates;
  check(Math.abs(lat) <= 90 && Math.abs(lon) <= 180, 'coordinates', place.coordinates, 'use WGS84 degrees');
  check(
    isShortText(place.name, 120),
    'place name',
    place.name,
    'give 1–120 characters, no surrounding spaces',
  );
  check(place.weight >= 0 && Number.isFinite(place.weight), 'place weight', place.weight, 'use a number ≥ 0');
}
