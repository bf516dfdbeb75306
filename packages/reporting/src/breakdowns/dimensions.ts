import type { LocalizedText } from '@passerelle/core';
import { ageOn } from '../internal/days.js';
import type { AccompanimentSpell, PersonRecords } from '../validate/reporting-data.js';

/** A group of a breakdown: a stable code and its label. */
export interface BreakdownGroup {
  readonly code: string;
  readonly label: LocalizedText;
}

/** The breakdowns available. */
export const BREAKDOWN_DIMENSIONS = ['mire', 'target_group', 'gender', 'age_band', 'education'] as const;
/** A breakdown dimension id. */
export type BreakdownDimensionId = (typeof BREAKDOWN_DIMENSIONS)[number];

/** How a dimension sorts people into groups. */
export interface BreakdownDimension {
  readonly id: BreakdownDimensionId;
  readonly label: LocalizedText;
  /** Whether every person is in exactly one group (then the groups add up to the total). */
  readonly isPartition: boolean;
  /** Every group in display order (Mire: none, the groups come from the data). */
  readonly groups: readonly BreakdownGroup[];
  /** The person's groups, as of the accompaniment that counts in the period (its entry date for ages). */
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

const AGE_GROUPS = [
  group('under_18', 'Moins de 18 ans', 'Under 18'),
  group('18_24', '18 à 24 ans', '18 to 24'),
  group('25_29', '25 à 29 ans', '25 to 29'),
  group('30_44', '30 à 44 ans', '30 to 44'),
  group('45_54', '45 à 54 ans', '45 to 54'),
  group('55_plus', '55 ans et plus', '55 and over'),
  group('unknown', 'Âge inconnu', 'Age unknown'),
];
const AGE_LIMITS: readonly [number, number][] = [
  [18, 0],
  [25, 1],
  [30, 2],
  [45, 3],
  [55, 4],
];

const EDUCATION_GROUPS = [
  group('isced_0_2', 'Sans CESS (CITE 0–2)', 'Lower secondary or less (ISCED 0–2)'),
  group('isced_3_4', 'CESS ou post-secondaire (CITE 3–4)', 'Upper or post-secondary (ISCED 3–4)'),
  group('isced_5_8', 'Supérieur (CITE 5–8)', 'Tertiary (ISCED 5–8)'),
];

const TARGET_GROUPS = [
  group('low_qualified', 'Infra-qualifiés (sans CESS)', 'Low-qualified (no CESS)'),
  group(
    'long_term_unemployed',
    'Chômage de longue durée (12 mois et plus)',
    'Long-term unemployed (12 months or more)',
  ),
  group('neet', 'NEET (15 à 29 ans, sans emploi)', 'NEET (15 to 29, not employed)'),
  group('newcomer', 'Primo-arrivants (réfugiés compris)', 'Newcomers (refugees included)'),
  group('none', 'Aucun de ces publics', 'None of these groups'),
];

const byCode = (groups: readonly BreakdownGroup[], code: string): BreakdownGroup =>
  groups.find((g) => g.code === code) as BreakdownGroup;

function ageAtEntry(person: PersonRecords, spell: AccompanimentSpell): number | undefined {
  const birthDate = person.attributes?.birthDate;
  return birthDate === undefined ? undefined : ageOn(birthDate, spell.record.entryDate);
}

function ageGroup(person: PersonRecords, spell: AccompanimentSpell): BreakdownGroup {
  const age = ageAtEntry(person, spell);
  if (age === undefined) return byCode(AGE_GROUPS, 'unknown');
  const index = AGE_LIMITS.find(([limit]) => age < limit)?.[1] ?? 5;
  return AGE_GROUPS[index] as BreakdownGroup;
}

function targetGroups(person: PersonRecords, spell: AccompanimentSpell): BreakdownGroup[] {
  const found: BreakdownGroup[] = [];
  if (person.candidate.education.isced <= 2) found.push(byCode(TARGET_GROUPS, 'low_qualified'));
  const since = person.candidate.unemployedSince;
  if (since !== undefined && (ageOn(since, spell.record.entryDate) ?? 0) >= 1) {
    found.push(byCode(TARGET_GROUPS, 'long_term_unemployed'));
  }
  const age = ageAtEntry(person, spell);
  const status = spell.record.statusAtEntry;
  if (age !== undefined && age >= 15 && age <= 29 && status !== undefined && status !== 'employed') {
    found.push(byCode(TARGET_GROUPS, 'neet'));
  }
  if (person.attributes?.newcomer === 'yes' || person.attributes?.refugee === 'yes') {
    found.push(byCode(TARGET_GROUPS, 'newcomer'));
  }
  return found.length > 0 ? found : [byCode(TARGET_GROUPS, 'none')];
}

/** The dimensions, by id. Protected attributes (gender, birth date, newcomer status) are read here only. */
export const DIMENSIONS: Readonly<Record<BreakdownDimensionId, BreakdownDimension>> = {
  mire: {
    id: 'mire',
    label: { fr: 'Mire', en: 'Mire' },
    isPartition: true,
    groups: [],
    groupsOf: (_person, spell) => [group(spell.record.mireId, spell.record.mireId, spell.record.mireId)],
  },
  target_group: {
    id: 'target_group',
    label: { fr: 'Public cible', en: 'Target group' },
    isPartition: false,
    groups: TARGET_GROUPS,
    groupsOf: targetGroups,
  },
  gender: {
    id: 'gender',
    label: { fr: 'Genre', en: 'Gender' },
    isPartition: true,
    groups: GENDER_GROUPS,
    groupsOf: (person) => [byCode(GENDER_GROUPS, person.attributes?.gender ?? 'unknown')],
  },
  age_band: {
    id: 'age_band',
    label: { fr: 'Âge à l’entrée', en: 'Age at entry' },
    isPartition: true,
    groups: AGE_GROUPS,
    groupsOf: (person, spell) => [ageGroup(person, spell)],
  },
  education: {
    id: 'education',
    label: { fr: 'Niveau d’études', en: 'Education' },
    isPartition: true,
    groups: EDUCATION_GROUPS,
    groupsOf: (person) => {
      const isced = person.candidate.education.isced;
      return [EDUCATION_GROUPS[isced <= 2 ? 0 : isced <= 4 ? 1 : 2] as BreakdownGroup];
    },
  },
};
