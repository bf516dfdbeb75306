/**
 * One inverted list: the slots holding a key, each with a small integer tag (a candidate's level in the skill, or
 * what an offer asks of it), on growable typed arrays so that a query walks it without touching objects.
 * Order does not matter: rankings order by score and id.
 */
export class Postings {
  #slots = new Int32Array(4);
  #tags = new Int32Array(4);
  #length = 0;

  /** Number of entries. */
  get length(): number {
    return this.#length;
  }

  /** The slots, valid up to {@link length} (a view on the live array: read it before the next change). */
  get slots(): Int32Array {
    return this.#slots;
  }

  /** The tags, parallel to {@link slots}. */
  get tags(): Int32Array {
    return this.#tags;
  }

  /** Appends an entry. */
  add(slot: number, tag: number): void {
    if (this.#length === this.#slots.length) {
      const slots = new Int32Array(this.#length * 2);
      const tags = new Int32Array(this.#length * 2);
      slots.set(this.#slots);
      tags.set(this.#tags);
      this.#slots = slots;
      this.#tags = tags;
    }
    this.#slots[this.#length] = slot;
    this.#tags[this.#length] = tag;
    this.#length++;
  }

  /** Removes the entry of a slot (swap with the last); returns whether it was there. */
  remove(slot: number): boolean {
    const at = this.#slots.subarray(0, this.#length).indexOf(slot);
    if (at < 0) return false;
    const last = --this.#length;
    this.#slots[at] = this.#slots[last] as number;
    this.#tags[at] = this.#tags[last] as number;
    return true;
  }

  /** The slots as a plain list (for tests and slow paths). */
  slotList(): number[] {
    return Array.from(this.#slots.subarray(0, this.#length));
  }
}
