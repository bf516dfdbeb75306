import type { Accompaniment, CandidateRecord, Contract, FollowUp, Issue } from '@passerelle/core';
import { dayOf } from '../internal/days.js';
import type { ExclusionReason } from './exclusion-reasons.js';
import {
  FREE_SLOT,
  compact,
  dropDuplicateIds,
  gather,
  group,
  idKey,
  keptOrder,
  newPass,
  working,
} from './grouping.js';
import type { Pass } from './grouping.js';
import { checkPeople } from './people.js';
import type { PersonFinder } from './people.js';
import { invalidDate, issueOf, unknownPerson } from './problems.js';
import type { Problem } from './problems.js';
import type { EmployerPresentation, PersonRecords, ReportingData } from './reporting-data.js';
import {
  CONTRACT_TYPE_CODE,
  OPEN,
  UNKNOWN_CODE,
  attachStore,
  codeOf,
  personRecords,
  programmeCode,
  statusCode,
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
  const { accompaniments, contracts } = input;

  // People: the first record of each id, with their columns.
  const { kept, columns, finder } = checkPeople(input.candidates, issues);
  const size = kept.length;
  const acc = checkAccompaniments(accompaniments, finder, size, issues);
  const con = checkContracts(contracts, finder, size, issues);

  // Follow-ups and presentations: a person and a day.
  const followUps = input.followUps ?? [];
  const fu = newPass(8, followUps.length, size);
  for (let index = 0; index < followUps.length; index += 1) {
    const record = followUps[index] as FollowUp;
    const problem = checkContact(fu, index, finder.of(record.candidateId), record);
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
        : checkContact(pr, index, finder.of(record.candidateId), record);
    if (problem !== undefined) {
      pr.personOf[index] = -1;
      issues.push(issueOf('presentation', index, record.id, problem));
    }
  }

  // Group by person; per person: repeated ids, then overlapping accompaniments.
  const accGroup = group(acc.pass, size, ACC_ORDER_SLOT);
  const accDrop = dropMarks(ACC_DROP_SLOT, accGroup.order.length);
  let accDropped = 0;
  const conGroup = group(con.pass, size, CON_ORDER_SLOT);
  const conDrop = dropMarks(CON_DROP_SLOT, conGroup.order.length);
  let conDropped = 0;
  for (let p = 0; p < size; p += 1) {
    const lo = accGroup.offsets[p] as number;
    const hi = accGroup.offsets[p + 1] as number;
    if (hi - lo > 1) {
      accDropped += dropDuplicateIds(
        'accompaniment',
        accompaniments,
        acc.idKeys,
        accGroup.order,
        lo,
        hi,
        accDrop,
        issues,
      );
      accDropped += dropOverlaps(accompaniments, acc.pass, accGroup.order, lo, hi, accDrop, issues);
    }
    const from = conGroup.offsets[p] as number;
    const to = conGroup.offsets[p + 1] as number;
    if (to - from > 1) {
      conDropped += dropDuplicateIds(
        'contract',
        contracts,
        con.idKeys,
        conGroup.order,
        from,
        to,
        conDrop,
        issues,
      );
    }
  }
  const accKept = compact(accGroup, accDrop, accDropped, ACC_KEPT_SLOT);
  const conKept = compact(conGroup, conDrop, conDropped, CON_KEPT_SLOT);
  const fuGroup = group(fu, size, FU_ORDER_SLOT);
  const prGroup = group(pr, size, PR_ORDER_SLOT);

  const contractOrder = keptOrder(conKept.order);
  const store: ReportingStore = {
    size,
    candidates: kept,
    ...columns,
    accompaniments: {
      offsets: accKept.offsets,
      source: keptOrder(accKept.order),
      records: accompaniments,
      entry: gather(acc.pass.first, accKept.order, new Int32Array(accKept.order.length)),
      exit: gather(acc.pass.second, accKept.order, new Int32Array(accKept.order.length)),
      mire: gather(acc.mire, accKept.order, new Uint16Array(accKept.order.length)),
      programme: gather(acc.programme, accKept.order, new Uint8Array(accKept.order.length)),
      status: gather(acc.status, accKept.order, new Uint8Array(accKept.order.length)),
    },
    mireIds: acc.mireIds,
    contracts: {
      offsets: conKept.offsets,
      source: contractOrder,
      records: contracts,
      start: gather(con.pass.first, conKept.order, new Int32Array(conKept.order.length)),
      end: gather(con.pass.second, conKept.order, new Int32Array(conKept.order.length)),
      type: gather(con.type, conKept.order, new Uint8Array(conKept.order.length)),
      hoursAt: (c) => (contracts[contractOrder[c] as number] as Contract).hoursPerWeek,
    },
    followUps: {
      offsets: fuGroup.offsets,
      source: keptOrder(fuGroup.order),
      records: followUps,
      day: gather(fu.first, fuGroup.order, new Int32Array(fuGroup.order.length)),
    },
    presentations:
      presentations === undefined
        ? undefined
        : {
            offsets: prGroup.offsets,
            source: keptOrder(prGroup.order),
            records: presentations,
            day: gather(pr.first, prGroup.order, new Int32Array(prGroup.order.length)),
          },
  };
  return reportingData(store, { count: issues.length, issues });
}

// Working slots beyond the passes'.
const MIRE_SLOT = FREE_SLOT;
const PROGRAMME_SLOT = FREE_SLOT + 1;
const STATUS_SLOT = FREE_SLOT + 2;
const TYPE_SLOT = FREE_SLOT + 3;
const ACC_DROP_SLOT = FREE_SLOT + 4;
const CON_DROP_SLOT = FREE_SLOT + 5;
const ACC_KEY_SLOT = FREE_SLOT + 6;
const CON_KEY_SLOT = FREE_SLOT + 7;
const ACC_ORDER_SLOT = FREE_SLOT + 8;
const CON_ORDER_SLOT = FREE_SLOT + 9;
const FU_ORDER_SLOT = FREE_SLOT + 10;
const PR_ORDER_SLOT = FREE_SLOT + 11;
const ACC_KEPT_SLOT = FREE_SLOT + 12;
const CON_KEPT_SLOT = FREE_SLOT + 13;

/** Zeroed marks, one byte per grouped record, over a reused working array. */
const dropMarks = (slot: number, length: number): Uint8Array =>
  new Uint8Array(working(slot, Math.ceil(length / 4), true).buffer, 0, length);

/** Accompaniments: person, days, Mire, programme and status at entry, each valid one in the pass. */
function checkAccompaniments(
  records: readonly Accompaniment[],
  finder: PersonFinder,
  size: number,
  issues: Issue[],
) {
  const pass = newPass(0, records.length, size);
  const mire = working(MIRE_SLOT, records.length, false);
  const programme = working(PROGRAMME_SLOT, records.length, false);
  const status = working(STATUS_SLOT, records.length, false);
  const idKeys = working(ACC_KEY_SLOT, records.length, false);
  const mireIds: string[] = [];
  const mireCode = new Map<string, number>();
  // Records come in runs of one Mire: the code of the Mire before needs no lookup.
  let lastMireId: string | undefined;
  let lastMire = -1;
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as Accompaniment;
    const p = finder.of(record.candidateId);
    const problem =
      p < 0
        ? unknownPerson(record.candidateId)
        : checkSpell(
            pass,
            index,
            record.entryDate,
            record.exitDate,
            'entryDate',
            'exitDate',
            'accompaniment_exits_before_entry',
          );
    if (problem !== undefined) {
      pass.personOf[index] = -1;
      issues.push(issueOf('accompaniment', index, record.id, problem));
      continue;
    }
    pass.personOf[index] = p;
    pass.counts[p] = (pass.counts[p] as number) + 1;
    const mireId = record.mireId;
    if (mireId !== lastMireId || lastMire < 0) {
      let code = mireCode.get(mireId);
      if (code === undefined) {
        code = mireIds.push(mireId) - 1;
        mireCode.set(mireId, code);
      }
      lastMireId = mireId;
      lastMire = code;
    }
    mire[index] = lastMire;
    programme[index] = programmeCode(record.programme);
    status[index] = statusCode(record.statusAtEntry);
    idKeys[index] = idKey(record.id);
  }
  return { pass, mire, programme, status, mireIds, idKeys };
}

/** Contracts: person, days and type, each valid one in the pass. */
function checkContracts(records: readonly Contract[], finder: PersonFinder, size: number, issues: Issue[]) {
  const pass = newPass(4, records.length, size);
  const type = working(TYPE_SLOT, records.length, false);
  const idKeys = working(CON_KEY_SLOT, records.length, false);
  for (let index = 0; index < records.length; index += 1) {
    const record = records[index] as Contract;
    const p = finder.of(record.candidateId);
    const code = codeOf(CONTRACT_TYPE_CODE, record.type);
    const problem =
      p < 0
        ? unknownPerson(record.candidateId)
        : code === UNKNOWN_CODE
          ? ({
              code: 'invalid_value',
              reason: 'unknown_contract_type',
              field: 'type',
              value: record.type,
            } as const)
          : checkSpell(pass, index, record.start, record.end, 'start', 'end', 'contract_ends_before_start');
    if (problem !== undefined) {
      pass.personOf[index] = -1;
      issues.push(issueOf('contract', index, record.id, problem));
      continue;
    }
    pass.personOf[index] = p;
    pass.counts[p] = (pass.counts[p] as number) + 1;
    type[index] = code;
    idKeys[index] = idKey(record.id);
  }
  return { pass, type, idKeys };
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
