import { createIssue } from '@passerelle/core';
import type { Accompaniment, CandidateRecord, Contract, Issue, IssueCode, PathKey } from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { ExclusionReason } from './exclusion-reasons.js';
import type { AccompanimentSpell, ContractSpell, PersonRecords, ReportingData } from './reporting-data.js';

/** The records an indicator reads. Records may come from anywhere: each is checked again here. */
export interface ReportingInput {
  /** Candidates with their protected attributes (used for breakdowns only). */
  readonly candidates: readonly CandidateRecord[];
  /** Accompaniments. */
  readonly accompaniments: readonly Accompaniment[];
  /** Contracts (employment spells). */
  readonly contracts: readonly Contract[];
}

type Kind = 'candidate' | 'accompaniment' | 'contract';
const SOURCES: Readonly<Record<Kind, string>> = {
  candidate: 'candidates',
  accompaniment: 'accompaniments',
  contract: 'contracts',
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

function checkDates(
  start: string,
  end: string | null,
  names: readonly [string, string],
  reversed: ExclusionReason,
): Problem | { start: number; end: number | null } {
  const first = dayOf(start);
  if (first === undefined)
    return { code: 'invalid_date', reason: 'invalid_date', field: names[0], value: start };
  if (end === null) return { start: first, end: null };
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
  return { start: first, end: last };
}

const isProblem = (value: object): value is Problem => 'reason' in value;

interface Builder {
  readonly record: CandidateRecord;
  readonly accompaniments: AccompanimentSpell[];
  readonly contracts: ContractSpell[];
}

/**
 * Checks the records and groups them by person, ready for the indicators. A record is left out, with an
 * issue naming it (source, index, `params.id`, `params.reason`), when: a date does not exist; a contract
 * ends before it starts or an accompaniment exits before its entry; it names an unknown person; its id was
 * already used; or accompaniments of one person overlap (all of the overlapping ones are left out, since
 * which one is right cannot be told). Nothing is dropped silently: every table shows the count.
 */
export function prepareReportingData(input: ReportingInput): ReportingData {
  const issues: Issue[] = [];
  const people = new Map<string, Builder>();
  input.candidates.forEach((record, index) => {
    const id = record.candidate.id;
    if (people.has(id)) {
      issues.push(issueOf('candidate', index, id, duplicate('id', id)));
      return;
    }
    people.set(id, { record, accompaniments: [], contracts: [] });
  });
  collect(input.accompaniments, 'accompaniment', people, issues, (record) =>
    checkDates(
      record.entryDate,
      record.exitDate,
      ['entryDate', 'exitDate'],
      'accompaniment_exits_before_entry',
    ),
  ).forEach(({ person, record, days }) =>
    person.accompaniments.push({ record, entry: days.start, exit: days.end }),
  );
  collect(input.contracts, 'contract', people, issues, (record) =>
    checkDates(record.start, record.end, ['start', 'end'], 'contract_ends_before_start'),
  ).forEach(({ person, record, days }) =>
    person.contracts.push({ record, start: days.start, end: days.end }),
  );

  const accompanimentIndex = new Map<Accompaniment, number>();
  input.accompaniments.forEach((record, index) => accompanimentIndex.set(record, index));
  const result: PersonRecords[] = [];
  for (const [id, builder] of people) {
    builder.accompaniments.sort((a, b) => a.entry - b.entry);
    builder.contracts.sort((a, b) => a.start - b.start);
    const accompaniments = dropOverlaps(builder.accompaniments, (spell, other) =>
      issues.push(
        issueOf(
          'accompaniment',
          accompanimentIndex.get(spell.record) ?? -1,
          spell.record.id,
          overlap(spell, other),
        ),
      ),
    );
    const attributes = builder.record.protectedAttributes;
    result.push({
      id,
      candidate: builder.record.candidate,
      ...(attributes !== undefined ? { attributes } : {}),
      accompaniments,
      contracts: builder.contracts,
    });
  }
  return { people: result, excluded: { count: issues.length, issues } };
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

function collect<R extends { id: string; candidateId: string }>(
  records: readonly R[],
  kind: Kind,
  people: ReadonlyMap<string, Builder>,
  issues: Issue[],
  check: (record: R) => Problem | { start: number; end: number | null },
): { person: Builder; record: R; days: { start: number; end: number | null } }[] {
  const seen = new Set<string>();
  const kept: { person: Builder; record: R; days: { start: number; end: number | null } }[] = [];
  records.forEach((record, index) => {
    const person = people.get(record.candidateId);
    const days = check(record);
    let problem: Problem | undefined;
    if (seen.has(record.id)) problem = duplicate('id', record.id);
    else if (person === undefined) {
      problem = {
        code: 'unknown_reference',
        reason: 'unknown_person',
        field: 'candidateId',
        value: record.candidateId,
        params: { kind: 'candidate' },
      };
    } else if (isProblem(days)) problem = days;
    seen.add(record.id);
    if (problem !== undefined) issues.push(issueOf(kind, index, record.id, problem));
    else
      kept.push({ person: person as Builder, record, days: days as { start: number; end: number | null } });
  });
  return kept;
}

/**
 * Keeps the accompaniments that overlap no other one of the same person (sorted by entry) and reports each
 * overlapping one, with the one it overlaps.
 */
function dropOverlaps(
  spells: readonly AccompanimentSpell[],
  report: (spell: AccompanimentSpell, other: AccompanimentSpell) => void,
): AccompanimentSpell[] {
  if (spells.length < 2) return [...spells];
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
