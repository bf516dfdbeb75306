/** How many parts a cache keeps; past it, parts are built afresh each time (unusual data costs time, not memory). */
export const REASON_CACHE_LIMIT = 200_000;

/**
 * Parts of explanations that depend on a few values only (the reason for a skill and how it is covered, a language
 * and two levels, an occupation, a commute's rounded figures; a breakdown entry of value 0 or 1), built once and
 * shared, frozen, by every explanation that gives them. A ranking explains every result and a Mire's working set
 * tens of thousands of pairs: most of their reasons are the same few thousand sentences.
 */
export class ReasonCache {
  readonly #tables = new Map<string, Map<number | string, object>>();
  #size = 0;

  /**
   * The part kept in `table` under `key`, made by `make` the first time. Keys are numbers or strings the profiles
   * already hold (an occupation id), so that a lookup builds no string. A table holds parts of one kind only.
   */
  get<T extends object>(table: string, key: number | string, make: () => T): T {
    let kept = this.#tables.get(table);
    if (kept === undefined) {
      kept = new Map();
      this.#tables.set(table, kept);
    }
    const known = kept.get(key);
    if (known !== undefined) return known as T;
    const part = frozen(make());
    if (this.#size < REASON_CACHE_LIMIT) {
      kept.set(key, part);
      this.#size++;
    }
    return part;
  }

  /** How many parts are kept. */
  get size(): number {
    return this.#size;
  }
}

/**
 * A shared part must not change under another explanation: it is frozen with the objects it holds (a reason's
 * parameters and sentences).
 */
function frozen<T extends object>(part: T): T {
  for (const value of Object.values(part))
    if (typeof value === 'object' && value !== null) Object.freeze(value);
  return Object.freeze(part);
}
