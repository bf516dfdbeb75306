import type { LocalizedText } from '@passerelle/core';
import { GENDERS, PROGRAMMES, PROGRAMME_LABELS } from '@passerelle/core';
import { dayOf, yearsBetweenYmd, ymdOfDay, lastDayOfYmd } from '../internal/days.js';
import type { AccompanimentSpell, PersonRecords } from '../validate/reporting-data.js';
import { NONE, UNKNOWN_CODE, nisNumber, programmeCode, statusCode, writePerson } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import { TARGET_GROUP_CODES, targetGroupsFromRecords } from './target-groups.js';

/** A group of a breakdown: a stable code and its label. */
export interface BreakdownGroup {
  readonly code: string;
  readonly label: LocalizedText;
}

/** The breakdowns available. */
export const BREAKDOWN_DIMENSIONS = [
  'mire',
  'programme',
  'territory',
  'target_group',
  'gender',
  'age_band',
  'education',
] as const;
/** A breakdown dimension id. */
export type BreakdownDimensionId = (typeof BREAKDOWN_DIMENSIONS)[number];

/** How a dimension sorts people into groups. */
export interface BreakdownDimension {
  readonly id: BreakdownDimensionId;
  readonly label: LocalizedText;
  /** Whether every person is in exactly one group (then the groups add up to the total). */
  readonly isPartition: boolean;
  /** Every group in display order (Mire and territory: none, the groups come from the data). */
  readonly groups: readonly BreakdownGroup[];
  /**
   * The person's groups, as of the accompaniment that counts in the period (its entry date for ages). The
   * target groups here are those read from the records; territories are arrondissements of residence.
   */
  readonly groupsOf: (person: PersonRecords, spell: AccompanimentSpell) => readonly BreakdownGroup[];
}

const group = (code: string, fr: string, en: string): BreakdownGroup => ({ code, label: { fr, en } });

const GENDER_GROUPS = [
  group('woman', 'Femmes', 'Women'),
  group('man', 'Hommes', 'Men'),
  group('non_binary', 'Personnes non binaires', 'Non-binary persons'),
  group('refused', 'Refus de répondre', 'Refused to answer'),
  group('unknown', 'Inconnu', 'Unknown'),
];
// GENDER_GROUPS follows the order of GENDERS, then "unknown".
const genderIndex = (code: number): number => (code === UNKNOWN_CODE ? GENDERS.length : code);

const AGE_GROUPS = [
  group('under_18', 'Moins de 18 ans', 'Under 18'),
  group('18_24', '18 à 24 ans', '18 to 24'),
  group('25_29', '25 à 29 ans', '25 to 29'),
  group('30_44', '30 à 44 ans', '30 to 44'),
  group('45_54', '45 à 54 ans', '45 to 54'),
  group('55_plus', '55 ans et plus', '55 and over'),
  group('unknown', 'Âge inconnu', 'Age unknown'),
];

/** Index in the age groups of an age (−1: unknown). */
function ageIndex(age: number): number {
  if (age < 0) return 6;
  return age < 18 ? 0 : age < 25 ? 1 : age < 30 ? 2 : age < 45 ? 3 : age < 55 ? 4 : 5;
}

const EDUCATION_GROUPS = [
  group('isced_0_2', 'Sans CESS (CITE 0–2)', 'Lower secondary or less (ISCED 0–2)'),
  group('isced_3_4', 'CESS ou post-secondaire (CITE 3–4)', 'Upper or post-secondary (ISCED 3–4)'),
  group('isced_5_8', 'Supérieur (CITE 5–8)', 'Tertiary (ISCED 5–8)'),
];
const educationIndex = (isced: number): number => (isced <= 2 ? 0 : isced <= 4 ? 1 : 2);

const TARGET_GROUP_LABELS: Readonly<Record<(typeof TARGET_GROUP_CODES)[number], [string, string]>> = {
  low_qualified: ['Infra-qualifiés (sans CESS)', 'Low-qualified (no CESS)'],
  long_term_unemployed: [
    'Chômage de longue durée (12 mois et plus)',
    'Long-term unemployed (12 months or more)',
  ],
  neet: ['NEET (15 à 29 ans, sans emploi)', 'NEET (15 to 29, not employed)'],
  newcomer: ['Primo-arrivants (réfugiés compris)', 'Newcomers (refugees included)'],
};
/** The target groups, then "none" (index 4). */
export const TARGET_GROUPS: readonly BreakdownGroup[] = [
  ...TARGET_GROUP_CODES.map((code) => group(code, ...TARGET_GROUP_LABELS[code])),
  group('none', 'Aucun de ces publics', 'None of these groups'),
];

/** Target groups when they come from the eligibility criteria met at entry. */
export const TARGET_GROUPS_FROM_CRITERIA: readonly BreakdownGroup[] = [
  group('low_qualified', 'Infra-qualifiés (critère « sans CESS »)', 'Low-qualified (criterion "no CESS")'),
  group(
    'long_term_unemployed',
    'Chômage de longue durée (critères 24 mois sur 36, 36 mois sans emploi)',
    'Long-term unemployed (criteria 24 of 36 months, 36 months without work)',
  ),
  group(
    'neet',
    'Jeunes (critère moins de 25 ans et 12 mois sans emploi)',
    'Young people (criterion under 25 and 12 months out of work)',
  ),
  group('newcomer', 'Étrangers en séjour légal (critère)', 'Foreign nationals legally staying (criterion)'),
  group('none', 'Aucun critère de ces publics établi', 'No criterion of these groups established'),
];

const PROGRAMME_GROUPS = [
  ...PROGRAMMES.map((code) => ({ code, label: PROGRAMME_LABELS[code] })),
  group('unknown', 'Programme inconnu', 'Unknown programme'),
];
const programmeIndex = (code: number): number => (code === UNKNOWN_CODE ? PROGRAMMES.length : code);

/** The arrondissement (REFNIS `XX000`) of a commune code number, as a 5-digit code. */
export const arrondissementOf = (nis: number): string =>
  String(Math.floor(nis / 1000) * 1000).padStart(5, '0');

/** The group of an arrondissement of residence. */
export const arrondissementGroup = (code: string): BreakdownGroup =>
  group(code, `Arrondissement ${code}`, `Arrondissement ${code}`);

/** People whose home commune is not known (no REFNIS code). */
export const UNKNOWN_TERRITORY = group('unknown', 'Commune inconnue', 'Commune unknown');
/** People whose home commune is in none of the territories given. */
export const OUTSIDE_TERRITORIES = group(
  'outside',
  'Hors des territoires donnés',
  'Outside the territories given',
);

/** Age in completed years on day `day` of someone born on `birthYmd`, or −1 when unknown. */
export function ageOnDay(birthYmd: number, day: number): number {
  return birthYmd === NONE ? -1 : yearsBetweenYmd(birthYmd, ymdOfDay(day));
}

/** Person columns of one person (for {@link DIMENSIONS}' `groupsOf`). */
function columnsOf(person: PersonRecords) {
  const columns = {
    isced: new Uint8Array(1),
    birthYmd: new Int32Array(1),
    unemployedSince: new Int32Array(1),
    gender: new Uint8Array(1),
    traits: new Uint8Array(1),
    homeNis: new Int32Array(1),
  };
  writePerson(columns, 0, {
    candidate: person.candidate,
    ...(person.attributes !== undefined ? { protectedAttributes: person.attributes } : {}),
  });
  return columns;
}

const entryDay = (spell: AccompanimentSpell): number => spell.entry;

/** The dimensions, by id. Protected attributes (gender, birth date, newcomer status) are read here only. */
export const DIMENSIONS: Readonly<Record<BreakdownDimensionId, BreakdownDimension>> = {
  mire: {
    id: 'mire',
    label: { fr: 'Mire', en: 'Mire' },
    isPartition: true,
    groups: [],
    groupsOf: (_person, spell) => [group(spell.record.mireId, spell.record.mireId, spell.record.mireId)],
  },
  programme: {
    id: 'programme',
    label: { fr: 'Programme', en: 'Programme' },
    isPartition: true,
    groups: PROGRAMME_GROUPS,
    groupsOf: (_person, spell) => [
      PROGRAMME_GROUPS[programmeIndex(programmeCode(spell.record.programme))] as BreakdownGroup,
    ],
  },
  territory: {
    id: 'territory',
    label: { fr: 'Territoire de résidence', en: 'Territory of residence' },
    isPartition: true,
    groups: [],
    groupsOf: (person) => {
      const nis = nisNumber(person.candidate.home.nisCode);
      return [nis === NONE ? UNKNOWN_TERRITORY : arrondissementGroup(arrondissementOf(nis))];
    },
  },
  target_group: {
    id: 'target_group',
    label: { fr: 'Public cible', en: 'Target group' },
    isPartition: false,
    groups: TARGET_GROUPS,
    groupsOf: (person, spell) => {
      const c = columnsOf(person);
      const mask = targetGroupsFromRecords(
        c.isced[0] as number,
        c.unemployedSince[0] as number,
        entryDay(spell),
        ageOnDay(c.birthYmd[0] as number, entryDay(spell)),
        statusCode(spell.record.statusAtEntry),
        c.traits[0] as number,
      );
      return groupsOfMask(mask, TARGET_GROUPS);
    },
  },
  gender: {
    id: 'gender',
    label: { fr: 'Genre', en: 'Gender' },
    isPartition: true,
    groups: GENDER_GROUPS,
    groupsOf: (person) => [
      GENDER_GROUPS[genderIndex(columnsOf(person).gender[0] as number)] as BreakdownGroup,
    ],
  },
  age_band: {
    id: 'age_band',
    label: { fr: 'Âge à l’entrée', en: 'Age at entry' },
    isPartition: true,
    groups: AGE_GROUPS,
    groupsOf: (person, spell) => {
      const birthDate = person.attributes?.birthDate;
      const birth = birthDate !== undefined && dayOf(birthDate) !== undefined ? lastDayOfYmd() : NONE;
      return [AGE_GROUPS[ageIndex(ageOnDay(birth, entryDay(spell)))] as BreakdownGroup];
    },
  },
  education: {
    id: 'education',
    label: { fr: 'Niveau d’études', en: 'Education' },
    isPartition: true,
    groups: EDUCATION_GROUPS,
    groupsOf: (person) => [
      EDUCATION_GROUPS[educationIndex(person.candidate.education.isced)] as BreakdownGroup,
    ],
  },
};

/** The groups of a target-group mask, or "none" (the last group) for an empty mask. */
export function groupsOfMask(mask: number, groups: readonly BreakdownGroup[]): BreakdownGroup[] {
  if (mask === 0) return [groups[TARGET_GROUP_CODES.length] as BreakdownGroup];
  return TARGET_GROUP_CODES.flatMap((_, index) =>
    (mask >> index) & 1 ? [groups[index] as BreakdownGroup] : [],
  );
}

/** A territory: an id, a name, and the REFNIS codes of its communes (a core `MireTerritory` fits). */
export interface TerritoryGroup {
  readonly id: string;
  readonly name: string | LocalizedText;
  readonly communes: readonly string[];
}

/**
 * One dimension ready to classify the people of a store: its groups (which may grow as codes are met, for the
 * Mire and territory) and, for person `p` counted through accompaniment `k`, the group index (a partition) or
 * a bit mask of group indexes (target groups). `classify` allocates nothing for the fixed dimensions.
 */
export interface DimensionClassifier {
  readonly dimension: BreakdownDimension;
  readonly groups: BreakdownGroup[];
  /** Whether the groups come from the data (shown sorted by code, only when someone is in them). */
  readonly isOpen: boolean;
  readonly isMask: boolean;
  classify(p: number, k: number): number;
}

/** Classifiers for a store: territories by the list given (else arrondissements of residence). */
export function classifierOf(
  id: BreakdownDimensionId,
  store: ReportingStore,
  territories: readonly TerritoryGroup[] | undefined,
): DimensionClassifier {
  const dimension = DIMENSIONS[id];
  const acc = store.accompaniments;
  switch (id) {
    case 'mire':
      return {
        dimension,
        groups: store.mireIds.map((mire) => group(mire, mire, mire)),
        isOpen: true,
        isMask: false,
        classify: (_p, k) => acc.mire[k] as number,
      };
    case 'programme':
      return {
        dimension,
        groups: [...PROGRAMME_GROUPS],
        isOpen: false,
        isMask: false,
        classify: (_p, k) => programmeIndex(acc.programme[k] as number),
      };
    case 'territory':
      return territoryClassifier(dimension, store, territories);
    case 'target_group':
      return {
        dimension,
        groups: [...TARGET_GROUPS],
        isOpen: false,
        isMask: true,
        classify: (p, k) =>
          targetGroupsFromRecords(
            store.isced[p] as number,
            store.unemployedSince[p] as number,
            acc.entry[k] as number,
            ageOnDay(store.birthYmd[p] as number, acc.entry[k] as number),
            acc.status[k] as number,
            store.traits[p] as number,
          ),
      };
    case 'gender':
      return {
        dimension,
        groups: [...GENDER_GROUPS],
        isOpen: false,
        isMask: false,
        classify: (p) => genderIndex(store.gender[p] as number),
      };
    case 'age_band':
      return {
        dimension,
        groups: [...AGE_GROUPS],
        isOpen: false,
        isMask: false,
        classify: (p, k) => ageIndex(ageOnDay(store.birthYmd[p] as number, acc.entry[k] as number)),
      };
    case 'education':
      return {
        dimension,
        groups: [...EDUCATION_GROUPS],
        isOpen: false,
        isMask: false,
        classify: (p) => educationIndex(store.isced[p] as number),
      };
    default:
      throw new RangeError(
        `Unknown breakdown "${String(id)}": use one of ${BREAKDOWN_DIMENSIONS.join(', ')}.`,
      );
  }
}

function territoryClassifier(
  dimension: BreakdownDimension,
  store: ReportingStore,
  territories: readonly TerritoryGroup[] | undefined,
): DimensionClassifier {
  const groups: BreakdownGroup[] = [];
  const indexOf = new Map<number, number>();
  if (territories !== undefined) {
    // Communes of the territories given; a commune in two territories is a mistake in the list.
    for (const territory of territories) {
      const index =
        groups.push({
          code: territory.id,
          label:
            typeof territory.name === 'string' ? { fr: territory.name, en: territory.name } : territory.name,
        }) - 1;
      for (const commune of territory.communes) {
        const nis = nisNumber(commune);
        if (nis === NONE) {
          throw new RangeError(
            `Territory "${territory.id}": commune "${commune}" is not a 5-digit REFNIS code.`,
          );
        }
        const other = indexOf.get(nis);
        if (other !== undefined && other !== index) {
          throw new RangeError(
            `Commune ${commune} is in territories "${groups[other]?.code}" and "${territory.id}": give it to one.`,
          );
        }
        indexOf.set(nis, index);
      }
    }
    const outside = groups.push(OUTSIDE_TERRITORIES) - 1;
    const unknown = groups.push(UNKNOWN_TERRITORY) - 1;
    return {
      dimension,
      groups,
      isOpen: false,
      isMask: false,
      classify: (p) => {
        const nis = store.homeNis[p] as number;
        return nis === NONE ? unknown : (indexOf.get(nis) ?? outside);
      },
    };
  }
  // Arrondissements of residence, in the order met.
  return {
    dimension,
    groups,
    isOpen: true,
    isMask: false,
    classify: (p) => {
      const nis = store.homeNis[p] as number;
      const key = nis === NONE ? -1 : Math.floor(nis / 1000);
      let index = indexOf.get(key);
      if (index === undefined) {
        index = groups.push(key < 0 ? UNKNOWN_TERRITORY : arrondissementGroup(arrondissementOf(nis))) - 1;
        indexOf.set(key, index);
      }
      return index;
    },
  };
}
