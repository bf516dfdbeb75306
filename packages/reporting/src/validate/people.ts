// The people: one pass over the candidate records keeps the first record of each id and writes its columns,
// and a finder turns the person named by a record into a position.
import type { CandidateRecord, Issue } from '@passerelle/core';
import { IdIndex } from '../internal/id-index.js';
import { duplicate, issueOf } from './problems.js';
import { personColumns, writePerson } from './store.js';

/** The person columns of {@link personColumns}. */
export type PersonColumns = ReturnType<typeof personColumns>;

/** The people kept (first record of each id), their columns, and how to find them by id. */
export interface People {
  readonly kept: readonly CandidateRecord[];
  readonly columns: PersonColumns;
  readonly finder: PersonFinder;
}

// A candidate record is several objects and strings spread over the heap. Reading those of a block of records
// in a loop that does nothing else lets the processor fetch many at once; the checks of the block then find
// them in its cache (about a quarter less time for the people of the bench). Contracts and the other lists
// are flat records: there, it gains nothing.
const BLOCK = 512;
let _touched = 0;

/** Reads the fields {@link writePerson} reads, for records `from`–`to` (never throws: the checks will). */
function touchBlock(candidates: readonly CandidateRecord[], from: number, to: number): void {
  let sum = 0;
  for (let i = from; i < to; i += 1) {
    const record = candidates[i];
    const candidate = record?.candidate;
    const attributes = record?.protectedAttributes;
    sum +=
      (candidate?.id?.length ?? 0) +
      (candidate?.unemployedSince?.length ?? 0) +
      (candidate?.education?.isced ?? 0) +
      (candidate?.home?.nisCode?.length ?? 0) +
      (attributes?.birthDate?.length ?? 0);
  }
  // Kept, so that the engine cannot drop the reads as unused.
  _touched = sum;
}

/**
 * Keeps the first record of each candidate id, reporting the others in `issues`, and writes each kept
 * person's columns in the same pass (the record is still in the processor's cache).
 */
export function checkPeople(candidates: readonly CandidateRecord[], issues: Issue[]): People {
  const index = new IdIndex(candidates.length);
  // Columns for every record; cut to the people kept when some ids repeat.
  const columns = personColumns(candidates.length);
  let repeated: number[] | undefined;
  for (let from = 0; from < candidates.length; from += BLOCK) {
    const to = Math.min(from + BLOCK, candidates.length);
    touchBlock(candidates, from, to);
    for (let i = from; i < to; i += 1) {
      const record = candidates[i] as CandidateRecord;
      const id = record.candidate.id;
      if (index.addNew(id)) writePerson(columns, i - (repeated?.length ?? 0), record);
      else {
        (repeated ??= []).push(i);
        issues.push(issueOf('candidate', i, id, duplicate(id)));
      }
    }
  }
  if (repeated === undefined) return { kept: candidates.slice(), columns, finder: new PersonFinder(index) };
  const dropped = new Set(repeated);
  const size = candidates.length - repeated.length;
  return {
    kept: candidates.filter((_, i) => !dropped.has(i)),
    columns: {
      isced: columns.isced.slice(0, size),
      birthYmd: columns.birthYmd.slice(0, size),
      unemployedSince: columns.unemployedSince.slice(0, size),
      gender: columns.gender.slice(0, size),
      traits: columns.traits.slice(0, size),
      homeNis: columns.homeNis.slice(0, size),
    },
    finder: new PersonFinder(index),
  };
}

const NO_LOOKUP_YET = Symbol('no lookup yet');

/**
 * The position of the person a record names, or −1. Exports list a person's records together, often in the
 * order of the people: the same person as the record before, or the next one, needs no lookup.
 */
export class PersonFinder {
  readonly #index: IdIndex;
  readonly #ids: readonly string[];
  // The id of the last lookup; at first a value no id equals (an empty string would be found as nobody).
  #lastId: unknown = NO_LOOKUP_YET;
  #last = -1;

  constructor(index: IdIndex) {
    this.#index = index;
    this.#ids = index.ids;
  }

  /** The position of person `candidateId`, or −1 when no kept candidate has that id. */
  of(candidateId: string): number {
    if (candidateId === this.#lastId) return this.#last;
    this.#lastId = candidateId;
    const next = this.#last + 1;
    if (next < this.#ids.length && this.#ids[next] === candidateId) this.#last = next;
    else this.#last = typeof candidateId === 'string' ? this.#index.get(candidateId) : -1;
    return this.#last;
  }
}
