import { createIssue } from '@passerelle/core';
import type {
  Accompaniment,
  CandidateRecord,
  Contract,
  FollowUp,
  Issue,
  IssueCode,
  PathKey,
} from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { ExclusionReason } from './exclusion-reasons.js';
import type {
  AccompanimentSpell,
  ContractSpell,
  FollowUpContact,
  PersonRecords,
  ReportingData,
} from './reporting-data.js';

/** The records an indicator reads. Records may come from anywhere: each is checked again here. */
export interface ReportingInput {
  /** Candidates with their protected attributes (used for breakdowns only). */
  readonly candidates: readonly CandidateRecord[];
  /** Accompaniments. */
  readonly accompaniments: readonly Accompaniment[];
  /** Contracts (employment spells). */
  readonly contracts: readonly Contract[];
  /** Follow-up contacts after a hire (needed by the follow-up due list only). */
  readonly followUps?: readonly FollowUp[];
}

type Kind = 'candidate' | 'accompaniment' | 'contract' | 'followUp';
const SOURCES: Readonly<Record<Kind, string>> = {
  candidate: 'candidates',
  accompaniment: 'accompaniments',
  contract: 'contracts',
  followUp: 'followUps',
};

interface Problem {
  readonly code: IssueCode;
  readonly reason: ExclusionReason;
  readonly field: string;
  readonly value: unknown;
  readonly params?: Readonly<Record<string, string>>;
}

function issueOf(kind: Kind, index: number, id: string, problem: Problem): Issue {
  const path: PathKey[] = [problem.field];
  return createIssue(problem.code, {
    source: SOURCES[kind],
    index,
    path,
    value: problem.value,
    params: { ...problem.params, kind, id, reason: problem.reason },
  });
}

/** The day numbers of a record's two dates, or the problem with them; `days` receives the numbers. */
function checkDates(
  start: string,
  end: string | null,
  names: readonly [string, string],
  reversed: ExclusionReason,
  days: { start: number; end: number | null },
): Problem | undefined {
  const first = dayOf(start);
  if (first === undefined)
    return { code: 'invalid_date', reason: 'invalid_date', field: names[0], value: start };
  days.start = first;
  days.end = null;
  if (end === null) return undefined;
  const last = dayOf(end);
  if (last === undefined)
    return { code: 'invalid_date', reason: 'invalid_date', field: names[1], value: end };
  if (last < first) {
    return {
      code: 'date_order',
      reason: reversed,
      field: names[1],
      value: end,
      params: { earlier: names[0], later: names[1] },
    };
  }
  days.end = last;
  return undefined;
}

interface Builder {
  readonly record: CandidateRecord;
  readonly accompaniments: AccompanimentSpell[];
  readonly contracts: ContractSpell[];
  readonly followUps: FollowUpContact[];
}

const ACCOMPANIMENT_DATES = ['entryDate', 'exitDate'] as const;
const CONTRACT_DATES = ['start', 'end'] as const;
const FOLLOW_UP_DATES = ['date', 'date'] as const;

/**
 * Checks the records and groups them by person, ready for the indicators. A record is left out, with an
 * issue naming it (source, index, `params.id`, `params.reason`), when: a date does not exist; a contract
 * ends before it starts or an accompaniment exits before its entry; it names an unknown person; its id was
 * already used (for the same person: candidates, accompaniments or contracts given twice); or accompaniments
 * of one person overlap (all of the overlapping ones are left out, since which one is right cannot be told).
 * Follow-up contacts are checked for their date and person. Nothing is dropped silently: every table shows
 * the count.
 */
export function prepareReportingData(input: ReportingInput): ReportingData {
  const issues: Issue[] = [];
  const people = new Map<string, Builder>();
  const { candidates, accompaniments, contracts } = input;
  for (let index = 0; index < candidates.length; index += 1) {
    const record = candidates[index] as CandidateRecord;
    const id = record.candidate.id;
    if (people.has(id)) issues.push(issueOf('candidate', index, id, duplicate('id', id)));
    else people.set(id, { record, accompaniments: [], contracts: [], followUps: [] });
  }
  const days = { start: 0, end: null as number | null };
  for (let index = 0; index < accompaniments.length; index += 1) {
    const record = accompaniments[index] as Accompaniment;
    const problem =
      checkReference(record, people) ??
      checkDates(
        record.entryDate,
        record.exitDate,
        ACCOMPANIMENT_DATES,
        'accompaniment_exits_before_entry',
        days,
      );
    if (problem !== undefined) issues.push(issueOf('accompaniment', index, record.id, problem));
    else
      (people.get(record.candidateId) as Builder).accompaniments.push({
        record,
        index,
        entry: days.start,
        exit: days.end,
      });
  }
  for (let index = 0; index < contracts.length; index += 1) {
    const record = contracts[index] as Contract;
    const problem =
      checkReference(record, people) ??
      checkDates(record.start, record.end, CONTRACT_DATES, 'contract_ends_before_start', days);
    if (problem !== undefined) issues.push(issueOf('contract', index, record.id, problem));
    else {
      (people.get(record.candidateId) as Builder).contracts.push({
        record,
        index,
        start: days.start,
        end: days.end,
      });
    }
  }
  const followUps = input.followUps ?? [];
  for (let index = 0; index < followUps.length; index += 1) {
    const record = followUps[index] as FollowUp;
    const problem =
      checkReference(record, people) ?? checkDates(record.date, null, FOLLOW_UP_DATES, 'invalid_date', days);
    if (problem !== undefined) issues.push(issueOf('followUp', index, record.id, problem));
    else (people.get(record.candidateId) as Builder).followUps.push({ record, index, day: days.start });
  }
  const result: PersonRecords[] = [];
  const report = (spell: AccompanimentSpell, other: AccompanimentSpell): void => {
    issues.push(issueOf('accompaniment', spell.index, spell.record.id, overlap(spell, other)));
  };
  const reportDuplicate = (kind: Kind) => (spell: { record: { id: string }; index: number }) =>
    issues.push(issueOf(kind, spell.index, spell.record.id, duplicate('id', spell.record.id)));
  for (const [id, builder] of people) {
    if (builder.accompaniments.length > 1) builder.accompaniments.sort((a, b) => a.entry - b.entry);
    if (builder.contracts.length > 1) builder.contracts.sort((a, b) => a.start - b.start);
    const accompaniments = dropOverlaps(
      dropDuplicates(builder.accompaniments, reportDuplicate('accompaniment')),
      report,
    );
    const contracts = dropDuplicates(builder.contracts, reportDuplicate('contract'));
    if (builder.followUps.length > 1) builder.followUps.sort((a, b) => a.day - b.day);
    const { candidate, protectedAttributes: attributes } = builder.record;
    const base = { id, candidate, accompaniments, contracts, followUps: builder.followUps };
    result.push(attributes === undefined ? base : { ...base, attributes });
  }
  return { people: result, excluded: { count: issues.length, issues } };
}

/** An unknown person. */
function checkReference(
  record: { id: string; candidateId: string },
  people: ReadonlyMap<string, Builder>,
): Problem | undefined {
  if (people.has(record.candidateId)) return undefined;
  return {
    code: 'unknown_reference',
    reason: 'unknown_person',
    field: 'candidateId',
    value: record.candidateId,
    params: { kind: 'candidate' },
  };
}

// A person has a handful of records: comparing pairs beats building a set.
function hasDuplicateId(spells: readonly { record: { id: string } }[]): boolean {
  if (spells.length > 32) return new Set(spells.map((spell) => spell.record.id)).size < spells.length;
  for (let i = 1; i < spells.length; i += 1) {
    const id = (spells[i] as { record: { id: string } }).record.id;
    for (let j = 0; j < i; j += 1)
      if ((spells[j] as { record: { id: string } }).record.id === id) return true;
  }
  return false;
}

/**
 * Keeps the first (by input position) of records of one person that share an id, and reports the others. Ids
 * are checked per person: a record given twice lands on the same person, and this keeps the check linear.
 */
function dropDuplicates<S extends { record: { id: string }; index: number }>(
  spells: S[],
  report: (spell: S) => void,
): S[] {
  if (spells.length < 2 || !hasDuplicateId(spells)) return spells;
  const first = new Map<string, S>();
  for (const spell of spells) {
    const seen = first.get(spell.record.id);
    if (seen === undefined || spell.index < seen.index) first.set(spell.record.id, spell);
  }
  return spells.filter((spell) => {
    const isKept = first.get(spell.record.id) === spell;
    if (!isKept) report(spell);
    return isKept;
  });
}

// The earlier of two overlapping accompaniments exits after the later one's entry (or never exits). The
// date_order message reads "date <later> is before date <earlier>".
function overlap(spell: AccompanimentSpell, other: AccompanimentSpell): Problem {
  const isEarlier = spell.entry <= other.entry;
  return {
    code: 'date_order',
    reason: 'overlapping_accompaniments',
    field: isEarlier ? 'exitDate' : 'entryDate',
    value: isEarlier ? spell.record.exitDate : spell.record.entryDate,
    params: isEarlier
      ? { earlier: 'exitDate', later: `entryDate (${other.record.id})`, other: other.record.id }
      : { earlier: `exitDate (${other.record.id})`, later: 'entryDate', other: other.record.id },
  };
}

const duplicate = (field: string, id: string): Problem => ({
  code: 'duplicate_id',
  reason: 'duplicate_id',
  field,
  value: id,
});

// Sorted by entry, spells overlap when one starts on or before the latest exit seen so far.
function hasOverlap(spells: readonly AccompanimentSpell[]): boolean {
  let reach = Number.NEGATIVE_INFINITY;
  for (const spell of spells) {
    if (spell.entry <= reach) return true;
    reach = Math.max(reach, spell.exit ?? Number.POSITIVE_INFINITY);
  }
  return false;
}

/**
 * Keeps the accompaniments that overlap no other one of the same person (sorted by entry) and reports each
 * overlapping one, with the one it overlaps.
 */
function dropOverlaps(
  spells: readonly AccompanimentSpell[],
  report: (spell: AccompanimentSpell, other: AccompanimentSpell) => void,
): AccompanimentSpell[] {
  if (spells.length < 2 || !hasOverlap(spells)) return spells as AccompanimentSpell[];
  const overlapsWith = new Map<AccompanimentSpell, AccompanimentSpell>();
  let reach: AccompanimentSpell | undefined;
  for (const spell of spells) {
    if (reach !== undefined && (reach.exit === null || spell.entry <= reach.exit)) {
      if (!overlapsWith.has(reach)) overlapsWith.set(reach, spell);
      overlapsWith.set(spell, reach);
    }
    if (reach === undefined || (reach.exit !== null && (spell.exit === null || spell.exit > reach.exit))) {
      reach = spell;
    }
  }
  for (const [spell, other] of overlapsWith) report(spell, other);
  return spells.filter((spell) => !overlapsWith.has(spell));
}
