import type { Accompaniment } from '../model/accompaniment.js';
import type { IsoDate } from '../model/common.js';
import type { Contract } from '../model/contract.js';
import type { Employer } from '../model/employer.js';
import type { FollowUp } from '../model/follow-up.js';
import type { JobOffer } from '../model/job-offer.js';
import type { CandidateRecord } from '../model/protected-attributes.js';
import type { MireTerritory } from '../model/territory.js';
import { IsoDayCache } from './calendar.js';
import { generateEmployers } from './employers.js';
import { generateOffers } from './offers.js';
import type { GenerateDatasetOptions } from './options.js';
import { generatePeople } from './people.js';
import { SeededRandom } from './random.js';
import { resolveSettings } from './settings.js';
import { buildWorld } from './world.js';

/** A synthetic dataset: every record valid for its schema, every reference pointing at a record of it. */
export interface SyntheticDataset {
  /** The day the data is seen from: nothing starts after it. */
  readonly referenceDate: IsoDate;
  /** The Mire and the communes of their territories. */
  readonly territories: MireTerritory[];
  /** One CPAS per commune (employer of article 60 contracts), then the regular employers. */
  readonly employers: Employer[];
  /** Job offers of the regular employers (and the CPAS' article 60 offers), over the years before the reference date. */
  readonly offers: JobOffer[];
  /** Candidates, with their protected attributes kept apart (missing for about 3%). */
  readonly candidates: CandidateRecord[];
  /** One per candidate, and an earlier one for about 12%; `exitDate` null while going on. */
  readonly accompaniments: Accompaniment[];
  /** Employment spells: jobs before entry, first contracts and their chains, later jobs, unpaid immersions. */
  readonly contracts: Contract[];
  /** Contacts two weeks, one, three and six months after a first contract, up to the reference date. */
  readonly followUps: FollowUp[];
}

/**
 * Generates a synthetic but realistic dataset of the Mire's work in Wallonia: candidates (mostly without
 * the CESS, long out of work, young people in the Youth Guarantee, newcomers learning French), employers
 * and offers across ten sectors, accompaniments over several years, contract spells and follow-ups whose
 * funnel is close to the Mire's (about 81% get a first contract, 71% of those are in work six months later).
 *
 * Deterministic: the same options give the same dataset on any machine (own seeded generator; the
 * reference date is an option, never today). Linear in the number of candidates: 250,000 take a few
 * seconds. To stay lean, records share small frozen values (places, education, languages, skill entries,
 * code lists, hour ranges): treat records as read-only data, and copy one before changing it.
 *
 * @throws TypeError or RangeError on invalid options or catalogue, with the remedy in the message.
 */
export function generateDataset(options: GenerateDatasetOptions): SyntheticDataset {
  const settings = resolveSettings(options);
  const world = buildWorld(settings.catalogue);
  const dates = new IsoDayCache();
  // One stream per part: with their counts given, employers and offers do not change with the candidates.
  const employers = generateEmployers(
    SeededRandom.derive(settings.seed, 'employers'),
    world,
    settings.employers,
  );
  const offers = generateOffers(SeededRandom.derive(settings.seed, 'offers'), settings.offers, {
    world,
    employers,
    dates,
    firstDay: settings.firstDay,
    referenceDay: settings.referenceDay,
  });
  const people = generatePeople(SeededRandom.derive(settings.seed, 'candidates'), {
    settings,
    world,
    employers,
    offers,
    dates,
  });
  return {
    referenceDate: settings.referenceDate,
    territories: world.territories.map((territory) => ({ ...territory, communes: [...territory.communes] })),
    employers: employers.employers,
    offers: offers.offers,
    ...people,
  };
}
