import type { LocalizedText } from '@passerelle/core';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { personOutcome, resolveScope } from '../cohorts/outcomes.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeFunnel}. */
export const FUNNEL: IndicatorDescriptor = {
  id: 'funnel',
  label: { fr: 'Entonnoir de résultats', en: 'Results funnel' },
  definition: {
    fr: 'Personnes accompagnées dans la période → dont le premier contrat commence dans la période → dont l’emploi est durable (plus de six mois) à la date d’observation. Chaque étape est comprise dans la précédente.',
    en: 'People accompanied in the period → whose first contract starts in the period → whose employment is sustained (more than six months) on the observation date. Each stage is part of the one before.',
  },
  source: ['Mire funnel as reported (MIRELUX 2013: accompanied → first contract → durable, DOMAIN.md §1.4)'],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

const STAGES: readonly { code: string; label: LocalizedText }[] = [
  { code: 'accompanied', label: { fr: 'Accompagnées', en: 'Accompanied' } },
  { code: 'first_contract', label: { fr: 'Premier contrat', en: 'First contract' } },
  { code: 'sustained', label: { fr: 'En emploi plus de six mois', en: 'In work more than six months' } },
];

/** The funnel accompanied → first contract → sustained, with each stage's share of the previous and the first. */
export function computeFunnel(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const counts = [0, 0, 0];
  for (const person of data.people) {
    const outcome = personOutcome(person, scope);
    if (!outcome.activity.accompanied) continue;
    counts[0] = (counts[0] as number) + 1;
    if (outcome.sustained === undefined) continue;
    counts[1] = (counts[1] as number) + 1;
    if (outcome.sustained.status === 'sustained') counts[2] = (counts[2] as number) + 1;
  }
  const first = counts[0] as number;
  return {
    id: FUNNEL.id,
    title: FUNNEL.label,
    period,
    columns: [
      { key: 'stage', label: { fr: 'Étape', en: 'Stage' }, unit: 'text' },
      { key: 'people', label: { fr: 'Personnes', en: 'People' }, unit: 'count' },
      {
        key: 'shareOfPrevious',
        label: { fr: 'Part de l’étape précédente', en: 'Share of previous' },
        unit: 'rate',
      },
      {
        key: 'shareOfFirst',
        label: { fr: 'Part des accompagnées', en: 'Share of accompanied' },
        unit: 'rate',
      },
    ],
    rows: STAGES.map((stage, index) => {
      const people = counts[index] as number;
      return {
        stage: stage.label,
        people,
        shareOfPrevious: index === 0 ? null : rate(people, counts[index - 1] as number),
        shareOfFirst: rate(people, first),
      };
    }),
    notes: [
      FUNNEL.definition,
      {
        fr: 'L’étape « présentée à un employeur » n’est pas calculée : les données de base ne la consignent pas.',
        en: 'The stage "presented to an employer" is not computed: the core records do not hold it.',
      },
      sustainedRuleNote(scope.sustained),
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
  };
}

/** The funnel indicator. */
export const funnelIndicator: Indicator = { descriptor: FUNNEL, compute: computeFunnel };
