import type { LocalizedText } from '@passerelle/core';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { ageOnDay } from '../breakdowns/dimensions.js';
import { yearsBetweenYmd, ymdOfDay } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { NONE, TRAIT, storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import type { EsfItem } from './esf-participants.js';
import { ESF_DISCLOSURE, esfRows, firstEntry, isInPeriod } from './esf-participants.js';

/** Descriptor of {@link computeEsfOutputs}. */
export const ESF_OUTPUTS: IndicatorDescriptor = {
  id: 'esf_outputs',
  label: { fr: 'FSE+ : indicateurs communs de réalisation', en: 'ESF+ common output indicators' },
  definition: {
    fr: 'Participants dont la première entrée en accompagnement a lieu dans la période (une personne compte une fois, avec sa situation à la première entrée), par genre. Chômage de longue durée : demandeur d’emploi à l’entrée, sans emploi depuis 12 mois ou plus. Le niveau d’études est celui du profil actuel.',
    en: 'Participants whose first entry into accompaniment is in the period (a person counts once, with their situation at the first entry), by gender. Long-term unemployed: unemployed at entry, out of work for 12 months or more. Education is the current profile’s.',
  },
  source: [
    'Regulation (EU) 2021/1057, Annex I, §1.1 and §1.2 (DOMAIN.md §2.1)',
    'ESF participant guidance: one record per participant, characteristics at first entry',
    'Long-term unemployment: ILO/Eurostat, 12 months or more',
  ],
  unit: 'count',
  direction: 'neutral',
  inputs: ['candidates', 'protected_attributes', 'accompaniments'],
};

const UNEMPLOYED = 0; // indexes in LABOUR_STATUSES
const INACTIVE = 1;
const EMPLOYED = 2;
const status = (store: ReportingStore, k: number): number => store.accompaniments.status[k] as number;
const entry = (store: ReportingStore, k: number): number => store.accompaniments.entry[k] as number;
const age = (store: ReportingStore, p: number, k: number): number =>
  ageOnDay(store.birthYmd[p] as number, entry(store, k));
const isced = (store: ReportingStore, p: number): number => store.isced[p] as number;
const has = (store: ReportingStore, p: number, trait: number): boolean =>
  ((store.traits[p] as number) & trait) !== 0;

const ITEMS: readonly EsfItem[] = [
  {
    code: 'EECO01',
    label: { fr: 'nombre total de participants', en: 'total number of participants' },
    test: () => true,
  },
  {
    code: 'EECO02',
    label: { fr: 'chômeurs, y compris de longue durée', en: 'unemployed, including long-term unemployed' },
    test: (store, _p, k) => status(store, k) === UNEMPLOYED,
  },
  {
    code: 'EECO03',
    label: { fr: 'chômeurs de longue durée', en: 'long-term unemployed' },
    test: (store, p, k) => {
      const since = store.unemployedSince[p] as number;
      return (
        status(store, k) === UNEMPLOYED &&
        since !== NONE &&
        yearsBetweenYmd(ymdOfDay(since), ymdOfDay(entry(store, k))) >= 1
      );
    },
  },
  {
    code: 'EECO04',
    label: { fr: 'personnes inactives', en: 'inactive' },
    test: (store, _p, k) => status(store, k) === INACTIVE,
  },
  {
    code: 'EECO05',
    label: { fr: 'personnes en emploi, y compris indépendants', en: 'employed, including self-employed' },
    test: (store, _p, k) => status(store, k) === EMPLOYED,
  },
  {
    code: 'EECO06',
    label: { fr: 'enfants de moins de 18 ans', en: 'children below 18 years of age' },
    test: (store, p, k) => age(store, p, k) >= 0 && age(store, p, k) < 18,
  },
  {
    code: 'EECO07',
    label: { fr: 'jeunes de 18 à 29 ans', en: 'young people between 18 and 29 years of age' },
    test: (store, p, k) => age(store, p, k) >= 18 && age(store, p, k) <= 29,
  },
  {
    code: 'EECO08',
    label: { fr: 'participants de 55 ans et plus', en: 'participants of 55 years of age and above' },
    test: (store, p, k) => age(store, p, k) >= 55,
  },
  {
    code: 'EECO09',
    label: {
      fr: 'secondaire inférieur ou moins (CITE 0-2)',
      en: 'lower secondary education or less (ISCED 0-2)',
    },
    test: (store, p) => isced(store, p) <= 2,
  },
  {
    code: 'EECO10',
    label: {
      fr: 'secondaire supérieur ou post-secondaire (CITE 3-4)',
      en: 'upper secondary or post-secondary (ISCED 3-4)',
    },
    test: (store, p) => isced(store, p) >= 3 && isced(store, p) <= 4,
  },
  {
    code: 'EECO11',
    label: { fr: 'enseignement supérieur (CITE 5-8)', en: 'tertiary education (ISCED 5-8)' },
    test: (store, p) => isced(store, p) >= 5,
  },
  {
    code: 'EECO12',
    label: { fr: 'participants handicapés', en: 'participants with disabilities' },
    test: (store, p) => has(store, p, TRAIT.disability),
  },
  {
    code: 'EECO13',
    label: { fr: 'ressortissants de pays tiers', en: 'third-country nationals' },
    test: (store, p) => has(store, p, TRAIT.thirdCountry),
  },
  {
    code: 'EECO14',
    label: { fr: 'participants d’origine étrangère', en: 'participants with a foreign background' },
    test: (store, p) => has(store, p, TRAIT.foreignBackground),
  },
];

/** The output indicators the records cannot support, each with the reason (README, "ESF+"). */
const NOT_COMPUTED: readonly LocalizedText[] = [
  {
    fr: 'EECO15 (minorités, dont les communautés marginalisées comme les Roms) non calculé : les dossiers ne posent pas cette question.',
    en: 'EECO15 (minorities, including marginalised communities such as Roma) not computed: the records do not ask this question.',
  },
  {
    fr: 'EECO16 (sans-abri ou exclus du logement) non calculé : la situation de logement n’est pas dans les dossiers.',
    en: 'EECO16 (homeless or affected by housing exclusion) not computed: the housing situation is not in the records.',
  },
  {
    fr: 'EECO17 (zones rurales) non calculé : il faudrait le degré d’urbanisation (DEGURBA) de la commune de résidence, absent des données.',
    en: 'EECO17 (rural areas) not computed: it needs the degree of urbanisation (DEGURBA) of the home commune, which the data lack.',
  },
  {
    fr: 'EECO18-19 (administrations et PME soutenues) non calculés : indicateurs d’entités ; l’opération soutient des participants, et un employeur qui embauche n’est pas une entité soutenue.',
    en: 'EECO18-19 (public administrations and SMEs supported) not computed: entity indicators; the operation supports participants, and an employer who hires is not a supported entity.',
  },
];

/** The ESF+ common output indicators of the participants who first entered in the period, by gender. */
export function computeEsfOutputs(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const store = storeOf(data);
  const cohort: number[] = [];
  for (let p = 0; p < store.size; p += 1) {
    const k = firstEntry(store, p);
    if (k >= 0 && isInPeriod(entry(store, k), scope)) cohort.push(p, k);
  }
  const { columns, rows } = esfRows(store, cohort, ITEMS);
  return {
    id: ESF_OUTPUTS.id,
    title: ESF_OUTPUTS.label,
    period,
    columns,
    rows,
    notes: [ESF_OUTPUTS.definition, ...NOT_COMPUTED, excludedNote(data.excluded)],
    excluded: data.excluded,
    disclosure: ESF_DISCLOSURE,
  };
}

/** The ESF+ output indicator. */
export const esfOutputsIndicator: Indicator = { descriptor: ESF_OUTPUTS, compute: computeEsfOutputs };
