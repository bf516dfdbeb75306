import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { addMonths, isoOfDay } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { PersonRecords, ReportingData } from '../validate/reporting-data.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import type { EsfItem } from './esf-participants.js';
import { ESF_DISCLOSURE, esfRows, finalExit, isEmployedBetween, isInPeriod } from './esf-participants.js';

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

interface ExitContext {
  readonly exit: number;
  readonly observedUntil: number;
}

const sixMonthsAfter = (context: ExitContext): number => addMonths(context.exit, 6);

const ITEMS: readonly EsfItem<ExitContext>[] = [
  { code: 'leavers', label: { fr: 'participants sortis', en: 'participants who left' }, test: () => true },
  {
    code: 'EECR02',
    label: { fr: 'en formation à la sortie', en: 'in education or training upon leaving' },
    test: (p) => p.accompaniments.at(-1)?.record.exitReason === 'training',
  },
  {
    code: 'EECR04',
    label: {
      fr: 'en emploi, y compris indépendant, à la sortie',
      en: 'in employment, including self-employment, upon leaving',
    },
    test: (p, c) => isEmployedBetween(p, c.exit, Math.min(c.exit + IMMEDIATE_DAYS, c.observedUntil)),
  },
  {
    code: 'observable_6m',
    label: { fr: 'six mois après la sortie atteints', en: 'six months after leaving reached' },
    test: (_p, c) => sixMonthsAfter(c) <= c.observedUntil,
  },
  {
    code: 'EECR05',
    label: { fr: 'en emploi six mois après la sortie', en: 'in employment six months after leaving' },
    test: (p, c) =>
      sixMonthsAfter(c) <= c.observedUntil && isEmployedBetween(p, sixMonthsAfter(c), sixMonthsAfter(c)),
  },
];

/** The ESF+ common result indicators of the participants whose final exit is in the period, by gender. */
export function computeEsfResults(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const cohort: { person: PersonRecords; context: ExitContext }[] = [];
  for (const person of data.people) {
    const last = finalExit(person);
    if (last?.exit == null || !isInPeriod(last.exit, scope)) continue;
    cohort.push({ person, context: { exit: last.exit, observedUntil: scope.observedUntil } });
  }
  const { columns, rows } = esfRows(cohort, ITEMS);
  return {
    id: ESF_RESULTS.id,
    title: ESF_RESULTS.label,
    period,
    columns,
    rows,
    notes: [
      ESF_RESULTS.definition,
      {
        fr: `Observé jusqu’au ${isoOfDay(scope.observedUntil)}. Non calculés faute de données : EECR01 (en recherche d’emploi), EECR03 (qualification obtenue), EECR06 (situation améliorée).`,
        en: `Observed until ${isoOfDay(scope.observedUntil)}. Not computed for lack of data: EECR01 (job searching), EECR03 (qualification gained), EECR06 (improved situation).`,
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: ESF_DISCLOSURE,
  };
}

/** The ESF+ result indicator. */
export const esfResultsIndicator: Indicator = { descriptor: ESF_RESULTS, compute: computeEsfResults };
