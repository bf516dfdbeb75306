import type { LocalizedText } from '@passerelle/core';
import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import type { ResolvedScope } from '../cohorts/outcomes.js';
import type { TableColumn, TableRow } from '../tables/table.js';
import type { ReportingStore } from '../validate/store.js';
import { OPEN } from '../validate/store.js';
import { DIMENSION_COLUMN, GROUP_COLUMN } from '../tables/group-columns.js';

// Shared by the ESF+ output and result indicators: who is a participant, the gender rows, the table shape.

export { EU_MEMBER_STATES } from '../validate/store.js';

/**
 * A participant question: its code, label, and whether person `p` answers yes (`at`: the accompaniment
 * position of the first entry, or the day of the final exit).
 */
export interface EsfItem {
  readonly code: string;
  readonly label: LocalizedText;
  readonly test: (store: ReportingStore, p: number, at: number) => boolean;
}

const GENDER_ROWS: readonly { code: string; label: LocalizedText }[] = [
  { code: 'woman', label: { fr: 'Femmes', en: 'Women' } },
  { code: 'man', label: { fr: 'Hommes', en: 'Men' } },
  { code: 'non_binary', label: { fr: 'Personnes non binaires', en: 'Non-binary persons' } },
  { code: 'not_reported', label: { fr: 'Non communiqué', en: 'Not reported' } },
];

// Gender codes are indexes in GENDERS (woman, man, non_binary, refused): refused and unknown are not reported.
const genderRow = (code: number): number => (code <= 2 ? code : 3);

/**
 * ESF+ counts a participant once per operation, with the characteristics of the first entry and the final
 * exit: the first and the last of the person's accompaniments. Position of the first, or −1.
 */
export function firstEntry(store: ReportingStore, p: number): number {
  const { offsets } = store.accompaniments;
  return (offsets[p + 1] as number) > (offsets[p] as number) ? (offsets[p] as number) : -1;
}

/** Position of the person's final exit (their last accompaniment, when it has ended), or −1. */
export function finalExit(store: ReportingStore, p: number): number {
  const { offsets, exit } = store.accompaniments;
  const last = (offsets[p + 1] as number) - 1;
  return last >= (offsets[p] as number) && exit[last] !== OPEN ? last : -1;
}

/** Whether a contract of a type in `mask` covers at least one day of `[from, to]`. */
export function isEmployedBetween(
  store: ReportingStore,
  p: number,
  from: number,
  to: number,
  mask: Uint8Array,
): boolean {
  const { offsets, start, end, type } = store.contracts;
  for (let c = offsets[p] as number; c < (offsets[p + 1] as number); c += 1) {
    if ((start[c] as number) > to) return false;
    if ((end[c] as number) >= from && mask[type[c] as number] === 1) return true;
  }
  return false;
}

/**
 * The table body: a total row and one row per gender (ESF+: women, men, non-binary persons, plus not reported),
 * one count column per item. `cohort` holds person indexes and `at` values in pairs.
 */
export function esfRows(
  store: ReportingStore,
  cohort: readonly number[],
  items: readonly EsfItem[],
): { columns: TableColumn[]; rows: TableRow[] } {
  const width = items.length;
  const counts = new Int32Array((GENDER_ROWS.length + 1) * width);
  for (let i = 0; i < cohort.length; i += 2) {
    const p = cohort[i] as number;
    const at = cohort[i + 1] as number;
    const row = 1 + genderRow(store.gender[p] as number);
    for (let j = 0; j < width; j += 1) {
      if (!(items[j] as EsfItem).test(store, p, at)) continue;
      counts[j] = (counts[j] as number) + 1;
      counts[row * width + j] = (counts[row * width + j] as number) + 1;
    }
  }
  const row = (dimension: LocalizedText, group: LocalizedText, index: number): TableRow =>
    Object.fromEntries([
      ['dimension', dimension],
      ['group', group],
      ...items.map((item, j) => [item.code, counts[index * width + j] as number]),
    ]);
  const total: LocalizedText = { fr: 'Total', en: 'Total' };
  const gender: LocalizedText = { fr: 'Genre', en: 'Gender' };
  return {
    columns: [
      DIMENSION_COLUMN,
      GROUP_COLUMN,
      ...items.map((item) => ({
        key: item.code,
        label: { fr: `${item.code} ${item.label.fr}`, en: `${item.code} ${item.label.en}` },
        unit: 'count' as const,
      })),
    ],
    rows: [row(total, total, 0), ...GENDER_ROWS.map((g, i) => row(gender, g.label, i + 1))],
  };
}

/** Small-cell suppression for the ESF+ tables: the gender rows of a column are checked together. */
export const ESF_DISCLOSURE = { minCount: DEFAULT_MIN_CELL_COUNT, groupBy: 'dimension' } as const;

/** Whether a day is in the scope's period. */
export const isInPeriod = (day: number, scope: ResolvedScope): boolean =>
  day >= scope.start && day <= scope.end;
