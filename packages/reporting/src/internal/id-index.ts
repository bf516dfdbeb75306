// Identifier → position, for the input checks: an open-addressing table of positions in a typed array, keyed
// by a hash of the identifier's characters. A `Map` of 250,000 strings costs twice as much per lookup and puts
// its tables on the collected heap; this one lives in one reused typed array.

const EMPTY = -1;

/** FNV-1a over the UTF-16 code units. */
export function hashOf(text: string): number {
  let hash = 0x811c9dc5;
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
  readonly #table: Int32Array;
  readonly #mask: number;

  /** An index for up to `capacity` identifiers. */
  constructor(capacity: number) {
    let size = 1024;
    while (size < capacity * 2) size *= 2;
    if (reused.length < size) reused = new Int32Array(size);
    this.#table = reused.subarray(0, size);
    this.#table.fill(EMPTY);
    this.#mask = size - 1;
  }

  /** The position of an identifier, or −1. */
  get(id: string): number {
    const table = this.#table;
    const ids = this.#ids;
    let slot = hashOf(id) & this.#mask;
    for (;;) {
      const position = table[slot] as number;
      if (position === EMPTY || ids[position] === id) return position;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** Adds an identifier not yet in the index; returns its position (positions count from 0). */
  add(id: string): number {
    const table = this.#table;
    let slot = hashOf(id) & this.#mask;
    while (table[slot] !== EMPTY) slot = (slot + 1) & this.#mask;
    const position = this.#ids.push(id) - 1;
    table[slot] = position;
    return position;
  }
}
