import type { IsoDate } from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import type { ReportingStore } from '../validate/store.js';
import { ACTIVITY, activityFlags } from './activity.js';
import { firstContractIn, typeMask } from './first-contract.js';
import type { FirstContractRule } from './first-contract.js';
import { resolveSustainedRule, sustainedChain } from './sustained.js';
import type { SustainedEmploymentRule } from './sustained.js';

/** Options shared by the indicators. */
export interface IndicatorOptions {
  /**
   * The day the records are seen from, on or after the period's end (default: the period's end). Sustained
   * employment is judged with the contracts known up to that day.
   */
  readonly observedUntil?: IsoDate;
  /** Which contracts count as a first contract (default: every paid type). */
  readonly firstContract?: FirstContractRule;
  /** The sustained-employment rule; unset parts keep {@link DEFAULT_SUSTAINED_RULE}'s values. */
  readonly sustained?: Partial<SustainedEmploymentRule>;
}

/** The resolved options and the period as day numbers. */
export interface ResolvedScope {
  readonly start: number;
  readonly end: number;
  readonly observedUntil: number;
  readonly firstContract: FirstContractRule;
  readonly sustained: SustainedEmploymentRule;
  /** Type codes that count as a first contract (see `typeMask`). */
  readonly firstContractMask: Uint8Array;
  /** Type codes that count for sustained employment. */
  readonly sustainedMask: Uint8Array;
}

/** Checks the options against the period; throws a RangeError naming the remedy. */
export function resolveScope(period: Period, options: IndicatorOptions = {}): ResolvedScope {
  const start = dayOf(period.start);
  const end = dayOf(period.end);
  if (start === undefined || end === undefined || end < start) {
    throw new RangeError('The period is not valid: build it with calendarYear, quarter, month or dateRange.');
  }
  const observedUntil = options.observedUntil === undefined ? end : dayOf(options.observedUntil);
  if (observedUntil === undefined || observedUntil < end) {
    throw new RangeError(
      `observedUntil "${options.observedUntil}" must be a YYYY-MM-DD date on or after the period's end ${period.end}.`,
    );
  }
  const firstContract = options.firstContract ?? {};
  const sustained = resolveSustainedRule(options.sustained);
  return {
    start,
    end,
    observedUntil,
    firstContract,
    sustained,
    firstContractMask: typeMask(firstContract.contractTypes),
    sustainedMask: typeMask(sustained.contractTypes),
  };
}

/** What the indicators need to know about one person in one period; one object reused for every person. */
export interface PersonOutcome {
  /** `ACTIVITY` bits. */
  activity: number;
  /** Position of the person's first contract in the period, or −1. */
  firstContract: number;
  /** Its start day (meaningful when `firstContract` ≥ 0). */
  firstContractDay: number;
  /** The sustained-employment status code from that contract (`SUSTAINED`…), or 0 without one. */
  sustained: number;
}

/** A blank outcome to pass to {@link evaluatePerson}. */
export const newOutcome = (): PersonOutcome => ({
  activity: 0,
  firstContract: -1,
  firstContractDay: 0,
  sustained: 0,
});

/** Activity, first contract and sustained employment of person `p` in the scope, written to `out`. */
export function evaluatePerson(
  store: ReportingStore,
  p: number,
  scope: ResolvedScope,
  out: PersonOutcome,
): PersonOutcome {
  out.activity = activityFlags(store, p, scope.start, scope.end);
  out.firstContract = -1;
  out.sustained = 0;
  if ((out.activity & ACTIVITY.accompanied) === 0) return out;
  const first = firstContractIn(store, p, scope.start, scope.end, scope.firstContractMask);
  if (first < 0) return out;
  const contracts = store.contracts;
  out.firstContract = first;
  out.firstContractDay = contracts.start[first] as number;
  out.sustained = sustainedChain(
    contracts,
    contracts.offsets[p] as number,
    contracts.offsets[p + 1] as number,
    out.firstContractDay,
    scope.observedUntil,
    scope.sustained,
    scope.sustainedMask,
  );
  return out;
}
