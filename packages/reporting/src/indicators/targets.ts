import type { IsoDate, LocalizedText } from '@passerelle/core';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { ACTIVITY as BIT, firstSpellIn } from '../cohorts/activity.js';
import { evaluatePerson, newOutcome, resolveScope } from '../cohorts/outcomes.js';
import { SUSTAINED } from '../cohorts/sustained.js';
import { dayOf } from '../internal/days.js';
import { rate } from '../internal/rate.js';
import { dateRange } from '../periods/period.js';
import type { Period } from '../periods/period.js';
import { excludedNote, sustainedRuleNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { IndicatorDescriptor } from './descriptor.js';

/** Figures a Mire's obligations can be set on. */
export const TARGET_FIGURES = ['accompanied', 'placed', 'sustained', 'placement_rate'] as const;
/** A figure with a target. */
export type TargetFigure = (typeof TARGET_FIGURES)[number];

const FIGURE_LABELS: Readonly<Record<TargetFigure, LocalizedText>> = {
  accompanied: { fr: 'Personnes accompagnées', en: 'People accompanied' },
  placed: { fr: 'Premiers contrats', en: 'First contracts' },
  sustained: { fr: 'Emplois durables', en: 'Sustained jobs' },
  placement_rate: { fr: 'Taux de mise à l’emploi', en: 'Placement rate' },
};

/** One obligation: at least `target` of a figure for a Mire over the period (a share from 0 to 1 for a rate). */
export interface MireTarget {
  readonly mireId: string;
  readonly figure: TargetFigure;
  readonly target: number;
}

/** Where a figure stands against its target. */
export type TargetStatus = 'met' | 'on_track' | 'at_risk' | 'missed';
/** Labels of the target statuses. */
export const TARGET_STATUS_LABELS: Readonly<Record<TargetStatus, LocalizedText>> = {
  met: { fr: 'Atteint', en: 'Met' },
  on_track: { fr: 'En bonne voie', en: 'On track' },
  at_risk: { fr: 'Menacé', en: 'At risk' },
  missed: { fr: 'Manqué', en: 'Missed' },
};

/** Options of {@link computeTargets}. */
export interface TargetOptions extends IndicatorOptions {
  /** The day the figures are seen from, inside the period or after it (default: the period's end). */
  readonly asOf?: IsoDate;
}

/** Descriptor of {@link computeTargets}. */
export const TARGETS: IndicatorDescriptor = {
  id: 'targets',
  label: { fr: 'Objectifs et réalisations', en: 'Targets and actuals' },
  definition: {
    fr: 'Pour chaque Mire et chaque objectif : le chiffre réalisé du début de la période à la date d’observation, et sa projection linéaire à la fin de la période (personnes déjà accompagnées au début, plus entrées, premiers contrats et emplois durables au rythme observé). Atteint : réalisé ≥ objectif ; manqué : période finie sans l’atteindre ; en bonne voie ou menacé selon la projection.',
    en: 'For each Mire and target: the figure achieved from the start of the period to the observation date, and its linear projection to the end of the period (people already accompanied at the start, plus entries, first contracts and sustained jobs at the pace seen). Met: achieved ≥ target; missed: period over without it; on track or at risk by the projection.',
  },
  source: [
    'Mire obligations: activity volume and insertion rate condition 30 % of the subsidy (AGW 2024, DOMAIN.md §1.5)',
    'Passerelle default: linear projection',
  ],
  unit: 'count',
  direction: 'higher_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

interface MireTally {
  accompanied: number;
  carriedIn: number;
  placed: number;
  sustained: number;
}

function tallyByMire(data: ReportingData, period: Period, options: IndicatorOptions): Map<string, MireTally> {
  const scope = resolveScope(period, options);
  const tallies = new Map<string, MireTally>();
  const store = storeOf(data);
  const outcome = newOutcome();
  for (let p = 0; p < store.size; p += 1) {
    evaluatePerson(store, p, scope, outcome);
    if ((outcome.activity & BIT.accompanied) === 0) continue;
    const k = firstSpellIn(store, p, scope.start, scope.end);
    const mire = store.mireIds[store.accompaniments.mire[k] as number] as string;
    let tally = tallies.get(mire);
    if (tally === undefined) {
      tally = { accompanied: 0, carriedIn: 0, placed: 0, sustained: 0 };
      tallies.set(mire, tally);
    }
    tally.accompanied += 1;
    if ((outcome.activity & BIT.carriedIn) !== 0) tally.carriedIn += 1;
    if (outcome.firstContract >= 0) tally.placed += 1;
    if (outcome.sustained === SUSTAINED) tally.sustained += 1;
  }
  return tallies;
}

/**
 * Met once a count reaches its target (a rate only when the period is over, since it can still fall); missed
 * when the period is over without it; otherwise on track or at risk as the projection reaches the target or not.
 */
function statusOf(target: MireTarget, actual: number, projection: number, isOver: boolean): TargetStatus {
  if (isOver) return actual >= target.target ? 'met' : 'missed';
  if (target.figure !== 'placement_rate' && actual >= target.target) return 'met';
  return projection >= target.target ? 'on_track' : 'at_risk';
}

/**
 * Each Mire's obligations against what it achieved, with a projection to the end of the period and a status.
 *
 * @throws RangeError when `asOf` is before the period's start or a target is negative.
 */
export function computeTargets(
  data: ReportingData,
  period: Period,
  targets: readonly MireTarget[],
  options: TargetOptions = {},
): ReportTable {
  const asOf = options.asOf ?? period.end;
  if (dayOf(asOf) === undefined || asOf < period.start) {
    throw new RangeError(
      `asOf "${asOf}" must be a YYYY-MM-DD date on or after the period's start ${period.start}.`,
    );
  }
  const bad = targets.find((t) => !(t.target >= 0) || (t.figure === 'placement_rate' && t.target > 1));
  if (bad !== undefined) {
    throw new RangeError(
      `The target of ${bad.mireId} for ${bad.figure} must be 0 or more (at most 1 for a rate).`,
    );
  }
  const isOver = asOf >= period.end;
  const seen = isOver ? period : dateRange(period.start, asOf);
  const observedUntil = options.observedUntil ?? (isOver ? period.end : asOf);
  const tallies = tallyByMire(data, seen, { ...options, observedUntil });
  const elapsed = (dayOf(seen.end) as number) - (dayOf(seen.start) as number) + 1;
  const total = (dayOf(period.end) as number) - (dayOf(period.start) as number) + 1;
  const scale = total / elapsed;
  const rows: TableRow[] = targets.map((target) => {
    const t = tallies.get(target.mireId) ?? { accompanied: 0, carriedIn: 0, placed: 0, sustained: 0 };
    const projectedAccompanied = t.carriedIn + (t.accompanied - t.carriedIn) * scale;
    const figures: Record<TargetFigure, [number | null, number | null]> = {
      accompanied: [t.accompanied, projectedAccompanied],
      placed: [t.placed, t.placed * scale],
      sustained: [t.sustained, t.sustained * scale],
      placement_rate: [rate(t.placed, t.accompanied), rate(t.placed * scale, projectedAccompanied)],
    };
    const [actual, projection] = figures[target.figure];
    const status = statusOf(target, actual ?? 0, projection ?? 0, isOver);
    return {
      mire: target.mireId,
      figure: FIGURE_LABELS[target.figure],
      target: target.target,
      actual,
      projection,
      status: TARGET_STATUS_LABELS[status],
      statusCode: status,
      figureCode: target.figure,
      // The figures of one row share a unit: a count of people, or a rate from 0 to 1.
      unit: target.figure === 'placement_rate' ? 'rate' : 'count',
    };
  });
  return {
    id: TARGETS.id,
    title: TARGETS.label,
    period,
    columns: [
      { key: 'mire', label: { fr: 'Mire', en: 'Mire' }, unit: 'text' },
      { key: 'figure', label: { fr: 'Objectif', en: 'Target' }, unit: 'text' },
      { key: 'target', label: { fr: 'Cible', en: 'Target value' }, unit: 'number' },
      { key: 'actual', label: { fr: 'Réalisé', en: 'Actual' }, unit: 'number' },
      {
        key: 'projection',
        label: { fr: 'Projection fin de période', en: 'Projected at end' },
        unit: 'number',
      },
      { key: 'status', label: { fr: 'Statut', en: 'Status' }, unit: 'text' },
      { key: 'statusCode', label: { fr: 'Code statut', en: 'Status code' }, unit: 'text' },
      { key: 'figureCode', label: { fr: 'Code objectif', en: 'Target code' }, unit: 'text' },
      {
        key: 'unit',
        label: {
          fr: 'Unité (count : personnes, rate : taux de 0 à 1)',
          en: 'Unit (count: people, rate: 0 to 1)',
        },
        unit: 'text',
      },
    ],
    rows,
    notes: [
      TARGETS.definition,
      {
        fr: `Réalisé du ${seen.start} au ${seen.end} (${elapsed} jours sur ${total}).`,
        en: `Achieved from ${seen.start} to ${seen.end} (${elapsed} of ${total} days).`,
      },
      sustainedRuleNote(resolveScope(seen, { ...options, observedUntil }).sustained),
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
  };
}
