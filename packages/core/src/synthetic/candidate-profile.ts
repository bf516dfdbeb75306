import type { Candidate, HoursRange } from '../model/candidate.js';
import type { ProtectedAttributes } from '../model/protected-attributes.js';
import type { ContractType } from '../vocab/contract-types.js';
import type { Programme } from '../vocab/accompaniment-codes.js';
import { SCHEDULES, type Schedule } from '../vocab/work-conditions.js';
import type { IsoDayCache } from './calendar.js';
import { drawCandidateSkills, drawSecondOccupation } from './candidate-skills.js';
import type { Person } from './person.js';
import type { SeededRandom } from './random.js';
import { sharedList } from './shared-values.js';
import { weighted } from './weighted.js';
import type { World } from './world.js';

const range = (min: number, max: number): HoursRange => Object.freeze({ min, max });
const HOURS = weighted([
  [range(19, 38), 35],
  [range(30, 38), 25],
  [range(38, 38), 20],
  [range(10, 25), 10],
  [range(19, 30), 10],
]);
// Every person accepts day work; the others are accepted independently (bit i = SCHEDULES[i + 1]).
const SCHEDULE_SETS: readonly (readonly Schedule[])[] = Array.from({ length: 16 }, (_, mask) =>
  sharedList(SCHEDULES.filter((_, i) => i === 0 || (mask & (1 << (i - 1))) !== 0)),
);
const SCHEDULE_CHANCE = [0.3, 0.18, 0.35, 0.45]; // evening, night, weekend, shifts
const ACCEPTED_CONTRACTS = weighted<readonly ContractType[]>([
  [sharedList<ContractType>([]), 80],
  [sharedList<ContractType>(['cdi', 'cdd', 'replacement', 'service_vouchers', 'article_60', 'pfi']), 10],
  [sharedList<ContractType>(['cdi', 'cdd']), 6],
  [sharedList<ContractType>(['cdi']), 4],
]);

/** What the candidate record is written from, besides the person. */
export interface ProfileContext {
  readonly world: World;
  readonly dates: IsoDayCache;
  readonly referenceDay: number;
  /** Counsellor ids of each Mire, by Mire index. */
  readonly counsellors: readonly (readonly string[])[];
}

/** Writes the candidate profile (no protected attribute) of a person. */
export function writeCandidate(
  random: SeededRandom,
  person: Person,
  id: string,
  context: ProfileContext,
): Candidate {
  const second = drawSecondOccupation(random, context.world, person.sector, person.occupation);
  let mask = 0;
  SCHEDULE_CHANCE.forEach((chance, bit) => {
    if (random.chance(chance)) mask |= 1 << bit;
  });
  const programmes: Programme[] = ['mire'];
  if (person.programme !== 'mire') programmes.push(person.programme);
  if (random.chance(0.15)) programmes.push('esf_project');
  const candidate: Candidate = {
    id,
    home: person.home.ref,
    education: person.education,
    skills: drawCandidateSkills(random, person.occupation, second),
    wantedOccupations: sharedList(
      second === undefined ? [person.occupation.id] : [person.occupation.id, second.id],
    ) as string[],
    // Shared frozen values are typed as the model's mutable arrays: records are data, copy before editing.
    languages: person.origin.languages as Candidate['languages'],
    licences: person.mobility.licences as Candidate['licences'],
    hasVehicle: person.mobility.hasVehicle,
    commute: person.mobility.commute as Candidate['commute'],
    hoursPerWeek: HOURS.pick(random),
    schedules: SCHEDULE_SETS[mask] as Schedule[],
    contractTypes: ACCEPTED_CONTRACTS.pick(random) as ContractType[],
    workPermit: person.origin.workPermit,
    mireId: person.mire.mire.id,
    counsellorId: random.pick(context.counsellors[person.mire.index] as readonly string[]),
    programmes: sharedList(programmes) as Programme[],
  };
  if (person.unemployedSinceDay !== undefined)
    candidate.unemployedSince = context.dates.format(person.unemployedSinceDay);
  if (random.chance(0.4))
    candidate.availableFrom = context.dates.format(context.referenceDay + random.int(61));
  return candidate;
}

/** Writes the protected attributes of a person, with the refusals that sensitive questions allow. */
export function writeProtectedAttributes(
  random: SeededRandom,
  person: Person,
  id: string,
  dates: IsoDayCache,
): ProtectedAttributes {
  const { origin } = person;
  return {
    candidateId: id,
    gender: person.gender,
    birthDate: dates.format(person.birthDay),
    nationality: origin.nationality,
    foreignBackground: origin.foreignBackground,
    newcomer: origin.newcomer ? 'yes' : 'no',
    refugee: random.chance(0.02) ? 'refused' : origin.refugee ? 'yes' : 'no',
    disability: person.disability,
  };
}
