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
import { IdIndex, hashOf } from '../internal/id-index.js';
import type { ExclusionReason } from './exclusion-reasons.js';
import type { EmployerPresentation, PersonRecords, ReportingData } from './reporting-data.js';
import {
  CONTRACT_TYPE_CODE,
  OPEN,
  UNKNOWN_CODE,
  attachStore,
  codeOf,
  personColumns,
  personRecords,
  programmeCode,
  statusCode,
  writePerson,
} from './store.js';
import type { ReportingStore } from './store.js';

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
  /**
   * Presentations to employers, for the funnel's "presented to an employer" stage. Leave out when the records
   * do not hold them: the stage then shows as not available (an empty list means "none took place").
   */
  readonly presentations?: readonly EmployerPresentation[];
}

type Kind = 'candidate' | 'accompaniment' | 'contract' | 'followUp' | 'presentation';
const SOURCES: Readonly<Record<Kind, string>> = {
  candidate: 'candidates',
  accompaniment: 'accompaniments',
  contract: 'contracts',
  followUp: 'followUps',
  presentation: 'presentations',
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

const invalidDate = (field: string, value: unknown): Problem => ({
  code: 'invalid_date',
  reason: 'invalid_date',
  field,
  value,
});

const unknownPerson = (value: unknown): Problem => ({
  code: 'unknown_reference',
  reason: 'unknown_person',
  field: 'candidateId',
  value,
  params: { kind: 'candidate' },
});

const duplicate = (id: string): Problem => ({
  code: 'duplicate_id',
  reason: 'duplicate_id',
  field: 'id',
  value: id,
});

/**
 * The first pass over one list: each valid record's person and days (in input order), each invalid one
 * reported. `check` returns the problem of a record, or writes its days to `first`/`second` and returns
 * `undefined`.
 */
interface Pass {
  /** Person of each record, −1 when left out. */
  readonly personOf: Int32Array;
  readonly first: Int32Array;
  readonly second: Int32Array;
  /** Records kept per person. */
  readonly counts: Int32Array;
}

// Working arrays are reused from one call to the next: fresh typed arrays of a million entries each would
// make the engine collect the whole heap (the caller's records included) on every call. Only the columns
// kept are new. Calls cannot interleave: the function is synchronous.
const scratch: Int32Array[] = [];

/** Working array number `slot` of at least `length` entries (a view of exactly `length`); zeroed if asked. */
function working(slot: number, length: number, zeroed: boolean): Int32Array {
  let buffer = scratch[slot];
  if (buffer === undefined || buffer.length < length) {
    buffer = new Int32Array(Math.max(length, 1024));
    scratch[slot] = buffer;
  }
  const view = buffer.subarray(0, length);
  if (zeroed) view.fill(0);
  return view;
}

/** Working arrays for one list; `slot` numbers its 4 arrays. */
function newPass(slot: number, length: number, people: number): Pass {
  return {
    personOf: working(slot, length, false),
    first: working(slot + 1, length, false),
    second: working(slot + 2, length, false),
    counts: working(slot + 3, people + 1, true),
  };
}

const NEXT_SLOT = 16;

/**
 * Groups the kept records by person, sorted by `first` then input position: compressed rows (`offsets`,
 * `order` = input positions). A counting sort by person, then an insertion sort inside each person's few
 * records (a sort call for the rare person with many).
 */
function group(pass: Pass, size: number): { offsets: Int32Array; order: Int32Array } {
  const offsets = new Int32Array(size + 1);
  for (let p = 0; p < size; p += 1) offsets[p + 1] = (offsets[p] as number) + (pass.counts[p] as number);
  const order = new Int32Array(offsets[size] as number);
  const next = working(NEXT_SLOT, size, false);
  next.set(offsets.subarray(0, size));
  const { personOf, first } = pass;
  for (let i = 0; i < personOf.length; i += 1) {
    const p = personOf[i] as number;
    if (p < 0) continue;
    order[next[p] as number] = i;
    next[p] = (next[p] as number) + 1;
  }
  for (let p = 0; p < size; p += 1) {
    const lo = offsets[p] as number;
    const hi = offsets[p + 1] as number;
    if (hi - lo < 2) continue;
    if (hi - lo > 32) {
      const sorted = Array.from(order.subarray(lo, hi)).sort(
        (a, b) => (first[a] as number) - (first[b] as number) || a - b,
      );
      order.set(sorted, lo);
      continue;
    }
    for (let k = lo + 1; k < hi; k += 1) {
      const item = order[k] as number;
      const key = first[item] as number;
      let j = k - 1;
      while (j >= lo && (first[order[j] as number] as number) > key) {
        order[j + 1] = order[j] as number;
        j -= 1;
      }
      order[j + 1] = item;
    }
  }
  return { offsets, order };
}

/**
 * Marks in `drop` the records of one person (positions `lo`–`hi` of `order`) that repeat the id of a record
 * given earlier in the input, and reports them. A person has a handful of records: comparing pairs beats a set;
 * the ids' hashes (`hashes`, by input position) are compared first, the ids only when they match.
 */
function dropDuplicateIds(
  records: readonly { id: string }[],
  hashes: Int32Array,
  order: Int32Array,
  lo: number,
  hi: number,
  drop: Uint8Array,
  report: (position: number) => void,
): void {
  if (hi - lo < 2) return;
  for (let k = lo; k < hi; k += 1) {
    const index = order[k] as number;
    const hash = hashes[index] as number;
    for (let j = lo; j < hi; j += 1) {
      const other = order[j] as number;
      if (
        other < index &&
        hashes[other] === hash &&
        (records[other] as { id: string }).id === (records[index] as { id: string }).id
      ) {
        drop[k] = 1;
        report(k);
        break;
      }
    }
  }
}

/** Keeps the positions not dropped: new offsets and order. */
function compact(
  offsets: Int32Array,
  order: Int32Array,
  drop: Uint8Array,
  dropped: number,
): { offsets: Int32Array; order: Int32Array } {
  if (dropped === 0) return { offsets, order };
  const size = offsets.length - 1;
  const kept = new Int32Array(order.length - dropped);
  const newOffsets = new Int32Array(size + 1);
  let at = 0;
  for (let p = 0; p < size; p += 1) {
    for (let k = offsets[p] as number; k < (offsets[p + 1] as number); k += 1) {
      if (drop[k] === 0) kept[at++] = order[k] as number;
    }
    newOffsets[p + 1] = at;
  }
  return { offsets: newOffsets, order: kept };
}

/** `out[k] = values[order[k]]`: a column in the kept order. */
function gather<T extends Int32Array | Uint8Array | Uint16Array>(
  values: ArrayLike<number>,
  order: Int32Array,
  out: T,
): T {
  for (let k = 0; k < order.length; k += 1) out[k] = values[order[k] as number] as number;
  return out;
}

/**
 * Checks the records and groups them by person, ready for the indicators. A record is left out, with an
 * issue naming it (source, index, `params.id`, `params.reason`), when: a date does not exist; a contract
 * ends before it starts or an accompaniment exits before its entry; it names an unknown person; its id was
 * already used (for the same person: candidates, accompaniments or contracts given twice); a contract's type
 * is not a known code; or accompaniments of one person overlap (all of the overlapping ones are left out,
 * since which one is right cannot be told). Follow-up contacts and presentations are checked for their date
 * and person, and presentations name an employer or an offer. Nothing is dropped silently: every table shows
 * the count.
 */
export function prepareReportingData(input: ReportingInput): ReportingData {
  const issues: Issue[] = [];
  const { candidates, accompaniments, contracts } = input;

  // People: the first record of each id.
  const personIndex = new IdIndex(candidates.length);
  const kept: CandidateRecord[] = [];
  for (let index = 0; index < candidates.length; index += 1) {
    const record = candidates[index] as CandidateRecord;
    const id = record.candidate.id;
    if (personIndex.get(id) >= 0) issues.push(issueOf('candidate', index, id, duplicate(id)));
    else {
      kept.push(record);
      personIndex.add(id);
    }
  }
  const size = kept.length;
  const people = personColumns(size);
  for (let p = 0; p < size; p += 1) writePerson(people, p, kept[p] as CandidateRecord);

  // Accompaniments: person, days, Mire, programme and status at entry.
  const acc = newPass(0, accompaniments.length, size);
  const mireOf = working(17, accompaniments.length, false);
  const accHash = working(21, accompaniments.length, false);
  const programmeOf = working(23, accompaniments.length, false);
  const statusOf = working(24, accompaniments.length, false);
  const mireIds: string[] = [];
  const mireCode = new Map<string, number>();
  let lastCandidate = '';
  let lastPerson = -1;
  const personOf = (candidateId: string): number => {
    // Exports list a person's records together, often in the order of the people: the same person as the
    // record before, or the next one, needs no lookup.
    if (candidateId === lastCandidate) return lastPerson;
    lastCandidate = candidateId;
    const next = kept[lastPerson + 1];
    if (next !== undefined && next.candidate.id === candidateId) lastPerson += 1;
    else lastPerson = typeof candidateId === 'string' ? personIndex.get(candidateId) : -1;
    return lastPerson;
  };
  for (let index = 0; index < accompaniments.length; index += 1) {
    const record = accompaniments[index] as Accompaniment;
    const p = personOf(record.candidateId);
    const problem =
      p < 0
        ? unknownPerson(record.candidateId)
        : checkSpell(
            acc,
            index,
            record.entryDate,
            record.exitDate,
            'entryDate',
            'exitDate',
            'accompaniment_exits_before_entry',
          );
    if (problem !== undefined) {
      acc.personOf[index] = -1;
      issues.push(issueOf('accompaniment', index, record.id, problem));
      continue;
    }
    acc.personOf[index] = p;
    acc.counts[p] = (acc.counts[p] as number) + 1;
    let mire = mireCode.get(record.mireId);
    if (mire === undefined) {
      mire = mireIds.push(record.mireId) - 1;
      mireCode.set(record.mireId, mire);
    }
    mireOf[index] = mire;
    accHash[index] = hashOf(record.id);
    programmeOf[index] = programmeCode(record.programme);
    statusOf[index] = statusCode(record.statusAtEntry);
  }

  // Contracts: person, days, type and hours.
  const con = newPass(4, contracts.length, size);
  const typeOf = working(18, contracts.length, false);
  const conHash = working(22, contracts.length, false);
  for (let index = 0; index < contracts.length; index += 1) {
    const record = contracts[index] as Contract;
    const p = personOf(record.candidateId);
    const type = codeOf(CONTRACT_TYPE_CODE, record.type);
    const problem =
      p < 0
        ? unknownPerson(record.candidateId)
        : type === UNKNOWN_CODE
          ? ({
              code: 'invalid_value',
              reason: 'unknown_contract_type',
              field: 'type',
              value: record.type,
            } as const)
          : checkSpell(con, index, record.start, record.end, 'start', 'end', 'contract_ends_before_start');
    if (problem !== undefined) {
      con.personOf[index] = -1;
      issues.push(issueOf('contract', index, record.id, problem));
      continue;
    }
    con.personOf[index] = p;
    con.counts[p] = (con.counts[p] as number) + 1;
    typeOf[index] = type;
    conHash[index] = hashOf(record.id);
  }

  // Follow-ups and presentations: a person and a day.
  const followUps = input.followUps ?? [];
  const fu = newPass(8, followUps.length, size);
  for (let index = 0; index < followUps.length; index += 1) {
    const record = followUps[index] as FollowUp;
    const problem = checkContact(fu, index, personOf(record.candidateId), record);
    if (problem !== undefined) issues.push(issueOf('followUp', index, record.id, problem));
  }
  const presentations = input.presentations;
  const pr = newPass(12, presentations?.length ?? 0, size);
  for (let index = 0; index < (presentations?.length ?? 0); index += 1) {
    const record = (presentations as readonly EmployerPresentation[])[index] as EmployerPresentation;
    const problem =
      record.employerId === undefined && record.offerId === undefined
        ? ({
            code: 'required',
            reason: 'presentation_without_employer',
            field: 'employerId',
            value: undefined,
          } as const)
        : checkContact(pr, index, personOf(record.candidateId), record);
    if (problem !== undefined) {
      pr.personOf[index] = -1;
      issues.push(issueOf('presentation', index, record.id, problem));
    }
  }

  // Group by person; per person: repeated ids, then overlapping accompaniments.
  const accGroup = group(acc, size);
  const accDrop = new Uint8Array(working(19, accGroup.order.length, true).buffer, 0, accGroup.order.length);
  let accDropped = 0;
  const conGroup = group(con, size);
  const conDrop = new Uint8Array(working(20, conGroup.order.length, true).buffer, 0, conGroup.order.length);
  let conDropped = 0;
  const reportAccompaniment = (k: number): void => {
    const index = accGroup.order[k] as number;
    const record = accompaniments[index] as Accompaniment;
    issues.push(issueOf('accompaniment', index, record.id, duplicate(record.id)));
    accDropped += 1;
  };
  const reportContract = (k: number): void => {
    const index = conGroup.order[k] as number;
    const record = contracts[index] as Contract;
    issues.push(issueOf('contract', index, record.id, duplicate(record.id)));
    conDropped += 1;
  };
  for (let p = 0; p < size; p += 1) {
    const lo = accGroup.offsets[p] as number;
    const hi = accGroup.offsets[p + 1] as number;
    dropDuplicateIds(accompaniments, accHash, accGroup.order, lo, hi, accDrop, reportAccompaniment);
    accDropped += dropOverlaps(accompaniments, acc, accGroup.order, lo, hi, accDrop, issues);
    dropDuplicateIds(
      contracts,
      conHash,
      conGroup.order,
      conGroup.offsets[p] as number,
      conGroup.offsets[p + 1] as number,
      conDrop,
      reportContract,
    );
  }
  const accKept = compact(accGroup.offsets, accGroup.order, accDrop, accDropped);
  const conKept = compact(conGroup.offsets, conGroup.order, conDrop, conDropped);
  const fuGroup = group(fu, size);
  const prGroup = group(pr, size);

  const store: ReportingStore = {
    size,
    candidates: kept,
    ...people,
    accompaniments: {
      offsets: accKept.offsets,
      source: accKept.order,
      records: accompaniments,
      entry: gather(acc.first, accKept.order, new Int32Array(accKept.order.length)),
      exit: gather(acc.second, accKept.order, new Int32Array(accKept.order.length)),
      mire: gather(mireOf, accKept.order, new Uint16Array(accKept.order.length)),
      programme: gather(programmeOf, accKept.order, new Uint8Array(accKept.order.length)),
      status: gather(statusOf, accKept.order, new Uint8Array(accKept.order.length)),
    },
    mireIds,
    contracts: {
      offsets: conKept.offsets,
      source: conKept.order,
      records: contracts,
      start: gather(con.first, conKept.order, new Int32Array(conKept.order.length)),
      end: gather(con.second, conKept.order, new Int32Array(conKept.order.length)),
      type: gather(typeOf, conKept.order, new Uint8Array(conKept.order.length)),
      hoursAt: (c) => (contracts[conKept.order[c] as number] as Contract).hoursPerWeek,
    },
    followUps: {
      offsets: fuGroup.offsets,
      source: fuGroup.order,
      records: followUps,
      day: gather(fu.first, fuGroup.order, new Int32Array(fuGroup.order.length)),
    },
    presentations:
      presentations === undefined
        ? undefined
        : {
            offsets: prGroup.offsets,
            source: prGroup.order,
            records: presentations,
            day: gather(pr.first, prGroup.order, new Int32Array(prGroup.order.length)),
          },
  };
  return reportingData(store, { count: issues.length, issues });
}

/** The data object: `people` is built from the columns the first time it is read. */
function reportingData(store: ReportingStore, excluded: ReportingData['excluded']): ReportingData {
  let people: readonly PersonRecords[] | undefined;
  const data: ReportingData = {
    get people() {
      people ??= Array.from({ length: store.size }, (_, p) => personRecords(store, p));
      return people;
    },
    excluded,
    hasPresentations: store.presentations !== undefined,
  };
  attachStore(data, store);
  return data;
}

/** Checks a spell's two dates; writes its days to the pass (`OPEN` for an open end). */
function checkSpell(
  pass: Pass,
  index: number,
  start: string,
  end: string | null,
  startField: string,
  endField: string,
  reversed: ExclusionReason,
): Problem | undefined {
  const first = dayOf(start);
  if (first === undefined) return invalidDate(startField, start);
  let last = OPEN;
  if (end !== null) {
    const day = dayOf(end);
    if (day === undefined) return invalidDate(endField, end);
    if (day < first) {
      return {
        code: 'date_order',
        reason: reversed,
        field: endField,
        value: end,
        params: { earlier: startField, later: endField },
      };
    }
    last = day;
  }
  pass.first[index] = first;
  pass.second[index] = last;
  return undefined;
}

/** Checks a dated contact (follow-up, presentation) of a person; records it in the pass when valid. */
function checkContact(
  pass: Pass,
  index: number,
  p: number,
  record: { candidateId: string; date: string },
): Problem | undefined {
  pass.personOf[index] = -1;
  if (p < 0) return unknownPerson(record.candidateId);
  const day = dayOf(record.date);
  if (day === undefined) return invalidDate('date', record.date);
  pass.personOf[index] = p;
  pass.first[index] = day;
  pass.counts[p] = (pass.counts[p] as number) + 1;
  return undefined;
}

/**
 * Marks, among one person's accompaniments sorted by entry (positions `lo`–`hi`), every one that overlaps
 * another and reports it with the one it overlaps. Spells overlap when one starts on or before the latest
 * exit seen so far. Returns how many were marked.
 */
function dropOverlaps(
  records: readonly Accompaniment[],
  pass: Pass,
  order: Int32Array,
  lo: number,
  hi: number,
  drop: Uint8Array,
  issues: Issue[],
): number {
  if (hi - lo < 2) return 0;
  const { first: entry, second: exit } = pass;
  let reach = -1;
  let other: Map<number, number> | undefined;
  for (let k = lo; k < hi; k += 1) {
    if (drop[k] === 1) continue;
    const index = order[k] as number;
    if (reach >= 0 && (entry[index] as number) <= (exit[order[reach] as number] as number)) {
      other ??= new Map();
      if (!other.has(reach)) other.set(reach, k);
      other.set(k, reach);
    }
    if (reach < 0 || (exit[index] as number) > (exit[order[reach] as number] as number)) reach = k;
  }
  if (other === undefined) return 0;
  for (const [k, with_] of other) {
    drop[k] = 1;
    const index = order[k] as number;
    const spell = records[index] as Accompaniment;
    const partner = records[order[with_] as number] as Accompaniment;
    const isEarlier = (entry[index] as number) <= (entry[order[with_] as number] as number);
    issues.push(issueOf('accompaniment', index, spell.id, overlap(spell, partner, isEarlier)));
  }
  return other.size;
}

// The earlier of two overlapping accompaniments exits after the later one's entry (or never exits). The
// date_order message reads "date <later> is before date <earlier>".
function overlap(spell: Accompaniment, other: Accompaniment, isEarlier: boolean): Problem {
  return {
    code: 'date_order',
    reason: 'overlapping_accompaniments',
    field: isEarlier ? 'exitDate' : 'entryDate',
    value: isEarlier ? spell.exitDate : spell.entryDate,
    params: isEarlier
      ? { earlier: 'exitDate', later: `entryDate (${other.id})`, other: other.id }
      : { earlier: `exitDate (${other.id})`, later: 'entryDate', other: other.id },
  };
}
