/**
 * A binary min-heap of (key, value) pairs on typed arrays, for Dijkstra's frontier. Lazy: a value may be pushed
 * again with a smaller key instead of being decreased in place; the caller skips stale pops.
 */
export class MinHeap {
  #keys: Float64Array;
  #values: Int32Array;
  #size = 0;

  constructor(capacity = 64) {
    this.#keys = new Float64Array(capacity);
    this.#values = new Int32Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  clear(): void {
    this.#size = 0;
  }

  /** The smallest key (only when not empty). */
  get topKey(): number {
    return this.#keys[0] as number;
  }

  /** The value of the smallest key (only when not empty). */
  get topValue(): number {
    return this.#values[0] as number;
  }

  push(key: number, value: number): void {
    if (this.#size === this.#keys.length) this.#grow();
    const keys = this.#keys;
    const values = this.#values;
    let i = this.#size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      keys[i] = pk;
      values[i] = values[parent] as number;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest pair (only when not empty). */
  pop(): void {
    const keys = this.#keys;
    const values = this.#values;
    const size = --this.#size;
    const key = keys[size] as number;
    const value = values[size] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (keys[child + 1] as number) < (keys[child] as number)) child++;
      if ((keys[child] as number) >= key) break;
      keys[i] = keys[child] as number;
      values[i] = values[child] as number;
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }

  #grow(): void {
    const keys = new Float64Array(this.#keys.length * 2);
    const values = new Int32Array(this.#values.length * 2);
    keys.set(this.#keys);
    values.set(this.#values);
    this.#keys = keys;
    this.#values = values;
  }
}
