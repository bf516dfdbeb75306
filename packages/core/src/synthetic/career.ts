import type { ContractType } from '../vocab/contract-types.js';
import {
  weeklyHours,
  writeChain,
  writeSpell,
  type ContractSink,
  type WrittenSpell,
} from './contract-writer.js';
import type { EmployerPool } from './employers.js';
import { findOffer } from './offer-lookup.js';
import type { OfferPool } from './offers.js';
import type { SyntheticRates } from './options.js';
import type { Person } from './person.js';
import type { SeededRandom } from './random.js';
import { nextChainStart, planDurableChain, planShortChain, type Spell } from './spells.js';
import { weighted } from './weighted.js';
import type { World } from './world.js';

/** Where contracts are written to, and what they are drawn from. */
export interface CareerContext extends ContractSink {
  readonly world: World;
  readonly employers: EmployerPool;
  readonly offers: OfferPool;
  readonly rates: SyntheticRates;
}

/** What a person's career gives the accompaniment and follow-ups: the first paid contract's chain. */
export interface Career {
  /** Start day of the first paid contract after entry; undefined when there is none by the reference date. */
  readonly firstStart: number | undefined;
  /** The spells of the chain that starts with the first contract. */
  readonly firstChain: readonly WrittenSpell[];
}

// Days from entry to the first contract: most within six months, none after nine (so that a durable
// chain fits in the 18 months after which the funnel rates are measured). A stepped, roughly exponential
// shape made of uniform brackets.
const FIRST_CONTRACT_DELAY = weighted<readonly [number, number]>([
  [[14, 44], 30],
  [[45, 89], 26],
  [[90, 149], 20],
  [[150, 209], 13],
  [[210, 270], 11],
]);
function firstContractDelay(random: SeededRandom): number {
  const [min, max] = FIRST_CONTRACT_DELAY.pick(random);
  return random.between(min, max);
}

/** Writes a person's contracts: an old job before the unemployment spell, then the Mire's outcome. */
export function writeCareer(
  random: SeededRandom,
  person: Person,
  candidateId: string,
  context: CareerContext,
): Career {
  writePriorJob(random, person, candidateId, context);
  const { rates } = context;
  const licensed = person.mobility.licences.includes('B');
  const longTerm =
    person.unemployedSinceDay !== undefined && person.entryDay - person.unemployedSinceDay > 730;
  // Small, roughly mean-zero adjustments: licence holders and shorter spells out of work do better.
  const pFirst = adjust(rates.firstContract, (licensed ? 0.065 : -0.12) + (longTerm ? -0.065 : 0.05));
  const start = person.entryDay + firstContractDelay(random);
  if (!random.chance(pFirst) || start > context.referenceDay) {
    writeImmersion(random, person, candidateId, context);
    return { firstStart: undefined, firstChain: [] };
  }
  const durable = random.chance(adjust(rates.inWorkAfterSixMonths, licensed ? 0.05 : -0.1));
  const { type, employerId, offerId } = chooseFirstJob(random, person, start, context);
  const chain = (durable ? planDurableChain : planShortChain)(random, type, start);
  const hours = weeklyHours(random, type, person.sector.profile);
  const firstChain = writeChain(chain, { candidateId, employerId, offerId, hours }, context);
  const later = nextChainStart(random, chain);
  // A job that did not last is often followed by another one, after a gap.
  if (later !== undefined && random.chance(durable ? 0.2 : 0.45))
    writeLaterJob(random, person, candidateId, later, context);
  return { firstStart: start, firstChain };
}

function writeLaterJob(
  random: SeededRandom,
  person: Person,
  candidateId: string,
  start: number,
  context: CareerContext,
) {
  const type = person.sector.profile.contractTypes.pick(random);
  const plan = (random.chance(0.5) ? planDurableChain : planShortChain)(random, type, start);
  const employerId = employerFor(random, type, person, context);
  writeChain(
    plan,
    { candidateId, employerId, hours: weeklyHours(random, type, person.sector.profile) },
    context,
  );
}

// Shifts a rate by `delta`, damped towards 0 and 1 so that a rate of exactly 0 or 1 stays put.
function adjust(rate: number, delta: number): number {
  return Math.min(1, Math.max(0, rate + delta * 4 * rate * (1 - rate)));
}

interface FirstJob {
  readonly type: ContractType;
  readonly employerId: string;
  readonly offerId?: string;
}

function chooseFirstJob(
  random: SeededRandom,
  person: Person,
  start: number,
  context: CareerContext,
): FirstJob {
  if (person.referredBy === 'cpas' && random.chance(0.3)) {
    return { type: 'article_60', employerId: employerFor(random, 'article_60', person, context) };
  }
  if (person.programme === 'work_linked_training' && random.chance(0.6)) {
    const type = random.chance(0.5) ? 'apprenticeship' : 'pfi';
    return { type, employerId: employerFor(random, type, person, context) };
  }
  // Most Mire hires answer an offer the Mire negotiated in the months before.
  const offer = random.chance(0.6)
    ? findOffer(random, context.offers, person.occupation.id, person.mire.index, start - 240, start)
    : undefined;
  if (offer !== undefined)
    return { type: offer.contractType, employerId: offer.employerId, offerId: offer.id };
  const type = person.sector.profile.contractTypes.pick(random);
  return { type, employerId: employerFor(random, type, person, context) };
}

// Article 60 §7 contracts are signed with the CPAS of the person's commune; others with a local employer.
function employerFor(
  random: SeededRandom,
  type: ContractType,
  person: Person,
  context: CareerContext,
): string {
  if (type === 'article_60') return context.employers.cpasOf(person.home).id;
  return context.employers.pick(random, person.mire.index, person.sector.index, person.home).id;
}

// Some had a job that ended when their current spell out of work began.
function writePriorJob(
  random: SeededRandom,
  person: Person,
  candidateId: string,
  context: CareerContext,
): void {
  if (person.unemployedSinceDay === undefined || !random.chance(0.12)) return;
  const end = person.unemployedSinceDay - 1;
  const start = end - random.between(30, 400);
  if (start < person.birthDay + 16 * 366) return;
  const type = person.sector.profile.contractTypes.pick(random);
  writeSpell(
    { type, start, end },
    { candidateId, employerId: employerFor(random, type, person, context) },
    context,
  );
}

// Unpaid immersion: tried during the accompaniment, never counted as a first contract.
function writeImmersion(
  random: SeededRandom,
  person: Person,
  candidateId: string,
  context: CareerContext,
): void {
  if (!random.chance(0.15)) return;
  const start = person.entryDay + random.between(20, 80);
  const spell: Spell = { type: 'immersion', start, end: start + random.between(4, 19) };
  writeSpell(spell, { candidateId, employerId: employerFor(random, 'immersion', person, context) }, context);
}
