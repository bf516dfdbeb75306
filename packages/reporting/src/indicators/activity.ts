import { ACTIVITY as BIT, activityFlags } from '../cohorts/activity.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeActivity}. */
export const ACTIVITY: IndicatorDescriptor = {
  id: 'activity',
  label: { fr: 'Personnes accompagnées', en: 'People accompanied' },
  definition: {
    fr: 'Personnes distinctes accompagnées au moins un jour de la période ; parmi elles, celles déjà accompagnées la veille, celles entrées, sorties, et toujours accompagnées le dernier jour. Une personne sortie puis revenue compte une fois par colonne.',
    en: 'Distinct people accompanied on at least one day of the period; of them, those already accompanied the day before, those who entered, exited, and those still accompanied on the last day. A person who exits and re-enters counts once per column.',
  },
  source: [
    'Mire activity volume (AGW 2024, variable part of the subsidy: DOMAIN.md §1.5)',
    'Passerelle default: a person counts once per period',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments'],
};

/** People accompanied in the period: total, carried over, entries, exits, still accompanied at the end. */
export function computeActivity(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  let accompanied = 0;
  let carriedIn = 0;
  let entries = 0;
  let exits = 0;
  let ongoing = 0;
  const store = storeOf(data);
  for (let p = 0; p < store.size; p += 1) {
    const flags = activityFlags(store, p, scope.start, scope.end);
    if ((flags & BIT.accompanied) === 0) continue;
    accompanied += 1;
    if ((flags & BIT.carriedIn) !== 0) carriedIn += 1;
    if ((flags & BIT.entered) !== 0) entries += 1;
    if ((flags & BIT.exited) !== 0) exits += 1;
    if ((flags & BIT.ongoingAtEnd) !== 0) ongoing += 1;
  }
  return {
    id: ACTIVITY.id,
    title: ACTIVITY.label,
    period,
    columns: [
      { key: 'accompanied', label: { fr: 'Accompagnées', en: 'Accompanied' }, unit: 'count' },
      { key: 'carriedIn', label: { fr: 'Déjà en cours', en: 'Carried over' }, unit: 'count' },
      { key: 'entries', label: { fr: 'Entrées', en: 'Entries' }, unit: 'count' },
      { key: 'exits', label: { fr: 'Sorties', en: 'Exits' }, unit: 'count' },
      {
        key: 'ongoingAtEnd',
        label: { fr: 'En cours en fin de période', en: 'Ongoing at end' },
        unit: 'count',
      },
    ],
    rows: [{ accompanied, carriedIn, entries, exits, ongoingAtEnd: ongoing }],
    notes: [ACTIVITY.definition, excludedNote(data.excluded)],
    excluded: data.excluded,
  };
}

/** The activity indicator. */
export const activityIndicator: Indicator = { descriptor: ACTIVITY, compute: computeActivity };
