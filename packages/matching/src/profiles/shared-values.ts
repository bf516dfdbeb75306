import type { Candidate } from '@passerelle/core';

/**
 * How to find alike sources of a shared value (a candidate's commute limits, languages, wanted occupations) by a
 * 32-bit hash and an exact comparison, without building a string key per profile: hundreds of thousands of
 * profiles hold a few hundred distinct ones.
 */
export interface SourceKind<S> {
  hash(source: S): number;
  same(a: S, b: S): boolean;
  /** A copy to keep: a caller's record may change after it was read. */
  copy(source: S): S;
}

/** Distinct sources in the order first met, found by hash. */
export class HashedRows<S> {
  readonly rows: S[] = [];
  readonly #kind: SourceKind<S>;
  readonly #buckets = new Map<number, number[]>();

  constructor(kind: SourceKind<S>) {
    this.#kind = kind;
  }

  /** The row of a source alike, or −1. */
  find(source: S): number {
    const bucket = this.#buckets.get(this.#kind.hash(source));
    if (bucket !== undefined)
      for (const row of bucket) if (this.#kind.same(this.rows[row] as S, source)) return row;
    return -1;
  }

  /** Keeps a copy of a source {@link find} did not find; returns its row. */
  add(source: S): number {
    const row = this.rows.length;
    this.rows.push(this.#kind.copy(source));
    const hash = this.#kind.hash(source);
    const bucket = this.#buckets.get(hash);
    if (bucket === undefined) this.#buckets.set(hash, [row]);
    else bucket.push(row);
    return row;
  }

  get size(): number {
    return this.rows.length;
  }
}

/**
 * One copy of a read-only value per distinct source, so that an index keeps one instead of one per profile. Past
 * `limit` distinct sources, new values are made but no longer kept (unusual data costs memory as before).
 */
export class SharedValues<S, T> {
  readonly #sources: HashedRows<S>;
  readonly #values: T[] = [];
  readonly #limit: number;

  constructor(kind: SourceKind<S>, limit: number) {
    this.#sources = new HashedRows(kind);
    this.#limit = limit;
  }

  get(source: S, make: (source: S) => T): T {
    const row = this.#sources.find(source);
    if (row >= 0) return this.#values[row] as T;
    const value = make(source);
    if (this.#sources.size < this.#limit) {
      this.#sources.add(source);
      this.#values.push(value);
    }
    return value;
  }
}

const mix = (hash: number, value: number): number => Math.imul(hash ^ value, 0x9e3779b1);

function mixText(hash: number, text: string): number {
  let h = mix(hash, text.length);
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return h;
}

// Any number, integer or not (equal numbers give equal hashes; the comparison settles the rest); −1 for unset.
const mixNumber = (hash: number, value: number | undefined): number =>
  mix(hash, value === undefined ? -1 : (value * 64) | 0);

/** What a candidate's commute limits are made from: the limits written, and whether the person can drive. */
export interface CommuteSource {
  readonly list: Candidate['commute'];
  readonly canDrive: boolean;
}

export const COMMUTE_SOURCES: SourceKind<CommuteSource> = {
  hash({ list, canDrive }) {
    let h = mix(list.length, canDrive ? 1 : 0);
    for (const limit of list) h = mixNumber(mixNumber(mixText(h, limit.mode), limit.maxMinutes), limit.maxKm);
    return h;
  },
  same(a, b) {
    if (a.canDrive !== b.canDrive || a.list.length !== b.list.length) return false;
    for (let i = 0; i < a.list.length; i++) {
      const x = a.list[i] as CommuteSource['list'][number];
      const y = b.list[i] as CommuteSource['list'][number];
      if (x.mode !== y.mode || x.maxMinutes !== y.maxMinutes || x.maxKm !== y.maxKm) return false;
    }
    return true;
  },
  copy: ({ list, canDrive }) => ({ list: list.map((limit) => ({ ...limit })), canDrive }),
};

export type LanguageList = Candidate['languages'];

export const LANGUAGE_LISTS: SourceKind<LanguageList> = {
  hash(list) {
    let h = list.length;
    for (const language of list) h = mixText(mixText(h, language.code), language.level);
    return h;
  },
  same(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as LanguageList[number];
      const y = b[i] as LanguageList[number];
      if (x.code !== y.code || x.level !== y.level) return false;
    }
    return true;
  },
  copy: (list) => list.map((language) => ({ ...language })),
};

export const ID_LISTS: SourceKind<readonly string[]> = {
  hash(list) {
    let h = list.length;
    for (const id of list) h = mixText(h, id);
    return h;
  },
  same(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  },
  copy: (list) => Object.freeze([...list]),
};

/** Integer lists (a candidate's skill groups), compared value by value. */
export const INT_LISTS: SourceKind<Int32Array> = {
  hash(list) {
    let h = list.length;
    for (let i = 0; i < list.length; i++) h = mix(h, list[i] as number);
    return h;
  },
  same(a, b) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  },
  copy: (list) => list.slice(),
};
