import { isValidCoordinates, type Candidate, type PlaceRef } from '@passerelle/core';
import {
  FACT_COUNT,
  NO_LANGUAGES,
  NO_WANTED,
  assembleFeatures,
  canDriveOf,
  commuteLimits,
  languageRanks,
  skillScratch,
  sortedSkills,
  wantedOf,
  writeFacts,
  type CandidateFeatures,
} from './candidate-features.js';
import type { MatchContext, WantedOccupations } from './context.js';
import {
  COMMUTE_SOURCES,
  HashedRows,
  ID_LISTS,
  LANGUAGE_LISTS,
  type CommuteSource,
  type LanguageList,
} from './shared-values.js';
import { givenPoint, placeKey, resolvePoint, type ResolvedPoint } from './resolve-point.js';

/**
 * Candidates projected as far as they can be without the taxonomy or the gazetteer, in arrays a worker thread
 * hands over without copying (see {@link CandidateBatchWriter}): numbers per candidate, and rows of the tables of
 * distinct skill ids, places, commute limits, wanted occupations and languages the candidates refer to. The tables
 * last as long as the writer: a batch carries only the rows its predecessors did not, and its reader
 * ({@link CandidateBatchReader}) keeps them. Records themselves never cross threads: copying them costs more than
 * parsing them.
 */
export interface CandidateBatch {
  readonly count: number;
  /** The ids, joined by line feeds (an id never holds one). */
  readonly ids: string;
  /** Per candidate, its line and its position among the non-blank lines of the range read. */
  readonly lines: Int32Array;
  readonly positions: Int32Array;
  /** Per candidate, {@link FACT_COUNT} facts (see `writeFacts`). */
  readonly facts: Float64Array;
  /** Per candidate, its point when given as valid coordinates (NaN otherwise: see `refs`). */
  readonly points: Float64Array;
  /** Per candidate, {@link REF_COUNT} numbers: the rows of its tables' entries (−1: none), and where its skills end. */
  readonly refs: Int32Array;
  /** Per skill held, its row in the skill ids' table and its level. */
  readonly skillRefs: Int32Array;
  readonly skillLevels: Uint8Array;
  /** The tables' rows added since the previous batch. */
  readonly skillIds: readonly string[];
  readonly places: readonly PlaceRef[];
  readonly commutes: readonly CommuteSource[];
  readonly wanted: readonly (readonly string[])[];
  readonly languages: readonly LanguageList[];
}

const Ref = { place: 0, commute: 1, wanted: 2, languages: 3, skillsEnd: 4 } as const;
const REF_COUNT = 5;

/** Distinct sources found by a string key, in the order first met. */
class KeyedRows<S> {
  readonly rows: S[] = [];
  readonly #rowOf = new Map<string, number>();
  readonly #key: (source: S) => string;

  constructor(key: (source: S) => string) {
    this.#key = key;
  }

  find(source: S): number {
    return this.#rowOf.get(this.#key(source)) ?? -1;
  }

  add(source: S): number {
    this.#rowOf.set(this.#key(source), this.rows.length);
    return this.rows.push(source) - 1;
  }
}

/** A writer's table: every row it has, and how many went out with earlier batches. */
class SentRows<S> {
  readonly #table: KeyedRows<S> | HashedRows<S>;
  #sent = 0;

  constructor(table: KeyedRows<S> | HashedRows<S>) {
    this.#table = table;
  }

  /** The row of a source, added if new. */
  row(source: S): number {
    const row = this.#table.find(source);
    return row >= 0 ? row : this.#table.add(source);
  }

  /** The rows added since the last call. */
  takeNew(): S[] {
    const rows = this.#table.rows.slice(this.#sent);
    this.#sent = this.#table.rows.length;
    return rows;
  }
}

/** Fills {@link CandidateBatch}es one candidate at a time (in an import worker). */
export class CandidateBatchWriter {
  readonly capacity: number;
  #count = 0;
  #ids: string[] = [];
  #lines!: Int32Array;
  #positions!: Int32Array;
  #facts!: Float64Array;
  #points!: Float64Array;
  #refs!: Int32Array;
  #skillRefs!: Int32Array;
  #skillLevels!: Uint8Array;
  #skillCount = 0;
  readonly #skillIds = new SentRows(new KeyedRows<string>((id) => id));
  readonly #places = new SentRows(
    new KeyedRows<PlaceRef>((place) => placeKey(place) ?? JSON.stringify(place)),
  );
  readonly #commutes = new SentRows(new HashedRows(COMMUTE_SOURCES));
  readonly #wanted = new SentRows(new HashedRows(ID_LISTS));
  readonly #languages = new SentRows(new HashedRows(LANGUAGE_LISTS));

  /** @param capacity candidates per batch */
  constructor(capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError(`capacity must be a positive integer, got ${String(capacity)}.`);
    this.capacity = capacity;
    this.#reset();
  }

  #reset(): void {
    const n = this.capacity;
    this.#count = 0;
    this.#ids = [];
    this.#lines = new Int32Array(n);
    this.#positions = new Int32Array(n);
    this.#facts = new Float64Array(n * FACT_COUNT);
    this.#points = new Float64Array(n * 2);
    this.#refs = new Int32Array(n * REF_COUNT);
    this.#skillRefs = new Int32Array(n * 8);
    this.#skillLevels = new Uint8Array(n * 8);
    this.#skillCount = 0;
  }

  /** Candidates written since the last {@link take}. */
  get count(): number {
    return this.#count;
  }

  /** Whether the batch holds {@link capacity} candidates. */
  get full(): boolean {
    return this.#count === this.capacity;
  }

  /** Adds a checked candidate read at `line` (its `position` among the non-blank lines). */
  add(candidate: Candidate, line: number, position: number): void {
    if (this.full) throw new RangeError('The batch is full: take() it first.');
    const n = this.#count++;
    this.#ids.push(candidate.id);
    this.#lines[n] = line;
    this.#positions[n] = position;
    const facts = this.#facts;
    writeFacts(candidate, facts, n * FACT_COUNT);
    const refs = this.#refs;
    const at = n * REF_COUNT;
    const home = candidate.home;
    if (isValidCoordinates(home.coordinates)) {
      this.#points[2 * n] = home.coordinates.lat;
      this.#points[2 * n + 1] = home.coordinates.lon;
      refs[at + Ref.place] = -1;
    } else {
      this.#points[2 * n] = Number.NaN;
      this.#points[2 * n + 1] = Number.NaN;
      refs[at + Ref.place] = this.#places.row(home);
    }
    const canDrive = canDriveOf(facts, n * FACT_COUNT);
    const { wantedOccupations: wanted, languages } = candidate;
    refs[at + Ref.commute] = this.#commutes.row({ list: candidate.commute, canDrive });
    refs[at + Ref.wanted] = wanted.length === 0 ? -1 : this.#wanted.row(wanted);
    refs[at + Ref.languages] = languages.length === 0 ? -1 : this.#languages.row(languages);
    const skills = candidate.skills;
    this.#roomForSkills(skills.length);
    for (let i = 0; i < skills.length; i++) {
      const skill = skills[i] as Candidate['skills'][number];
      this.#skillRefs[this.#skillCount] = this.#skillIds.row(skill.id);
      this.#skillLevels[this.#skillCount++] = skill.level;
    }
    refs[at + Ref.skillsEnd] = this.#skillCount;
  }

  #roomForSkills(more: number): void {
    const needed = this.#skillCount + more;
    if (needed <= this.#skillRefs.length) return;
    const size = Math.max(needed, 2 * this.#skillRefs.length);
    const refs = new Int32Array(size);
    refs.set(this.#skillRefs.subarray(0, this.#skillCount));
    const levels = new Uint8Array(size);
    levels.set(this.#skillLevels.subarray(0, this.#skillCount));
    this.#skillRefs = refs;
    this.#skillLevels = levels;
  }

  /**
   * The batch written so far, and the buffers to transfer with it (`postMessage(batch, transfer)`); the writer
   * starts a new batch. Batches must reach one reader in the order taken.
   */
  take(): { readonly batch: CandidateBatch; readonly transfer: ArrayBuffer[] } {
    const n = this.#count;
    const batch: CandidateBatch = {
      count: n,
      ids: this.#ids.join('\n'),
      lines: this.#lines.slice(0, n),
      positions: this.#positions.slice(0, n),
      facts: this.#facts.slice(0, n * FACT_COUNT),
      points: this.#points.slice(0, 2 * n),
      refs: this.#refs.slice(0, n * REF_COUNT),
      skillRefs: this.#skillRefs.slice(0, this.#skillCount),
      skillLevels: this.#skillLevels.slice(0, this.#skillCount),
      skillIds: this.#skillIds.takeNew(),
      places: this.#places.takeNew(),
      commutes: this.#commutes.takeNew(),
      wanted: this.#wanted.takeNew(),
      languages: this.#languages.takeNew(),
    };
    this.#reset();
    // Fresh copies (slice), so their buffers are theirs alone.
    const arrays = [batch.lines, batch.positions, batch.facts, batch.points, batch.refs, batch.skillRefs];
    return { batch, transfer: [...arrays, batch.skillLevels].map((array) => array.buffer as ArrayBuffer) };
  }
}

/**
 * Turns the batches of one writer, in the order taken, into the features `projectCandidate` gives: the taxonomy,
 * the gazetteer and the shared values are the context's, looked up once per table row. Readers of several writers
 * must read the batches in the order their candidates were (skill ids the taxonomy lacks are numbered in the
 * order met).
 */
export class CandidateBatchReader {
  readonly #context: MatchContext;
  readonly #skillIds: string[] = [];
  readonly #skillNumbers: number[] = [];
  readonly #points: ResolvedPoint[] = [];
  readonly #commutes: (readonly [Float64Array, Float64Array])[] = [];
  readonly #wanted: WantedOccupations[] = [];
  readonly #languages: ReadonlyMap<string, number>[] = [];

  constructor(context: MatchContext) {
    this.#context = context;
  }

  /** The features of a batch's candidates, in their order. */
  read(batch: CandidateBatch): CandidateFeatures[] {
    const context = this.#context;
    for (const id of batch.skillIds) {
      this.#skillIds.push(id);
      this.#skillNumbers.push(context.skillNumber(id));
    }
    for (const place of batch.places) this.#points.push(resolvePoint(place, context, ['home']));
    for (const source of batch.commutes) this.#commutes.push(commuteLimits(source, context));
    for (const ids of batch.wanted) this.#wanted.push(wantedOf(ids, context));
    for (const list of batch.languages) this.#languages.push(languageRanks(list, context));
    const ids = batch.count === 0 ? [] : batch.ids.split('\n');
    const { refs, skillRefs, skillLevels } = batch;
    const skillNumbers = this.#skillNumbers;
    const features: CandidateFeatures[] = [];
    let skillStart = 0;
    for (let n = 0; n < batch.count; n++) {
      const at = n * REF_COUNT;
      const skillEnd = refs[at + Ref.skillsEnd] as number;
      const count = skillEnd - skillStart;
      const scratch = skillScratch(count);
      for (let i = 0; i < count; i++) {
        scratch.numbers[i] = skillNumbers[skillRefs[skillStart + i] as number] as number;
        scratch.levels[i] = skillLevels[skillStart + i] as number;
      }
      const skills = sortedSkills(count, context);
      const first = skillStart;
      const place = refs[at + Ref.place] as number;
      const wantedRow = refs[at + Ref.wanted] as number;
      const languagesRow = refs[at + Ref.languages] as number;
      features.push(
        assembleFeatures(ids[n] as string, batch.facts, n * FACT_COUNT, {
          skills,
          wanted: wantedRow < 0 ? NO_WANTED : (this.#wanted[wantedRow] as WantedOccupations),
          point:
            place < 0
              ? givenPoint(batch.points[2 * n] as number, batch.points[2 * n + 1] as number)
              : (this.#points[place] as ResolvedPoint),
          commute: this.#commutes[refs[at + Ref.commute] as number] as readonly [Float64Array, Float64Array],
          languages:
            languagesRow < 0 ? NO_LANGUAGES : (this.#languages[languagesRow] as ReadonlyMap<string, number>),
          context,
          // The ids as listed, only for a profile that holds a skill the taxonomy lacks (its warnings need them).
          listed: skills.unknown
            ? Array.from({ length: count }, (_, i) => ({
                id: this.#skillIds[skillRefs[first + i] as number] as string,
              }))
            : NO_SKILLS,
        }),
      );
      skillStart = skillEnd;
    }
    return features;
  }
}

const NO_SKILLS: readonly { readonly id: string }[] = Object.freeze([]);
