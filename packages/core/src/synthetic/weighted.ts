import type { SeededRandom } from './random.js';

/**
 * Draws items in proportion to their weights: cumulative sums and a binary search, so a draw costs
 * O(log n) whatever the list (places, employers, occupations).
 */
export class WeightedPicker<T> {
  /** The items, in the order given. */
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  /** Builds a picker; at least one weight must be positive, and none negative. */
  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      if (!(weight >= 0) || !Number.isFinite(weight)) {
        throw new RangeError(`WeightedPicker: weight ${weight} at ${i} must be a finite number ≥ 0.`);
      }
      sum += weight;
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new RangeError('WeightedPicker: give at least one item with a positive weight.');
    this.total = sum;
  }

  /** Number of items. */
  get size(): number {
    return this.items.length;
  }

  /** One item, drawn in proportion to its weight. */
  pick(random: SeededRandom): T {
    const target = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.cumulative[middle] as number) > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low] as T;
  }
}

/** A picker over a small literal table, written `[[item, weight], …]`. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedPicker<T> {
  return new WeightedPicker(entries);
}
