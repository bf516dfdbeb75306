import type { Accompaniment } from '../model/accompaniment.js';
import type { Contract } from '../model/contract.js';
import type { FollowUp } from '../model/follow-up.js';
import type { CandidateRecord } from '../model/protected-attributes.js';
import { writeAccompaniments, type AccompanimentContext } from './accompaniments.js';
import type { IsoDayCache } from './calendar.js';
import { writeCandidate, writeProtectedAttributes, type ProfileContext } from './candidate-profile.js';
import { writeCareer, type CareerContext } from './career.js';
import type { EmployerPool } from './employers.js';
import { writeFollowUps, type FollowUpContext } from './follow-ups.js';
import type { OfferPool } from './offers.js';
import { drawPerson } from './person.js';
import type { SeededRandom } from './random.js';
import type { GenerationSettings } from './settings.js';
import type { World } from './world.js';

/** The records written about the people of a dataset. */
export interface PeopleRecords {
  readonly candidates: CandidateRecord[];
  readonly accompaniments: Accompaniment[];
  readonly contracts: Contract[];
  readonly followUps: FollowUp[];
}

/** What people are drawn against: the world, its employers and offers. */
export interface PeopleInputs {
  readonly settings: GenerationSettings;
  readonly world: World;
  readonly employers: EmployerPool;
  readonly offers: OfferPool;
  readonly dates: IsoDayCache;
}

type Writer = ProfileContext & CareerContext & AccompanimentContext & FollowUpContext;

// Ids sort in creation order: zero-padded to a width that fits every id of the dataset.
function counter(prefix: string, width: number): () => string {
  let next = 0;
  return () => `${prefix}${String(++next).padStart(width, '0')}`;
}

function createWriter(inputs: PeopleInputs, records: PeopleRecords): Writer {
  const { settings, world } = inputs;
  const width = Math.max(7, String(settings.candidates * 10).length);
  // About 25 people per counsellor (the Mire's old rule asked for at least 20 per worker).
  const counsellors = world.mires.map((slot) => {
    const count = Math.max(1, Math.ceil((settings.candidates * slot.share) / 25));
    return Array.from({ length: count }, (_, k) => `${slot.mire.id}-c${k + 1}`);
  });
  return {
    world,
    employers: inputs.employers,
    offers: inputs.offers,
    dates: inputs.dates,
    referenceDay: settings.referenceDay,
    rates: settings.rates,
    counsellors,
    contracts: records.contracts,
    accompaniments: records.accompaniments,
    followUps: records.followUps,
    nextContractId: counter('ctr-', width),
    nextAccompanimentId: counter('acc-', width),
    nextFollowUpId: counter('fu-', width),
  };
}

/** Draws every person and writes their candidate record, accompaniments, contracts and follow-ups. */
export function generatePeople(random: SeededRandom, inputs: PeopleInputs): PeopleRecords {
  const records: PeopleRecords = { candidates: [], accompaniments: [], contracts: [], followUps: [] };
  const writer = createWriter(inputs, records);
  const { settings, world, dates } = inputs;
  const width = Math.max(6, String(settings.candidates).length);
  for (let i = 0; i < settings.candidates; i++) {
    const id = `cand-${String(i + 1).padStart(width, '0')}`;
    const person = drawPerson(random, world, settings);
    const candidate = writeCandidate(random, person, id, writer);
    // A few files carry no protected attribute at all (not collected): the record stays valid.
    records.candidates.push(
      random.chance(0.97)
        ? { candidate, protectedAttributes: writeProtectedAttributes(random, person, id, dates) }
        : { candidate },
    );
    const career = writeCareer(random, person, id, writer);
    writeAccompaniments(random, person, candidate, career, writer);
    writeFollowUps(random, id, career, writer);
  }
  return records;
}
