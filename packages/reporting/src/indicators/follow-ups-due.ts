import type { IsoDate, LocalizedText } from '@passerelle/core';
import { lastEntryBy } from '../cohorts/activity.js';
import { firstContractIn } from '../cohorts/first-contract.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { dayOf, isoOfDay } from '../internal/days.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { IndicatorDescriptor } from './descriptor.js';

/** A follow-up contact due a number of days after the first contract's start. */
export interface FollowUpMilestone {
  readonly id: string;
  readonly label: LocalizedText;
  /** Days after the first contract's start. */
  readonly days: number;
}

/** The default schedule: one week, one month, three months and six months after the first contract. */
export const DEFAULT_FOLLOW_UP_SCHEDULE: readonly FollowUpMilestone[] = Object.freeze([
  { id: 'week_1', label: { fr: 'Après une semaine', en: 'After one week' }, days: 7 },
  { id: 'month_1', label: { fr: 'Après un mois', en: 'After one month' }, days: 30 },
  { id: 'month_3', label: { fr: 'Après trois mois', en: 'After three months' }, days: 91 },
  { id: 'month_6', label: { fr: 'Après six mois', en: 'After six months' }, days: 182 },
]);

/** Options of {@link computeFollowUpsDue}. */
export interface FollowUpsDueOptions extends IndicatorOptions {
  /** The counsellor's today (default: the period's end). */
  readonly asOf?: IsoDate;
  /** Milestones in increasing order of days (default {@link DEFAULT_FOLLOW_UP_SCHEDULE}). */
  readonly schedule?: readonly FollowUpMilestone[];
  /** A contact this many days before a milestone still counts for it; and the grace after it (default 3). */
  readonly toleranceDays?: number;
  /** Milestones due within this many days after `asOf` are listed as due soon (default 14). */
  readonly lookAheadDays?: number;
}

/** Where a milestone stands on `asOf`. */
export type FollowUpStatus = 'done' | 'overdue' | 'due_soon' | 'upcoming';

const STATUS_LABELS: Readonly<Record<FollowUpStatus, LocalizedText>> = {
  done: { fr: 'Fait', en: 'Done' },
  overdue: { fr: 'En retard', en: 'Overdue' },
  due_soon: { fr: 'À faire bientôt', en: 'Due soon' },
  upcoming: { fr: 'Plus tard', en: 'Upcoming' },
};

/** Descriptor of {@link computeFollowUpsDue}. */
export const FOLLOW_UPS_DUE: IndicatorDescriptor = {
  id: 'follow_ups_due',
  label: { fr: 'Suivis dans l’emploi à faire', en: 'Follow-up contacts due' },
  definition: {
    fr: 'Pour chaque personne dont le premier contrat commence dans la période : les contacts de suivi prévus (par défaut une semaine, un mois, trois mois et six mois après le début du contrat). Un contact compte pour une étape s’il a lieu au plus tôt quelques jours avant elle et avant la fenêtre de l’étape suivante. La liste montre les étapes en retard et celles à faire bientôt.',
    en: 'For each person whose first contract starts in the period: the follow-up contacts planned (by default one week, one month, three months and six months after the contract starts). A contact counts for a milestone when it takes place at the earliest a few days before it and before the next milestone’s window. The list shows the milestones overdue and those due soon.',
  },
  source: [
    'Mire decree 2004, art. 2: accompaniment in work for integration and stability (DOMAIN.md §1.1)',
    'Passerelle default schedule: 1 week, 1 month, 3 months, 6 months',
  ],
  unit: 'count',
  direction: 'lower_is_better',
  inputs: ['candidates', 'accompaniments', 'contracts'],
};

function checkOptions(schedule: readonly FollowUpMilestone[], tolerance: number, lookAhead: number): void {
  const isOrdered = schedule.every(
    (m, i) =>
      Number.isInteger(m.days) &&
      m.days >= 0 &&
      (i === 0 || m.days > (schedule[i - 1] as FollowUpMilestone).days),
  );
  if (!isOrdered) throw new RangeError('schedule: give milestones with whole, increasing numbers of days.');
  if (!Number.isInteger(tolerance) || tolerance < 0)
    throw new RangeError('toleranceDays must be a whole number, 0 or more.');
  if (!Number.isInteger(lookAhead) || lookAhead < 0)
    throw new RangeError('lookAheadDays must be a whole number, 0 or more.');
}

/**
 * Where milestone `i` of person `p` stands: done when a contact falls in its window (from `tolerance` days
 * before it to the next milestone's window, and not after `asOf`), else by its due day against `asOf`.
 */
function milestoneStatus(
  store: ReportingStore,
  p: number,
  start: number,
  i: number,
  asOf: number,
  schedule: readonly FollowUpMilestone[],
  tolerance: number,
  lookAhead: number,
): FollowUpStatus {
  const due = start + (schedule[i] as FollowUpMilestone).days;
  const next = schedule[i + 1];
  const windowEnd = next === undefined ? Number.POSITIVE_INFINITY : start + next.days - tolerance;
  const { offsets, day } = store.followUps;
  for (let f = offsets[p] as number; f < (offsets[p + 1] as number); f += 1) {
    const on = day[f] as number;
    if (on >= due - tolerance && on < windowEnd && on <= asOf) return 'done';
  }
  return due + tolerance < asOf ? 'overdue' : due <= asOf + lookAhead ? 'due_soon' : 'upcoming';
}

/**
 * A list a counsellor can work from: for the people whose first contract starts in the period, the follow-up
 * contacts overdue or due soon on `asOf`, earliest first. The notes count every milestone by status.
 */
export function computeFollowUpsDue(
  data: ReportingData,
  period: Period,
  options: FollowUpsDueOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const asOf = options.asOf === undefined ? scope.end : dayOf(options.asOf);
  if (asOf === undefined) throw new RangeError(`asOf "${options.asOf}" is not a YYYY-MM-DD date.`);
  const schedule = options.schedule ?? DEFAULT_FOLLOW_UP_SCHEDULE;
  const tolerance = options.toleranceDays ?? 3;
  const lookAhead = options.lookAheadDays ?? 14;
  checkOptions(schedule, tolerance, lookAhead);
  const counts: Record<FollowUpStatus, number> = { done: 0, overdue: 0, due_soon: 0, upcoming: 0 };
  const listed: { due: number; row: TableRow }[] = [];
  const store = storeOf(data);
  const contracts = store.contracts;
  const acc = store.accompaniments;
  for (let p = 0; p < store.size; p += 1) {
    const position = firstContractIn(store, p, scope.start, scope.end, scope.firstContractMask);
    if (position < 0) continue;
    const start = contracts.start[position] as number;
    if (start > asOf) continue;
    const record = contracts.records[contracts.source[position] as number] as { id: string; start: string };
    const spell = lastEntryBy(store, p, start);
    for (let i = 0; i < schedule.length; i += 1) {
      const status = milestoneStatus(store, p, start, i, asOf, schedule, tolerance, lookAhead);
      counts[status] += 1;
      if (status !== 'overdue' && status !== 'due_soon') continue;
      const milestone = schedule[i] as FollowUpMilestone;
      const due = start + milestone.days;
      listed.push({
        due,
        row: {
          candidateId: (store.candidates[p] as { candidate: { id: string } }).candidate.id,
          mire: spell < 0 ? null : (store.mireIds[acc.mire[spell] as number] as string),
          contractId: record.id,
          contractStart: record.start,
          milestone: milestone.label,
          dueDate: isoOfDay(due),
          status: STATUS_LABELS[status],
          statusCode: status,
        },
      });
    }
  }
  listed.sort((a, b) => a.due - b.due || String(a.row.candidateId).localeCompare(String(b.row.candidateId)));
  return {
    id: FOLLOW_UPS_DUE.id,
    title: FOLLOW_UPS_DUE.label,
    period,
    columns: [
      { key: 'candidateId', label: { fr: 'Personne', en: 'Person' }, unit: 'text' },
      { key: 'mire', label: { fr: 'Mire', en: 'Mire' }, unit: 'text' },
      { key: 'contractId', label: { fr: 'Contrat', en: 'Contract' }, unit: 'text' },
      { key: 'contractStart', label: { fr: 'Début du contrat', en: 'Contract start' }, unit: 'date' },
      { key: 'milestone', label: { fr: 'Étape', en: 'Milestone' }, unit: 'text' },
      { key: 'dueDate', label: { fr: 'Échéance', en: 'Due date' }, unit: 'date' },
      { key: 'status', label: { fr: 'Statut', en: 'Status' }, unit: 'text' },
      { key: 'statusCode', label: { fr: 'Code statut', en: 'Status code' }, unit: 'text' },
    ],
    rows: listed.map((item) => item.row),
    notes: [
      FOLLOW_UPS_DUE.definition,
      {
        fr: `Au ${isoOfDay(asOf)} : ${counts.done} fait(s), ${counts.overdue} en retard, ${counts.due_soon} à faire dans les ${lookAhead} jours, ${counts.upcoming} plus tard.`,
        en: `On ${isoOfDay(asOf)}: ${counts.done} done, ${counts.overdue} overdue, ${counts.due_soon} due within ${lookAhead} days, ${counts.upcoming} later.`,
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
  };
}
