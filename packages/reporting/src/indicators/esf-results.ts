import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { addMonths, isoOfDay } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import { typeMask } from '../cohorts/first-contract.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import type { EsfItem } from './esf-participants.js';
import { ESF_DISCLOSURE, esfRows, finalExit, isEmployedBetween, isInPeriod } from './esf-participants.js';

const PAID = typeMask(null);

/** Days after the exit within which an immediate result counts (four weeks). */
const IMMEDIATE_DAYS = 28;

/** Descriptor of {@link computeEsfResults}. */
export const ESF_RESULTS: IndicatorDescriptor = {
  id: 'esf_results',
  label: { fr: 'FSE+ : indicateurs communs de résultat', en: 'ESF+ common result indicators' },
  definition: {
    fr: 'Participants dont la sortie finale a lieu dans la période, par genre. Résultats immédiats : dans les quatre semaines suivant la sortie (en emploi : un contrat rémunéré couvre au moins un jour de ces quatre semaines ; en formation : motif de sortie « formation »). Résultat à plus long terme : en emploi (un contrat rémunéré couvre le jour) six mois après la sortie, compté seulement quand ce jour est atteint à la date d’observation.',
    en: 'Participants whose final exit is in the period, by gender. Immediate results: within the four weeks after exit (in employment: a paid contract covers at least one day of those four weeks; in training: exit reason "training"). Longer-term result: in employment (a paid contract covers the day) six months after exit, counted only once that day is reached by the observation date.',
  },
  source: [
    'Regulation (EU) 2021/1057, Annex I, §3 and §4 (DOMAIN.md §2.1; EECR02 and EECR05 codes unverified)',
    'ESF participant guidance: results within 4 weeks of exit, longer-term results 6 months after exit',
    'Passerelle default: employed six months after exit = any spell covering the date (DOMAIN.md, defaults)',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'protected_attributes', 'accompaniments', 'contracts'],
};

/** The result items, for an observation date: each test reads person `p` and the day of their final exit. */
const itemsFor = (observedUntil: number): readonly EsfItem[] => [
  { code: 'leavers', label: { fr: 'participants sortis', en: 'participants who left' }, test: () => true },
  {
    code: 'EECR02',
    label: { fr: 'en formation à la sortie', en: 'in education or training upon leaving' },
    test: (store, p) => {
      const acc = store.accompaniments;
      const last = (acc.offsets[p + 1] as number) - 1;
      return (acc.records[acc.source[last] as number] as { exitReason?: string }).exitReason === 'training';
    },
  },
  {
    code: 'EECR04',
    label: {
      fr: 'en emploi, y compris indépendant, à la sortie',
      en: 'in employment, including self-employment, upon leaving',
    },
    test: (store, p, exit) =>
      isEmployedBetween(store, p, exit, Math.min(exit + IMMEDIATE_DAYS, observedUntil), PAID),
  },
  {
    code: 'observable_6m',
    label: { fr: 'six mois après la sortie atteints', en: 'six months after leaving reached' },
    test: (_store, _p, exit) => addMonths(exit, 6) <= observedUntil,
  },
  {
    code: 'EECR05',
    label: { fr: 'en emploi six mois après la sortie', en: 'in employment six months after leaving' },
    test: (store, p, exit) => {
      const day = addMonths(exit, 6);
      return day <= observedUntil && isEmployedBetween(store, p, day, day, PAID);
    },
  },
];

/** The ESF+ common result indicators of the participants whose final exit is in the period, by gender. */
export function computeEsfResults(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const store = storeOf(data);
  const cohort: number[] = [];
  for (let p = 0; p < store.size; p += 1) {
    const last = finalExit(store, p);
    if (last < 0) continue;
    const exit = store.accompaniments.exit[last] as number;
    if (isInPeriod(exit, scope)) cohort.push(p, exit);
  }
  const { columns, rows } = esfRows(store, cohort, itemsFor(scope.observedUntil));
  return {
    id: ESF_RESULTS.id,
    title: ESF_RESULTS.label,
    period,
    columns,
    rows,
    notes: [
      ESF_RESULTS.definition,
      {
        fr: `Observé jusqu’au ${isoOfDay(scope.observedUntil)}.`,
        en: `Observed until ${isoOfDay(scope.observedUntil)}.`,
      },
      {
        fr: 'EECR01 (en recherche d’emploi à la sortie) non calculé : la situation à la sortie n’est pas enregistrée (aucun motif de sortie ne dit « recherche d’emploi »). EECR03 (qualification obtenue) non calculé : aucun titre ni certificat obtenu n’est dans les dossiers. EECR06 (situation améliorée six mois après) non calculé : il faut comparer l’emploi à l’entrée et six mois après (stabilité, temps de travail, niveau de compétence, promotion) ; les dossiers n’ont ni niveau de compétence du poste ni promotion, et une définition partielle n’est pas publiée.',
        en: 'EECR01 (job searching upon leaving) not computed: the situation at exit is not recorded (no exit reason says "job searching"). EECR03 (qualification gained) not computed: no diploma or certificate gained is in the records. EECR06 (improved situation six months after) not computed: it compares the job at entry and six months after (stability, working time, skill level, promotion); the records hold neither the job’s skill level nor promotions, and a partial definition is not published.',
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: ESF_DISCLOSURE,
  };
}

/** The ESF+ result indicator. */
export const esfResultsIndicator: Indicator = { descriptor: ESF_RESULTS, compute: computeEsfResults };
