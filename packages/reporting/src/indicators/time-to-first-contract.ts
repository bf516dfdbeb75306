import { firstEntryIn } from '../cohorts/activity.js';
import { firstContractOf } from '../cohorts/first-contract.js';
import { kaplanMeier, kaplanMeierMedian } from '../cohorts/kaplan-meier.js';
import type { SurvivalObservation } from '../cohorts/kaplan-meier.js';
import type { IndicatorOptions, ResolvedScope } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeTimeToFirstContract}. */
export const TIME_TO_FIRST_CONTRACT: IndicatorDescriptor = {
  id: 'time_to_first_contract',
  label: { fr: 'Délai jusqu’au premier contrat', en: 'Time to first contract' },
  definition: {
    fr: 'Courbe de Kaplan–Meier des personnes entrées en accompagnement dans la période (première entrée de la période) : part encore sans premier contrat selon les jours écoulés depuis l’entrée. Les personnes toujours accompagnées sans contrat à la date d’observation, ou sorties sans contrat, sont censurées (ni succès ni échec).',
    en: 'Kaplan–Meier curve of the people who entered accompaniment in the period (first entry in the period): share still without a first contract by days since entry. People still accompanied without a contract on the observation date, or who left without one, are censored (neither success nor failure).',
  },
  source: [
    'Kaplan & Meier (1958), product-limit estimator',
    'Issue 5: people still accompanied are censored',
  ],
  unit: 'days',
  direction: 'lower_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

/** Person `p`'s observation for the curve, or `undefined` when they did not enter in the period. */
function timeToFirstContract(
  store: ReportingStore,
  p: number,
  scope: ResolvedScope,
): SurvivalObservation | undefined {
  const k = firstEntryIn(store, p, scope.start, scope.end);
  if (k < 0) return undefined;
  const entry = store.accompaniments.entry[k] as number;
  const first = firstContractOf(store, p, k, scope.firstContractMask);
  const day = first < 0 ? Number.POSITIVE_INFINITY : (store.contracts.start[first] as number);
  if (day <= scope.observedUntil) return { time: day - entry, event: true };
  const lastSeen = Math.min(store.accompaniments.exit[k] as number, scope.observedUntil);
  return { time: lastSeen - entry, event: false };
}

/** The Kaplan–Meier curve of time from entry to first contract, one row per day with an event or a censoring. */
export function computeTimeToFirstContract(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const observations: SurvivalObservation[] = [];
  const store = storeOf(data);
  for (let p = 0; p < store.size; p += 1) {
    const observation = timeToFirstContract(store, p, scope);
    if (observation !== undefined) observations.push(observation);
  }
  const steps = kaplanMeier(observations);
  const medianDays = kaplanMeierMedian(steps);
  const events = observations.filter((o) => o.event).length;
  return {
    id: TIME_TO_FIRST_CONTRACT.id,
    title: TIME_TO_FIRST_CONTRACT.label,
    period,
    columns: [
      { key: 'day', label: { fr: 'Jours depuis l’entrée', en: 'Days since entry' }, unit: 'days' },
      { key: 'atRisk', label: { fr: 'Encore sans contrat', en: 'At risk' }, unit: 'count' },
      { key: 'events', label: { fr: 'Premiers contrats', en: 'First contracts' }, unit: 'count' },
      { key: 'censored', label: { fr: 'Censurées', en: 'Censored' }, unit: 'count' },
      { key: 'survival', label: { fr: 'Part sans contrat', en: 'Share without contract' }, unit: 'rate' },
    ],
    rows: steps.map((step) => ({
      day: step.time,
      atRisk: step.atRisk,
      events: step.events,
      censored: step.censored,
      survival: step.survival,
    })),
    notes: [
      TIME_TO_FIRST_CONTRACT.definition,
      {
        fr: `${observations.length} entrées, ${events} premiers contrats observés ; délai médian (Kaplan–Meier) : ${medianDays === null ? 'non atteint' : `${medianDays} jours`}.`,
        en: `${observations.length} entries, ${events} first contracts observed; median time (Kaplan–Meier): ${medianDays === null ? 'not reached' : `${medianDays} days`}.`,
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
  };
}

/** The time-to-first-contract indicator. */
export const timeToFirstContractIndicator: Indicator = {
  descriptor: TIME_TO_FIRST_CONTRACT,
  compute: computeTimeToFirstContract,
};
