import type { LocalizedText } from '@passerelle/core';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { evaluatePerson, newOutcome, resolveScope } from '../cohorts/outcomes.js';
import { SUSTAINED } from '../cohorts/sustained.js';
import { ACTIVITY as BIT } from '../cohorts/activity.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Descriptor of {@link computeFunnel}. */
export const FUNNEL: IndicatorDescriptor = {
  id: 'funnel',
  label: { fr: 'Entonnoir de résultats', en: 'Results funnel' },
  definition: {
    fr: 'Personnes accompagnées dans la période → présentées à un employeur dans la période pendant leur accompagnement (une embauche vaut présentation) → dont le premier contrat commence dans la période → dont l’emploi est durable (plus de six mois) à la date d’observation. Chaque étape est comprise dans la précédente.',
    en: 'People accompanied in the period → presented to an employer in the period while accompanied (a hire counts as a presentation) → whose first contract starts in the period → whose employment is sustained (more than six months) on the observation date. Each stage is part of the one before.',
  },
  source: [
    'Mire funnel as reported (MIRELUX 2013: accompanied → first contract → durable, DOMAIN.md §1.4)',
    'Issue 5: accompanied → presented to an employer → hired → still in work after six months',
    'Passerelle default: presentations are an input of their own (the core records hold none); a hire counts as a presentation',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts', 'presentations'],
};

const STAGES: readonly { code: string; label: LocalizedText }[] = [
  { code: 'accompanied', label: { fr: 'Accompagnées', en: 'Accompanied' } },
  { code: 'presented', label: { fr: 'Présentées à un employeur', en: 'Presented to an employer' } },
  { code: 'first_contract', label: { fr: 'Premier contrat', en: 'First contract' } },
  { code: 'sustained', label: { fr: 'En emploi plus de six mois', en: 'In work more than six months' } },
];

/** Whether person `p` was presented to an employer on a day of `[start, end]` while accompanied. */
function wasPresented(store: ReportingStore, p: number, start: number, end: number): boolean {
  const presentations = store.presentations;
  if (presentations === undefined) return false;
  const { entry, exit, offsets: accOffsets } = store.accompaniments;
  for (let i = presentations.offsets[p] as number; i < (presentations.offsets[p + 1] as number); i += 1) {
    const day = presentations.day[i] as number;
    if (day < start) continue;
    if (day > end) return false;
    for (let k = accOffsets[p] as number; k < (accOffsets[p + 1] as number); k += 1) {
      if ((entry[k] as number) <= day && day <= (exit[k] as number)) return true;
    }
  }
  return false;
}

/**
 * The funnel accompanied → presented to an employer → first contract → sustained, with each stage's share of
 * the previous and the first. Without presentation records (`presentations` not given to
 * `prepareReportingData`), the presented stage is not available: its cells are empty and a note says why.
 */
export function computeFunnel(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const store = storeOf(data);
  const hasPresentations = store.presentations !== undefined;
  let accompanied = 0;
  let presentedOnRecord = 0;
  let hiredOnly = 0;
  let hired = 0;
  let sustained = 0;
  const outcome = newOutcome();
  for (let p = 0; p < store.size; p += 1) {
    evaluatePerson(store, p, scope, outcome);
    if ((outcome.activity & BIT.accompanied) === 0) continue;
    accompanied += 1;
    const isHired = outcome.firstContract >= 0;
    if (hasPresentations) {
      if (wasPresented(store, p, scope.start, scope.end)) presentedOnRecord += 1;
      else if (isHired) hiredOnly += 1;
    }
    if (!isHired) continue;
    hired += 1;
    if (outcome.sustained === SUSTAINED) sustained += 1;
  }
  const counts = [accompanied, hasPresentations ? presentedOnRecord + hiredOnly : null, hired, sustained];
  const rows = STAGES.map((stage, index) => {
    const people = counts[index] as number | null;
    // The previous stage with a figure: without presentations, hires are compared with people accompanied.
    const previous = counts.slice(0, index).findLast((count) => count !== null);
    return {
      stage: stage.label,
      stageCode: stage.code,
      people,
      shareOfPrevious: people === null || previous == null ? null : rate(people, previous),
      shareOfFirst: people === null ? null : rate(people, accompanied),
    };
  });
  const presentedNote: LocalizedText = hasPresentations
    ? {
        fr: `Présentées : ${presentedOnRecord} avec une présentation enregistrée, ${hiredOnly} embauchées sans présentation enregistrée (l’embauche vaut présentation).`,
        en: `Presented: ${presentedOnRecord} with a recorded presentation, ${hiredOnly} hired with no recorded presentation (a hire counts as one).`,
      }
    : {
        fr: 'Étape « présentée à un employeur » non disponible : aucune donnée de présentation n’a été fournie (les données de base ne la consignent pas). La part de l’étape « premier contrat » est calculée sur les personnes accompagnées.',
        en: 'Stage "presented to an employer" not available: no presentation records were given (the core records do not hold them). The "first contract" share is taken over the people accompanied.',
      };
  return {
    id: FUNNEL.id,
    title: FUNNEL.label,
    period,
    columns: [
      { key: 'stage', label: { fr: 'Étape', en: 'Stage' }, unit: 'text' },
      { key: 'stageCode', label: { fr: 'Code étape', en: 'Stage code' }, unit: 'text' },
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
    rows,
    notes: [
      FUNNEL.definition,
      presentedNote,
      sustainedRuleNote(scope.sustained),
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
  };
}

/** The funnel indicator. */
export const funnelIndicator: Indicator = { descriptor: FUNNEL, compute: computeFunnel };
