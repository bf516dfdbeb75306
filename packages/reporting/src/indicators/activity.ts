import type { LocalizedText } from '@passerelle/core';
import { classifierOf } from '../breakdowns/dimensions.js';
import type { BreakdownDimensionId, DimensionClassifier, TerritoryGroup } from '../breakdowns/dimensions.js';
import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import { TARGET_GROUP_CODES } from '../breakdowns/target-groups.js';
import { ACTIVITY as BIT, activityFlags, firstSpellIn } from '../cohorts/activity.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';
import {
  DIMENSION_COLUMN,
  GROUP_COLUMN,
  GROUP_CODE_COLUMN,
  ACCOMPANIED_COLUMN,
} from '../tables/group-columns.js';

/** Descriptor of {@link computeActivity}. */
export const ACTIVITY: IndicatorDescriptor = {
  id: 'activity',
  label: { fr: 'Personnes accompagnées', en: 'People accompanied' },
  definition: {
    fr: 'Personnes distinctes accompagnées au moins un jour de la période ; parmi elles, celles déjà accompagnées la veille, celles entrées, sorties, et toujours accompagnées le dernier jour. Une personne sortie puis revenue compte une fois par colonne. Par Mire, programme et public cible : ceux de l’accompagnement qui compte (le premier de la période) ; une personne peut relever de plusieurs publics cibles.',
    en: 'Distinct people accompanied on at least one day of the period; of them, those already accompanied the day before, those who entered, exited, and those still accompanied on the last day. A person who exits and re-enters counts once per column. By Mire, programme and target group: those of the accompaniment that counts (the first of the period); a person may belong to several target groups.',
  },
  source: [
    'Mire activity volume (AGW 2024, variable part of the subsidy: DOMAIN.md §1.5)',
    'Passerelle default: a person counts once per period',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments'],
};

/** Options of {@link computeActivity}. */
export interface ActivityOptions extends IndicatorOptions {
  /** Breakdowns under the total (default: Mire, programme and target group; `[]` for the total only). */
  readonly dimensions?: readonly BreakdownDimensionId[];
  /** Territories for a `territory` breakdown (default: arrondissements of residence). */
  readonly territories?: readonly TerritoryGroup[];
  /** Smallest count exports show (default 5); the table keeps exact figures. */
  readonly minCount?: number;
}

const KEYS = ['accompanied', 'carriedIn', 'entries', 'exits', 'ongoingAtEnd'] as const;
const BITS = [BIT.accompanied, BIT.carriedIn, BIT.entered, BIT.exited, BIT.ongoingAtEnd] as const;

/** Adds a person's flags to the five counts of group `at`. */
function add(counts: number[], at: number, flags: number): void {
  for (let i = 0; i < 5; i += 1) {
    if ((flags & (BITS[i] as number)) !== 0) counts[at * 5 + i] = (counts[at * 5 + i] ?? 0) + 1;
    else counts[at * 5 + i] ??= 0;
  }
}

/**
 * People accompanied in the period: total, carried over, entries, exits, still accompanied at the end; then
 * the same by Mire, programme and target group (or the dimensions asked for).
 */
export function computeActivity(
  data: ReportingData,
  period: Period,
  options: ActivityOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const store = storeOf(data);
  const ids = options.dimensions ?? (['mire', 'programme', 'target_group'] as const);
  const classifiers = ids.map((id) => classifierOf(id, store, options.territories));
  const total: number[] = [];
  add(total, 0, 0);
  const tallies = classifiers.map(() => [] as number[]);
  for (let p = 0; p < store.size; p += 1) {
    const flags = activityFlags(store, p, scope.start, scope.end);
    if ((flags & BIT.accompanied) === 0) continue;
    add(total, 0, flags);
    if (classifiers.length === 0) continue;
    const k = firstSpellIn(store, p, scope.start, scope.end);
    for (let d = 0; d < classifiers.length; d += 1) {
      const classifier = classifiers[d] as DimensionClassifier;
      const value = classifier.classify(p, k);
      const counts = tallies[d] as number[];
      if (!classifier.isMask) add(counts, value, flags);
      else if (value === 0) add(counts, TARGET_GROUP_CODES.length, flags);
      else for (let g = 0; g < TARGET_GROUP_CODES.length; g += 1) if ((value >> g) & 1) add(counts, g, flags);
    }
  }
  const row = (
    dimension: LocalizedText,
    group: LocalizedText,
    code: string,
    counts: readonly number[],
    at: number,
  ) => {
    const cells: Record<string, TableRow[string]> = { dimension, group, groupCode: code };
    KEYS.forEach((key, i) => {
      cells[key] = counts[at * 5 + i] ?? 0;
    });
    return cells as TableRow;
  };
  const totalLabel: LocalizedText = { fr: 'Total', en: 'Total' };
  const rows: TableRow[] = [row(totalLabel, totalLabel, 'total', total, 0)];
  classifiers.forEach((classifier, d) => {
    const counts = tallies[d] as number[];
    const order = classifier.groups.map((_, index) => index);
    if (classifier.isOpen)
      order.sort((a, b) =>
        (classifier.groups[a]?.code ?? '').localeCompare(classifier.groups[b]?.code ?? ''),
      );
    for (const index of order) {
      const g = classifier.groups[index];
      if (g === undefined) continue;
      const isOptional = classifier.isOpen || g.code === 'unknown' || g.code === 'outside';
      if (isOptional && (counts[index * 5] ?? 0) === 0) continue;
      rows.push(row(classifier.dimension.label, g.label, g.code, counts, index));
    }
  });
  return {
    id: ACTIVITY.id,
    title: ACTIVITY.label,
    period,
    columns: [
      DIMENSION_COLUMN,
      GROUP_COLUMN,
      GROUP_CODE_COLUMN,
      ACCOMPANIED_COLUMN,
      { key: 'carriedIn', label: { fr: 'Déjà en cours', en: 'Carried over' }, unit: 'count' },
      { key: 'entries', label: { fr: 'Entrées', en: 'Entries' }, unit: 'count' },
      { key: 'exits', label: { fr: 'Sorties', en: 'Exits' }, unit: 'count' },
      {
        key: 'ongoingAtEnd',
        label: { fr: 'En cours en fin de période', en: 'Ongoing at end' },
        unit: 'count',
      },
    ],
    rows,
    notes: [ACTIVITY.definition, excludedNote(data.excluded)],
    excluded: data.excluded,
    // Target groups come from protected attributes: small cells are hidden in exports.
    disclosure: { minCount: options.minCount ?? DEFAULT_MIN_CELL_COUNT, groupBy: 'dimension' },
  };
}

/** The activity indicator. */
export const activityIndicator: Indicator<ActivityOptions> = {
  descriptor: ACTIVITY,
  compute: computeActivity,
};
