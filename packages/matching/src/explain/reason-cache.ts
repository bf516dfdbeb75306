import type { Reason } from './reason.js';

/** How many reasons a cache keeps; past it, reasons are built afresh each time (unusual data costs time, not memory). */
export const REASON_CACHE_LIMIT = 200_000;

/**
 * Reasons that depend on a few values only (a skill and how it is covered, a language and two levels, an
 * occupation), built once and shared, frozen, by every explanation that gives them. A ranking explains every result
 * and a Mire's working set tens of thousands of pairs: most of their reasons are the same few hundred sentences.
 * Reasons that depend on the pair itself (the commute) are never cached.
 */
export class ReasonCache {
  readonly #tables = new Map<string, Map<number | string, Reason>>();
  #size = 0;

  /**
   * The reason kept in `table` under `key`, made by `make` the first time. Keys are numbers or strings the profiles
   * already hold (an occupation id), so that a lookup builds no string.
   */
  get(table: string, key: number | string, make: () => Reason): Reason {
    let kept = this.#tables.get(table);
    if (kept === undefined) {
      kept = new Map();
      this.#tables.set(table, kept);
    }
    const known = kept.get(key);
    if (known !== undefined) return known;
    const reason = frozen(make());
    if (this.#size < REASON_CACHE_LIMIT) {
      kept.set(key, reason);
      this.#size++;
    }
    return reason;
  }

  /** How many reasons are kept. */
  get size(): number {
    return this.#size;
  }
}

/** A shared reason must not change under another explanation: it is frozen with its parameters and sentences. */
function frozen(reason: Reason): Reason {
  Object.freeze(reason.params);
  Object.freeze(reason.message);
  return Object.freeze(reason);
}
