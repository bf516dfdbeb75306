/**
 * One inverted list: the slots holding a key, each with a small integer tag (a candidate's level in the skill, or
 * what an offer asks of it). Plain arrays of small integers: V8 keeps them as packed integers, as fast to walk as
 * typed arrays and much cheaper to create and grow by the hundred thousand (one list per skill and grid cell).
 * Order does not matter: rankings order by score and id.
 */
export class Postings {
  readonly #slots: number[] = [];
  readonly #tags: number[] = [];

  /** Number of entries. */
  get length(): number {
    return this.#slots.length;
  }

  /** The slots (a live view: read it before the next change). */
  get slots(): readonly number[] {
    return this.#slots;
  }

  /** The tags, parallel to {@link slots}. */
  get tags(): readonly number[] {
    return this.#tags;
  }

  /** Appends an entry. */
  add(slot: number, tag: number): void {
    this.#slots.push(slot);
    this.#tags.push(tag);
  }

  /** Removes the entry of a slot (swap with the last); returns whether it was there. */
  remove(slot: number): boolean {
    const at = this.#slots.indexOf(slot);
    if (at < 0) return false;
    const last = this.#slots.length - 1;
    this.#slots[at] = this.#slots[last] as number;
    this.#tags[at] = this.#tags[last] as number;
    this.#slots.pop();
    this.#tags.pop();
    return true;
  }

  /** The slots as a new list (for tests and slow paths). */
  slotList(): number[] {
    return [...this.#slots];
  }
}
