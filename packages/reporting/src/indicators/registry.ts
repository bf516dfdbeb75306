import { activityIndicator } from './activity.js';
import { breakdownsIndicator } from './breakdowns.js';
import { eligibilityIndicator } from './eligibility.js';
import { esfOutputsIndicator } from './esf-outputs.js';
import { esfResultsIndicator } from './esf-results.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import { funnelIndicator } from './funnel.js';
import { placementIndicator } from './placement.js';
import { sustainedEmploymentIndicator } from './sustained-employment.js';
import { timeToFirstContractIndicator } from './time-to-first-contract.js';
import { youthGuaranteeIndicator } from './youth-guarantee.js';

/** Every indicator by id, so that a report definition can name them. */
export const INDICATORS = Object.freeze({
  activity: activityIndicator as Indicator,
  placement: placementIndicator,
  time_to_first_contract: timeToFirstContractIndicator,
  sustained_employment: sustainedEmploymentIndicator,
  funnel: funnelIndicator,
  breakdowns: breakdownsIndicator as Indicator,
  esf_outputs: esfOutputsIndicator,
  esf_results: esfResultsIndicator,
  eligibility: eligibilityIndicator as Indicator,
  youth_guarantee: youthGuaranteeIndicator as Indicator,
});

/** An indicator id. */
export type IndicatorId = keyof typeof INDICATORS;

/** The indicator of an id; throws a RangeError listing the known ids for an unknown one. */
export function getIndicator(id: string): Indicator {
  const indicator = (INDICATORS as Readonly<Record<string, Indicator>>)[id];
  if (indicator === undefined) {
    throw new RangeError(`Unknown indicator "${id}": use one of ${Object.keys(INDICATORS).join(', ')}.`);
  }
  return indicator;
}

/** The descriptors of every indicator, in registry order. */
export function listIndicators(): IndicatorDescriptor[] {
  return Object.values(INDICATORS).map((indicator) => indicator.descriptor);
}
