import type { Contract } from '../model/contract.js';
import type { ContractType } from '../vocab/contract-types.js';
import type { IsoDayCache } from './calendar.js';
import type { SeededRandom } from './random.js';
import type { SectorProfile } from './sector-profile.js';
import { isOpenEnded, type Spell } from './spells.js';

/** Where contracts are written to. */
export interface ContractSink {
  readonly dates: IsoDayCache;
  readonly referenceDay: number;
  readonly contracts: Contract[];
  /** The next contract id. */
  nextContractId(): string;
}

/** Who is hired by whom, for which offer, and how many hours a week. */
export interface Hire {
  readonly candidateId: string;
  readonly employerId: string;
  /** The offer the first spell of a chain filled, if any. */
  readonly offerId?: string | undefined;
  /** Weekly hours, when known. */
  readonly hours?: number | undefined;
}

/** A written spell: the contract and its days. */
export interface WrittenSpell {
  readonly spell: Spell;
  readonly contract: Contract;
}

/** Weekly hours of a contract in a sector (sometimes unknown). */
export function weeklyHours(
  random: SeededRandom,
  type: ContractType,
  profile: SectorProfile,
): number | undefined {
  if (random.chance(0.15)) return undefined;
  if (type === 'service_vouchers') return random.pick([19, 25, 30]);
  const range = profile.hours.pick(random);
  return range.min === range.max || random.chance(0.5) ? range.max : range.min;
}

/** Writes one spell as a contract, seen from the reference date; undefined if it starts after it. */
export function writeSpell(spell: Spell, hire: Hire, sink: ContractSink): Contract | undefined {
  if (spell.start > sink.referenceDay) return undefined;
  // An open-ended contract still running at the reference date has no end yet; a fixed term's end is known.
  const end =
    spell.end !== null && spell.end > sink.referenceDay && isOpenEnded(spell.type) ? null : spell.end;
  const { candidateId, employerId, hours } = hire;
  const id = sink.nextContractId();
  const type = spell.type;
  const start = sink.dates.format(spell.start);
  const last = end === null ? null : sink.dates.format(end);
  // One literal per common shape: adding a property later costs every record an extra allocation.
  const contract: Contract =
    hours === undefined
      ? { id, candidateId, employerId, type, start, end: last }
      : { id, candidateId, employerId, type, start, end: last, hoursPerWeek: hours };
  if (hire.offerId !== undefined) contract.offerId = hire.offerId;
  sink.contracts.push(contract);
  return contract;
}

/** Writes a chain of spells with one employer; only the first spell filled the offer. */
export function writeChain(chain: readonly Spell[], hire: Hire, sink: ContractSink): WrittenSpell[] {
  const { offerId: _offerId, ...rest } = hire;
  const written: WrittenSpell[] = [];
  chain.forEach((spell, i) => {
    const contract = writeSpell(spell, i === 0 ? hire : rest, sink);
    if (contract !== undefined) written.push({ spell, contract });
  });
  return written;
}
