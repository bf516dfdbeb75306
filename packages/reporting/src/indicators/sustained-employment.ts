import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { evaluatePerson, newOutcome, resolveScope } from '../cohorts/outcomes.js';
import { PENDING, SUSTAINED } from '../cohorts/sustained.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeSustainedEmployment}. */
export const SUSTAINED_EMPLOYMENT: IndicatorDescriptor = {
  id: 'sustained_employment',
  label: { fr: 'En emploi depuis plus de six mois', en: 'In work for more than six months' },
  definition: {
    fr: 'Parmi les personnes dont le premier contrat commence dans la période : celles dont les contrats, à partir de ce premier contrat, s’enchaînent sans interruption trop longue et couvrent la durée minimale, avec les contrats connus à la date d’observation. « En attente » : encore en emploi ou dans une interruption permise, sans avoir atteint la durée. Taux : sur toutes les personnes avec un premier contrat.',
    en: 'Among the people whose first contract starts in the period: those whose contracts, from that first contract on, chain without a gap too long and cover the minimum duration, with the contracts known on the observation date. "Pending": still in work or in an allowed gap, without having reached the duration. Rate: over all the people with a first contract.',
  },
  source: [
    'Mire reporting of durable employment (MIRELUX 2013, MIRESEM 2018: DOMAIN.md §1.4); exact threshold unpublished',
    'Passerelle default rule: 183 days, gaps of 31 days at most (DOMAIN.md, defaults)',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

/** People with a first contract in the period and how many of them were in work for more than six months. */
export function computeSustainedEmployment(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  let placed = 0;
  let sustained = 0;
  let notSustained = 0;
  let pending = 0;
  const store = storeOf(data);
  const outcome = newOutcome();
  for (let p = 0; p < store.size; p += 1) {
    evaluatePerson(store, p, scope, outcome);
    if (outcome.firstContract < 0) continue;
    placed += 1;
    if (outcome.sustained === SUSTAINED) sustained += 1;
    else if (outcome.sustained === PENDING) pending += 1;
    else notSustained += 1;
  }
  return {
    id: SUSTAINED_EMPLOYMENT.id,
    title: SUSTAINED_EMPLOYMENT.label,
    period,
    columns: [
      { key: 'placed', label: { fr: 'Premier contrat', en: 'First contract' }, unit: 'count' },
      { key: 'sustained', label: { fr: 'En emploi durable', en: 'Sustained' }, unit: 'count' },
      { key: 'notSustained', label: { fr: 'Non durable', en: 'Not sustained' }, unit: 'count' },
      { key: 'pending', label: { fr: 'En attente', en: 'Pending' }, unit: 'count' },
      {
        key: 'sustainedRate',
        label: { fr: 'Taux d’emploi durable', en: 'Sustained rate' },
        unit: 'rate',
        derivedFrom: ['placed', 'sustained'],
      },
    ],
    rows: [{ placed, sustained, notSustained, pending, sustainedRate: rate(sustained, placed) }],
    notes: [SUSTAINED_EMPLOYMENT.definition, sustainedRuleNote(scope.sustained), excludedNote(data.excluded)],
    excluded: data.excluded,
  };
}

/** The sustained-employment indicator. */
export const sustainedEmploymentIndicator: Indicator = {
  descriptor: SUSTAINED_EMPLOYMENT,
  compute: computeSustainedEmployment,
};
