import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import { BREAKDOWN_DIMENSIONS, DIMENSIONS } from '../breakdowns/dimensions.js';
import type { BreakdownDimensionId, BreakdownGroup } from '../breakdowns/dimensions.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { personOutcome, resolveScope } from '../cohorts/outcomes.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Options of {@link computeBreakdowns}. */
export interface BreakdownOptions extends IndicatorOptions {
  /** Dimensions, in order (default: all of {@link BREAKDOWN_DIMENSIONS}). */
  readonly dimensions?: readonly BreakdownDimensionId[];
  /** Smallest count exports show (default 5); the table keeps exact figures. */
  readonly minCount?: number;
}

/** Descriptor of {@link computeBreakdowns}. */
export const BREAKDOWNS: IndicatorDescriptor = {
  id: 'breakdowns',
  label: { fr: 'Résultats ventilés', en: 'Results by group' },
  definition: {
    fr: 'Personnes accompagnées, premiers contrats et emplois durables de la période, par Mire, public cible, genre, âge et niveau d’études à l’entrée (l’accompagnement qui compte est le premier de la période). Une personne peut relever de plusieurs publics cibles ; les autres ventilations s’additionnent au total. Les petits effectifs sont masqués à l’export.',
    en: 'People accompanied, first contracts and sustained jobs of the period, by Mire, target group, gender, age and education at entry (the accompaniment that counts is the first of the period). A person may belong to several target groups; the other breakdowns add up to the total. Small counts are hidden in exports.',
  },
  source: [
    'ESF+ Regulation (EU) 2021/1057, Annex I: breakdown by gender (women, men, non-binary persons)',
    'Mire target public (DOMAIN.md §1.2); small-cell suppression: Passerelle default, fewer than 5',
  ],
  unit: 'count',
  direction: 'neutral',
  inputs: ['candidates', 'protected_attributes', 'accompaniments', 'contracts'],
};

interface Tally {
  group: BreakdownGroup;
  accompanied: number;
  placed: number;
  sustained: number;
}

const newTally = (group: BreakdownGroup): Tally => ({ group, accompanied: 0, placed: 0, sustained: 0 });

/** The headline figures broken down by each dimension, with a total row first. */
export function computeBreakdowns(
  data: ReportingData,
  period: Period,
  options: BreakdownOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const dimensions = (options.dimensions ?? BREAKDOWN_DIMENSIONS).map((id) => DIMENSIONS[id]);
  const total = newTally({ code: 'total', label: { fr: 'Total', en: 'Total' } });
  const tallies = dimensions.map(
    (dimension) => new Map(dimension.groups.map((g) => [g.code, newTally(g)] as [string, Tally])),
  );
  for (const person of data.people) {
    const outcome = personOutcome(person, scope);
    if (!outcome.activity.accompanied) continue;
    const spell = person.accompaniments.find((a) => (a.exit ?? Infinity) >= scope.start);
    if (spell === undefined) continue;
    const placed = outcome.sustained !== undefined ? 1 : 0;
    const sustained = outcome.sustained?.status === 'sustained' ? 1 : 0;
    const add = (tally: Tally): void => {
      tally.accompanied += 1;
      tally.placed += placed;
      tally.sustained += sustained;
    };
    add(total);
    dimensions.forEach((dimension, index) => {
      const groups = tallies[index] as Map<string, Tally>;
      for (const g of dimension.groupsOf(person, spell)) {
        let tally = groups.get(g.code);
        if (tally === undefined) groups.set(g.code, (tally = newTally(g)));
        add(tally);
      }
    });
  }
  const row = (dimension: TableRow['dimension'], tally: Tally): TableRow => ({
    dimension,
    group: tally.group.label,
    groupCode: tally.group.code,
    accompanied: tally.accompanied,
    placed: tally.placed,
    placementRate: rate(tally.placed, tally.accompanied),
    sustained: tally.sustained,
    sustainedRate: rate(tally.sustained, tally.placed),
  });
  const rows: TableRow[] = [row({ fr: 'Total', en: 'Total' }, total)];
  dimensions.forEach((dimension, index) => {
    const groups = [...(tallies[index] as Map<string, Tally>).values()];
    if (dimension.groups.length === 0) groups.sort((a, b) => a.group.code.localeCompare(b.group.code));
    for (const tally of groups) rows.push(row(dimension.label, tally));
  });
  return {
    id: BREAKDOWNS.id,
    title: BREAKDOWNS.label,
    period,
    columns: [
      { key: 'dimension', label: { fr: 'Ventilation', en: 'Breakdown' }, unit: 'text' },
      { key: 'group', label: { fr: 'Groupe', en: 'Group' }, unit: 'text' },
      { key: 'groupCode', label: { fr: 'Code', en: 'Code' }, unit: 'text' },
      { key: 'accompanied', label: { fr: 'Accompagnées', en: 'Accompanied' }, unit: 'count' },
      { key: 'placed', label: { fr: 'Premier contrat', en: 'First contract' }, unit: 'count' },
      {
        key: 'placementRate',
        label: { fr: 'Taux de mise à l’emploi', en: 'Placement rate' },
        unit: 'rate',
        derivedFrom: ['accompanied', 'placed'],
      },
      { key: 'sustained', label: { fr: 'En emploi durable', en: 'Sustained' }, unit: 'count' },
      {
        key: 'sustainedRate',
        label: { fr: 'Taux d’emploi durable', en: 'Sustained rate' },
        unit: 'rate',
        derivedFrom: ['placed', 'sustained'],
      },
    ],
    rows,
    notes: [BREAKDOWNS.definition, sustainedRuleNote(scope.sustained), excludedNote(data.excluded)],
    excluded: data.excluded,
    disclosure: { minCount: options.minCount ?? DEFAULT_MIN_CELL_COUNT, groupBy: 'dimension' },
  };
}

/** The breakdowns indicator. */
export const breakdownsIndicator: Indicator<BreakdownOptions> = {
  descriptor: BREAKDOWNS,
  compute: computeBreakdowns,
};
