import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { ageOn } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable } from '../tables/table.js';
import type { AccompanimentSpell, PersonRecords, ReportingData } from '../validate/reporting-data.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import type { EsfItem } from './esf-participants.js';
import {
  ESF_DISCLOSURE,
  EU_MEMBER_STATES,
  ageAtFirstEntry,
  esfRows,
  firstEntry,
  isInPeriod,
} from './esf-participants.js';

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

const age = (person: PersonRecords, spell: AccompanimentSpell): number =>
  ageAtFirstEntry(person, spell) ?? -1;
const status = (spell: AccompanimentSpell) => spell.record.statusAtEntry;
const isced = (person: PersonRecords): number => person.candidate.education.isced;

const ITEMS: readonly EsfItem<AccompanimentSpell>[] = [
  {
    code: 'EECO01',
    label: { fr: 'nombre total de participants', en: 'total number of participants' },
    test: () => true,
  },
  {
    code: 'EECO02',
    label: { fr: 'chômeurs, y compris de longue durée', en: 'unemployed, including long-term unemployed' },
    test: (_p, s) => status(s) === 'unemployed',
  },
  {
    code: 'EECO03',
    label: { fr: 'chômeurs de longue durée', en: 'long-term unemployed' },
    test: (p, s) =>
      status(s) === 'unemployed' &&
      p.candidate.unemployedSince !== undefined &&
      (ageOn(p.candidate.unemployedSince, s.record.entryDate) ?? 0) >= 1,
  },
  {
    code: 'EECO04',
    label: { fr: 'personnes inactives', en: 'inactive' },
    test: (_p, s) => status(s) === 'inactive',
  },
  {
    code: 'EECO05',
    label: { fr: 'personnes en emploi, y compris indépendants', en: 'employed, including self-employed' },
    test: (_p, s) => status(s) === 'employed',
  },
  {
    code: 'EECO06',
    label: { fr: 'enfants de moins de 18 ans', en: 'children below 18 years of age' },
    test: (p, s) => age(p, s) >= 0 && age(p, s) < 18,
  },
  {
    code: 'EECO07',
    label: { fr: 'jeunes de 18 à 29 ans', en: 'young people between 18 and 29 years of age' },
    test: (p, s) => age(p, s) >= 18 && age(p, s) <= 29,
  },
  {
    code: 'EECO08',
    label: { fr: 'participants de 55 ans et plus', en: 'participants of 55 years of age and above' },
    test: (p, s) => age(p, s) >= 55,
  },
  {
    code: 'EECO09',
    label: {
      fr: 'secondaire inférieur ou moins (CITE 0-2)',
      en: 'lower secondary education or less (ISCED 0-2)',
    },
    test: (p) => isced(p) <= 2,
  },
  {
    code: 'EECO10',
    label: {
      fr: 'secondaire supérieur ou post-secondaire (CITE 3-4)',
      en: 'upper secondary or post-secondary (ISCED 3-4)',
    },
    test: (p) => isced(p) >= 3 && isced(p) <= 4,
  },
  {
    code: 'EECO11',
    label: { fr: 'enseignement supérieur (CITE 5-8)', en: 'tertiary education (ISCED 5-8)' },
    test: (p) => isced(p) >= 5,
  },
  {
    code: 'EECO12',
    label: { fr: 'participants handicapés', en: 'participants with disabilities' },
    test: (p) => p.attributes?.disability === 'yes',
  },
  {
    code: 'EECO13',
    label: { fr: 'ressortissants de pays tiers', en: 'third-country nationals' },
    test: (p) => p.attributes?.nationality !== undefined && !EU_MEMBER_STATES.has(p.attributes.nationality),
  },
  {
    code: 'EECO14',
    label: { fr: 'participants d’origine étrangère', en: 'participants with a foreign background' },
    test: (p) => p.attributes?.foreignBackground === 'yes',
  },
];

/** The ESF+ common output indicators of the participants who first entered in the period, by gender. */
export function computeEsfOutputs(
  data: ReportingData,
  period: Period,
  options: IndicatorOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const cohort: { person: PersonRecords; context: AccompanimentSpell }[] = [];
  for (const person of data.people) {
    const first = firstEntry(person);
    if (first !== undefined && isInPeriod(first.entry, scope)) cohort.push({ person, context: first });
  }
  const { columns, rows } = esfRows(cohort, ITEMS);
  return {
    id: ESF_OUTPUTS.id,
    title: ESF_OUTPUTS.label,
    period,
    columns,
    rows,
    notes: [
      ESF_OUTPUTS.definition,
      {
        fr: 'Non calculés faute de données : EECO15 (minorités), EECO16 (sans-abri), EECO17 (zones rurales), EECO18-19 (entités).',
        en: 'Not computed for lack of data: EECO15 (minorities), EECO16 (homeless), EECO17 (rural areas), EECO18-19 (entities).',
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: ESF_DISCLOSURE,
  };
}

/** The ESF+ output indicator. */
export const esfOutputsIndicator: Indicator = { descriptor: ESF_OUTPUTS, compute: computeEsfOutputs };
