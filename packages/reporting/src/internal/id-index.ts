// Identifier → position, for the input checks: an open-addressing table in a typed array, keyed by a hash of
// the identifier's characters. A `Map` of 250,000 strings costs twice as much per lookup and puts its tables
// on the collected heap; this one lives in one reused typed array. Each slot holds a position and the full
// hash of its identifier, side by side: a probe that meets another identifier is told apart by the hash in
// the same cache line, without reading that identifier's characters.

const EMPTY = -1;

/** FNV-1a over the UTF-16 code units, as a 32-bit signed integer (what the table stores). */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

let reused = new Int32Array(0);

/**
 * Positions of distinct identifiers. Reuses one table between instances: build one, use it, then build the
 * next (the input checks are synchronous, so instances never overlap).
 */
export class IdIndex {
  readonly #ids: string[] = [];
  /** Slot `s`: position at `2s` (or −1), hash at `2s + 1`. */
  readonly #table: Int32Array;
  readonly #mask: number;

  /** An index for up to `capacity` identifiers. */
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    if (reused.length < size * 2) reused = new Int32Array(size * 2);
    this.#table = reused.subarray(0, size * 2);
    this.#table.fill(EMPTY);
    this.#mask = size - 1;
  }

  /** The identifiers in the order they were added (position → identifier). */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** The position of an identifier, or −1. */
  get(id: string): number {
    const hash = hashOf(id);
    return this.#find(id, hash, hash & this.#mask);
  }

  /** Adds an identifier; returns its position (positions count from 0), the one it had if already there. */
  add(id: string): number {
    const hash = hashOf(id);
    const position = this.#find(id, hash, hash & this.#mask);
    return position >= 0 ? position : this.#put(id, hash);
  }

  /** Adds an identifier unless it is there already; returns whether it was added. One hash, one probe. */
  addNew(id: string): boolean {
    const hash = hashOf(id);
    if (this.#find(id, hash, hash & this.#mask) >= 0) return false;
    this.#put(id, hash);
    return true;
  }

  /** Where the last {@link IdIndex.#find} stopped: the identifier's slot, or the empty slot it would take. */
  #slot = 0;

  /** Probes from `slot`: the identifier's position, or −1 (then `#slot` is the first empty slot). */
  #find(id: string, hash: number, slot: number): number {
    const table = this.#table;
    for (;;) {
      const position = table[2 * slot] as number;
      if (position === EMPTY || (table[2 * slot + 1] === hash && this.#ids[position] === id)) {
        this.#slot = slot;
        return position;
      }
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Writes a new identifier into the empty slot the last probe found. */
  #put(id: string, hash: number): number {
    const position = this.#ids.push(id) - 1;
    this.#table[2 * this.#slot] = position;
    this.#table[2 * this.#slot + 1] = hash;
    return position;
  }
}
