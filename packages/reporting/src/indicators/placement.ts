import { ACTIVITY as BIT, activityFlags, lastEntryBy } from '../cohorts/activity.js';
import { firstContractIn } from '../cohorts/first-contract.js';
import { median } from '../cohorts/kaplan-meier.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computePlacement}. */
export const PLACEMENT: IndicatorDescriptor = {
  id: 'placement',
  label: { fr: 'Mises à l’emploi (premier contrat)', en: 'First contracts (placements)' },
  definition: {
    fr: 'Personnes dont le premier contrat rémunéré (hors stage et immersion) après l’entrée en accompagnement, et au plus tard à la sortie, commence dans la période. Taux : sur les personnes accompagnées dans la période. Délai : jours de l’entrée au premier contrat, médiane parmi ces personnes.',
    en: 'People whose first paid contract (internships and immersion excluded) after entering accompaniment, and no later than the exit, starts in the period. Rate: over the people accompanied in the period. Time: days from entry to the first contract, median among these people.',
  },
  source: [
    'Mire result obligation: at least 50 % of the people accompanied placed in work (Alter Échos 2009, DOMAIN.md §1.1)',
    'Passerelle default for "first contract" (DOMAIN.md, defaults)',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

/** People with a first contract in the period, the rate over people accompanied, and the median time to it. */
export function computePlacement(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  let accompanied = 0;
  const delays: number[] = [];
  const store = storeOf(data);
  for (let p = 0; p < store.size; p += 1) {
    if ((activityFlags(store, p, scope.start, scope.end) & BIT.accompanied) === 0) continue;
    accompanied += 1;
    const first = firstContractIn(store, p, scope.start, scope.end, scope.firstContractMask);
    if (first < 0) continue;
    const day = store.contracts.start[first] as number;
    // The accompaniment the contract belongs to: the last one entered on or before its start.
    delays.push(day - (store.accompaniments.entry[lastEntryBy(store, p, day)] as number));
  }
  return {
    id: PLACEMENT.id,
    title: PLACEMENT.label,
    period,
    columns: [
      { key: 'accompanied', label: { fr: 'Accompagnées', en: 'Accompanied' }, unit: 'count' },
      { key: 'placed', label: { fr: 'Premier contrat', en: 'First contract' }, unit: 'count' },
      {
        key: 'placementRate',
        label: { fr: 'Taux de mise à l’emploi', en: 'Placement rate' },
        unit: 'rate',
        derivedFrom: ['accompanied', 'placed'],
      },
      {
        key: 'medianDaysToFirstContract',
        label: { fr: 'Délai médian (jours)', en: 'Median time (days)' },
        unit: 'days',
        derivedFrom: ['placed'],
      },
    ],
    rows: [
      {
        accompanied,
        placed: delays.length,
        placementRate: rate(delays.length, accompanied),
        medianDaysToFirstContract: median(delays),
      },
    ],
    notes: [PLACEMENT.definition, excludedNote(data.excluded)],
    excluded: data.excluded,
  };
}

/** The placement indicator. */
export const placementIndicator: Indicator = { descriptor: PLACEMENT, compute: computePlacement };
