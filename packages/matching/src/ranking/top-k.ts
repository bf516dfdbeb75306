/**
 * The k best (score, slot) pairs seen: a binary heap whose root is the worst kept pair, on two plain arrays of
 * numbers (one TopK per query: typed arrays would each cost an allocation outside the heap, and their finalisation).
 * Higher scores are better; equal scores are ordered by id, the smaller first, so results are deterministic.
 */
export class TopK {
  readonly #k: number;
  readonly #scores: number[];
  readonly #slots: number[];
  readonly #ids: (slot: number) => string;
  #size = 0;

  constructor(k: number, ids: (slot: number) => string) {
    this.#k = k;
    this.#scores = new Array<number>(k).fill(0);
    this.#slots = new Array<number>(k).fill(0);
    this.#ids = ids;
  }

  /** How many pairs are kept. */
  get size(): number {
    return this.#size;
  }

  /** The worst score kept, or −Infinity while fewer than k are kept. */
  get threshold(): number {
    return this.#size < this.#k ? Number.NEGATIVE_INFINITY : (this.#scores[0] as number);
  }

  /** Whether (scoreA, slotA) ranks below (scoreB, slotB). */
  #worse(scoreA: number, slotA: number, scoreB: number, slotB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && this.#ids(slotA) > this.#ids(slotB));
  }

  /** Offers a pair; keeps it if it is among the k best so far. */
  push(score: number, slot: number): void {
    if (this.#size < this.#k) {
      this.#scores[this.#size] = score;
      this.#slots[this.#size] = slot;
      this.#siftUp(this.#size++);
    } else if (this.#worse(this.#scores[0] as number, this.#slots[0] as number, score, slot)) {
      this.#scores[0] = score;
      this.#slots[0] = slot;
      this.#siftDown(0);
    }
  }

  #swap(a: number, b: number): void {
    const score = this.#scores[a] as number;
    const slot = this.#slots[a] as number;
    this.#scores[a] = this.#scores[b] as number;
    this.#slots[a] = this.#slots[b] as number;
    this.#scores[b] = score;
    this.#slots[b] = slot;
  }

  #less(a: number, b: number): boolean {
    return this.#worse(
      this.#scores[a] as number,
      this.#slots[a] as number,
      this.#scores[b] as number,
      this.#slots[b] as number,
    );
  }

  #siftUp(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.#less(at, parent)) return;
      this.#swap(at, parent);
      at = parent;
    }
  }

  #siftDown(at: number): void {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let smallest = at;
      if (left < this.#size && this.#less(left, smallest)) smallest = left;
      if (right < this.#size && this.#less(right, smallest)) smallest = right;
      if (smallest === at) return;
      this.#swap(at, smallest);
      at = smallest;
    }
  }

  /** The kept pairs, best first. */
  sorted(): Array<{ score: number; slot: number }> {
    const list = Array.from({ length: this.#size }, (_, i) => ({
      score: this.#scores[i] as number,
      slot: this.#slots[i] as number,
    }));
    return list.sort((a, b) => b.score - a.score || (this.#ids(a.slot) < this.#ids(b.slot) ? -1 : 1));
  }
}
