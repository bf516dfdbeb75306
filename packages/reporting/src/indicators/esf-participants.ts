import type { LocalizedText } from '@passerelle/core';
import { isEmploymentContract } from '@passerelle/core';
import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import type { ResolvedScope } from '../cohorts/outcomes.js';
import { ageOn } from '../internal/days.js';
import type { TableColumn, TableRow } from '../tables/table.js';
import type { AccompanimentSpell, PersonRecords } from '../validate/reporting-data.js';

// Shared by the ESF+ output and result indicators: who is a participant, the gender rows, the table shape.

/** EU member states (ISO 3166-1 alpha-2): participants of another nationality are third-country nationals. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** A participant question: its code, label, and whether a person answers yes. */
export interface EsfItem<Context> {
  readonly code: string;
  readonly label: LocalizedText;
  readonly test: (person: PersonRecords, context: Context) => boolean;
}

const GENDER_ROWS: readonly { code: string; label: LocalizedText }[] = [
  { code: 'woman', label: { fr: 'Femmes', en: 'Women' } },
  { code: 'man', label: { fr: 'Hommes', en: 'Men' } },
  { code: 'non_binary', label: { fr: 'Personnes non binaires', en: 'Non-binary persons' } },
  { code: 'not_reported', label: { fr: 'Non communiqué', en: 'Not reported' } },
];

const genderRow = (person: PersonRecords): string => {
  const gender = person.attributes?.gender;
  return gender === 'woman' || gender === 'man' || gender === 'non_binary' ? gender : 'not_reported';
};

/**
 * ESF+ counts a participant once per operation, with the characteristics of the first entry and the final
 * exit: the first and the last of the person's accompaniments.
 */
export function firstEntry(person: PersonRecords): AccompanimentSpell | undefined {
  return person.accompaniments[0];
}

/** The person's final exit, when their last accompaniment has ended. */
export function finalExit(person: PersonRecords): AccompanimentSpell | undefined {
  const last = person.accompaniments.at(-1);
  return last?.exit === null ? undefined : last;
}

/** Age at the first entry, when the birth date is known. */
export function ageAtFirstEntry(person: PersonRecords, spell: AccompanimentSpell): number | undefined {
  const birthDate = person.attributes?.birthDate;
  return birthDate === undefined ? undefined : ageOn(birthDate, spell.record.entryDate);
}

/** Whether a paid contract covers at least one day of `[from, to]`. */
export function isEmployedBetween(person: PersonRecords, from: number, to: number): boolean {
  return person.contracts.some(
    (spell) =>
      isEmploymentContract(spell.record.type) &&
      spell.start <= to &&
      (spell.end ?? Number.POSITIVE_INFINITY) >= from,
  );
}

/**
 * The table body: a total row and one row per gender (ESF+: women, men, non-binary persons, plus not reported),
 * one count column per item.
 */
export function esfRows<Context>(
  cohort: readonly { person: PersonRecords; context: Context }[],
  items: readonly EsfItem<Context>[],
): { columns: TableColumn[]; rows: TableRow[] } {
  const counts = new Map<string, number[]>([['total', items.map(() => 0)]]);
  for (const { code } of GENDER_ROWS)
    counts.set(
      code,
      items.map(() => 0),
    );
  for (const { person, context } of cohort) {
    const total = counts.get('total') as number[];
    const byGender = counts.get(genderRow(person)) as number[];
    items.forEach((item, i) => {
      if (!item.test(person, context)) return;
      total[i] = (total[i] as number) + 1;
      byGender[i] = (byGender[i] as number) + 1;
    });
  }
  const row = (dimension: LocalizedText, group: LocalizedText, values: number[]): TableRow =>
    Object.fromEntries([
      ['dimension', dimension],
      ['group', group],
      ...items.map((item, i) => [item.code, values[i] as number]),
    ]);
  const total: LocalizedText = { fr: 'Total', en: 'Total' };
  const gender: LocalizedText = { fr: 'Genre', en: 'Gender' };
  return {
    columns: [
      { key: 'dimension', label: { fr: 'Ventilation', en: 'Breakdown' }, unit: 'text' },
      { key: 'group', label: { fr: 'Groupe', en: 'Group' }, unit: 'text' },
      ...items.map((item) => ({
        key: item.code,
        label: { fr: `${item.code} ${item.label.fr}`, en: `${item.code} ${item.label.en}` },
        unit: 'count' as const,
      })),
    ],
    rows: [
      row(total, total, counts.get('total') as number[]),
      ...GENDER_ROWS.map((g) => row(gender, g.label, counts.get(g.code) as number[])),
    ],
  };
}

/** Small-cell suppression for the ESF+ tables: the gender rows of a column are checked together. */
export const ESF_DISCLOSURE = { minCount: DEFAULT_MIN_CELL_COUNT, groupBy: 'dimension' } as const;

/** Whether a day is in the scope's period. */
export const isInPeriod = (day: number, scope: ResolvedScope): boolean =>
  day >= scope.start && day <= scope.end;
