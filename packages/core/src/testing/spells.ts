import fc from 'fast-check';
import type { Accompaniment } from '../model/accompaniment.js';
import type { Contract } from '../model/contract.js';
import type { FollowUp } from '../model/follow-up.js';
import { isoOfDay } from '../synthetic/calendar.js';
import {
  EXIT_REASONS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  LABOUR_STATUSES,
  PROGRAMMES,
  REFERRERS,
} from '../vocab/accompaniment-codes.js';
import { CONTRACT_TYPES } from '../vocab/contract-types.js';
import { DEFAULT_MIRE_IDS } from './pools.js';
import { arbDay, arbId, arbIsoDate, fromPool, plainRecord } from './primitives.js';

/** Pools the spell arbitraries draw references from; by default, any id. */
export interface ArbSpellOptions {
  /** Candidate ids (default: `arbId('cand')`). */
  readonly candidateIds?: readonly string[];
  /** Employer ids, for contracts (default: `arbId('emp')`). */
  readonly employerIds?: readonly string[];
  /** Offer ids, for contracts (default: `arbId('off')`). */
  readonly offerIds?: readonly string[];
  /** Contract ids, for follow-ups (default: `arbId('ctr')`). */
  readonly contractIds?: readonly string[];
  /** Mire ids, for accompaniments (default {@link DEFAULT_MIRE_IDS}). */
  readonly mireIds?: readonly string[];
  /** Record ids (default: `arbId` with the kind's prefix). */
  readonly id?: fc.Arbitrary<string>;
}

const refTo = (pool: readonly string[] | undefined, prefix: string) =>
  pool === undefined ? arbId(prefix) : fromPool(pool, `${prefix} ids`);

// A start day and, maybe, an end on or after it: date order holds by construction (and shrinks to it).
const arbPeriod = () =>
  fc.tuple(arbDay(), fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null })).map(([start, length]) => ({
    start: isoOfDay(start),
    end: length === null ? null : isoOfDay(start + length),
  }));

/** Valid contracts: the end (inclusive) never before the start, `null` while open; weekly hours in halves. */
export function arbContract(options: ArbSpellOptions = {}): fc.Arbitrary<Contract> {
  const parts = plainRecord(
    {
      id: options.id ?? arbId('ctr'),
      candidateId: refTo(options.candidateIds, 'cand'),
      employerId: refTo(options.employerIds, 'emp'),
      offerId: refTo(options.offerIds, 'off'),
      type: fc.constantFrom(...CONTRACT_TYPES),
      hoursPerWeek: fc.integer({ min: 1, max: 120 }).map((halves) => halves / 2),
    },
    { requiredKeys: ['id', 'candidateId', 'employerId', 'type'] },
  );
  return fc.tuple(parts, arbPeriod()).map(([contract, period]) => ({ ...contract, ...period }));
}

/** Valid accompaniments: exit on or after entry, or `null` while going on; an exit reason only once exited. */
export function arbAccompaniment(options: ArbSpellOptions = {}): fc.Arbitrary<Accompaniment> {
  const parts = plainRecord(
    {
      id: options.id ?? arbId('acc'),
      candidateId: refTo(options.candidateIds, 'cand'),
      mireId: fromPool(options.mireIds ?? DEFAULT_MIRE_IDS, 'arbAccompaniment mireIds'),
      programme: fc.constantFrom(...PROGRAMMES),
      exitReason: fc.constantFrom(...EXIT_REASONS),
      statusAtEntry: fc.constantFrom(...LABOUR_STATUSES),
      referredBy: fc.constantFrom(...REFERRERS),
      counsellorId: arbId('counsellor'),
    },
    { requiredKeys: ['id', 'candidateId', 'mireId', 'programme'] },
  );
  return fc.tuple(parts, arbPeriod()).map(([{ exitReason, ...rest }, { start, end }]) => ({
    ...rest,
    entryDate: start,
    exitDate: end,
    ...(end !== null && exitReason !== undefined ? { exitReason } : {}),
  }));
}

/** Valid follow-up contacts after a hire. */
export function arbFollowUp(options: ArbSpellOptions = {}): fc.Arbitrary<FollowUp> {
  return plainRecord(
    {
      id: options.id ?? arbId('fu'),
      candidateId: refTo(options.candidateIds, 'cand'),
      contractId: refTo(options.contractIds, 'ctr'),
      date: arbIsoDate(),
      channel: fc.constantFrom(...FOLLOW_UP_CHANNELS),
      with: fc.constantFrom('candidate' as const, 'employer' as const, 'both' as const),
      outcome: fc.constantFrom(...FOLLOW_UP_OUTCOMES),
    },
    { requiredKeys: ['id', 'candidateId', 'date', 'channel', 'with'] },
  );
}
