import type { IsoDate } from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import type { PersonRecords } from '../validate/reporting-data.js';
import { personActivity } from './activity.js';
import type { PersonActivity } from './activity.js';
import { firstContractIn } from './first-contract.js';
import type { FirstContractRule } from './first-contract.js';
import { resolveSustainedRule, sustainedOutcome } from './sustained.js';
import type { SustainedEmploymentRule, SustainedOutcome } from './sustained.js';

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
  return {
    start,
    end,
    observedUntil,
    firstContract: options.firstContract ?? {},
    sustained: resolveSustainedRule(options.sustained),
  };
}

/** What the indicators need to know about one person in one period. */
export interface PersonOutcome {
  readonly activity: PersonActivity;
  /** Start day of the person's first contract in the period, if any. */
  readonly firstContractDay?: number;
  /** The sustained-employment rule applied from that first contract. */
  readonly sustained?: SustainedOutcome;
}

/** Activity, first contract and sustained employment of one person in the scope. */
export function personOutcome(person: PersonRecords, scope: ResolvedScope): PersonOutcome {
  const activity = personActivity(person, scope.start, scope.end);
  if (!activity.accompanied) return { activity };
  const first = firstContractIn(person, scope.start, scope.end, scope.firstContract);
  if (first === undefined) return { activity };
  return {
    activity,
    firstContractDay: first.start,
    sustained: sustainedOutcome(person.contracts, first.start, scope.observedUntil, scope.sustained),
  };
}
