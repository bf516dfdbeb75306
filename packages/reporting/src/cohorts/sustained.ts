import type { ContractType } from '@passerelle/core';
import type { ContractSpell } from '../validate/reporting-data.js';
import { CONTRACT_TYPE_CODE, OPEN, UNKNOWN_CODE } from '../validate/store.js';
import { typeMask } from './first-contract.js';

/**
 * The rule for "in work for more than six months" (*emploi durable*), every part a parameter because no
 * published text fixes it (DOMAIN.md, §1.4). From the first contract's start, the person's employment spells
 * must chain with no gap longer than `maxGapDays` and cover at least `minDays` days.
 */
export interface SustainedEmploymentRule {
  /** Days in work needed, counted once even when contracts overlap (default 183). */
  readonly minDays: number;
  /** Longest gap allowed between two spells of the chain, in days without a contract (default 31). */
  readonly maxGapDays: number;
  /**
   * Days after the first contract's start within which the days must be reached, or `null` for no limit
   * (default `null`: the chain is followed as long as it lasts).
   */
  readonly windowDays: number | null;
  /** Smallest weekly hours of a spell that counts, or `null` for any (default `null`; unknown hours count). */
  readonly minHoursPerWeek: number | null;
  /** Contract types that count, or `null` for every paid type (default `null`). */
  readonly contractTypes: readonly ContractType[] | null;
}

/** Defaults of the sustained-employment rule (DOMAIN.md: 183 days, gaps of 31 days at most, any hours). */
export const DEFAULT_SUSTAINED_RULE: SustainedEmploymentRule = Object.freeze({
  minDays: 183,
  maxGapDays: 31,
  windowDays: null,
  minHoursPerWeek: null,
  contractTypes: null,
});

/** Checks and completes a partial rule; throws a RangeError naming the remedy on a wrong value. */
export function resolveSustainedRule(rule: Partial<SustainedEmploymentRule> = {}): SustainedEmploymentRule {
  const resolved = { ...DEFAULT_SUSTAINED_RULE, ...rule };
  const whole = (value: number, min: number): boolean => Number.isInteger(value) && value >= min;
  if (!whole(resolved.minDays, 1)) throw new RangeError('minDays must be a whole number of days, 1 or more.');
  if (!whole(resolved.maxGapDays, 0))
    throw new RangeError('maxGapDays must be a whole number of days, 0 or more.');
  if (resolved.windowDays !== null && !whole(resolved.windowDays, resolved.minDays)) {
    throw new RangeError('windowDays must be null or a whole number of days, at least minDays.');
  }
  if (resolved.minHoursPerWeek !== null && !(resolved.minHoursPerWeek >= 0)) {
    throw new RangeError('minHoursPerWeek must be null or a number of hours, 0 or more.');
  }
  return resolved;
}

/** Outcome of the rule for one person: reached, failed, or not known yet at the observation date. */
export type SustainedStatus = 'sustained' | 'not_sustained' | 'pending';

/** The rule applied to one person. */
export interface SustainedOutcome {
  readonly status: SustainedStatus;
  /** Days in work counted in the chain: up to the day the rule was met, else up to the observation date or the window's end. */
  readonly daysInWork: number;
  /** The day the chain reached `minDays`, when it did. */
  readonly reachedOn?: number;
}

/** Status codes of {@link sustainedChain}. */
export const SUSTAINED = 1;
export const NOT_SUSTAINED = 2;
export const PENDING = 3;

/** Contract columns the rule reads (a person's spells are positions `lo`–`hi`, sorted by start). */
export interface ContractColumns {
  readonly start: ArrayLike<number>;
  /** Last day, or `OPEN`. */
  readonly end: ArrayLike<number>;
  readonly type: ArrayLike<number>;
  /** Weekly hours of spell `c`, when known (read only when the rule sets a minimum). */
  readonly hoursAt: (c: number) => number | undefined;
}

/** Details of the last {@link sustainedChain} call (days counted, day reached or −1): no object per person. */
export const chainDetail = { daysInWork: 0, reachedOn: -1 };

/**
 * Applies the rule from the first contract's start day `from` to the spells `lo`–`hi`, with the contracts
 * known up to the day `observedUntil` (a contract still open counts up to that day). Spells that overlap
 * count each day once; a gap is the number of days between the end of one spell and the start of the next
 * with no contract. `mask` says which type codes count ({@link typeMask} of the rule's types). Returns
 * {@link SUSTAINED}, {@link NOT_SUSTAINED} or {@link PENDING}, with the details in {@link chainDetail}.
 */
export function sustainedChain(
  columns: ContractColumns,
  lo: number,
  hi: number,
  from: number,
  observedUntil: number,
  rule: SustainedEmploymentRule,
  mask: Uint8Array,
): number {
  const windowEnd = rule.windowDays === null ? Number.POSITIVE_INFINITY : from + rule.windowDays - 1;
  const limit = Math.min(observedUntil, windowEnd);
  const minHours = rule.minHoursPerWeek;
  const { start: starts, end: ends, type } = columns;
  let lastEnd = from - 1;
  let days = 0;
  let broken = false;
  for (let c = lo; c < hi; c += 1) {
    if (mask[type[c] as number] !== 1) continue;
    if (minHours !== null) {
      // Unknown hours count.
      const hours = columns.hoursAt(c);
      if (hours !== undefined && hours < minHours) continue;
    }
    const end = Math.min(ends[c] as number, limit);
    if (end < from || end <= lastEnd) continue;
    const start = Math.max(starts[c] as number, from);
    if (start > limit) break;
    if (start - lastEnd - 1 > rule.maxGapDays) {
      broken = true;
      break;
    }
    const newFrom = Math.max(start, lastEnd + 1);
    const added = end - newFrom + 1;
    if (days + added >= rule.minDays) {
      chainDetail.daysInWork = rule.minDays;
      chainDetail.reachedOn = newFrom + (rule.minDays - days) - 1;
      return SUSTAINED;
    }
    days += added;
    lastEnd = end;
  }
  chainDetail.daysInWork = days;
  chainDetail.reachedOn = -1;
  // Out of work for longer than the gap allowed by the observation date, or the window is over: failed.
  const isOver = broken || limit - lastEnd > rule.maxGapDays || limit >= windowEnd;
  return isOver ? NOT_SUSTAINED : PENDING;
}

const STATUS_OF: readonly SustainedStatus[] = ['sustained', 'sustained', 'not_sustained', 'pending'];

/**
 * Applies the rule from the first contract's start day `from`, with the contracts known up to the day
 * `observedUntil` (a contract still open counts up to that day). `contracts` are one person's spells sorted by
 * start. Spells that overlap count each day once; a gap is the number of days between the end of one spell
 * and the start of the next with no contract.
 */
export function sustainedOutcome(
  contracts: readonly ContractSpell[],
  from: number,
  observedUntil: number,
  rule: SustainedEmploymentRule,
): SustainedOutcome {
  const columns: ContractColumns = {
    start: contracts.map((spell) => spell.start),
    end: contracts.map((spell) => spell.end ?? OPEN),
    type: contracts.map((spell) => CONTRACT_TYPE_CODE.get(spell.record.type) ?? UNKNOWN_CODE),
    hoursAt: (c) => contracts[c]?.record.hoursPerWeek,
  };
  const code = sustainedChain(
    columns,
    0,
    contracts.length,
    from,
    observedUntil,
    rule,
    typeMask(rule.contractTypes),
  );
  const status = STATUS_OF[code] as SustainedStatus;
  return code === SUSTAINED
    ? { status, daysInWork: chainDetail.daysInWork, reachedOn: chainDetail.reachedOn }
    : { status, daysInWork: chainDetail.daysInWork };
}
