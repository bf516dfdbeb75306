// k-fold splits of labelled titles, for using some titles as extra synonyms while the others are evaluated.
import { seededSample } from './seeded-sampling.js';

/** Folds of items and how many groups of equal text they were made of. */
export interface Folds<T> {
  /** The folds, each in a seeded order; together they hold every item once. */
  readonly folds: readonly (readonly T[])[];
  /** Groups of items that had to stay together (every item its own group when nothing was grouped). */
  readonly groups: number;
}

function checkFoldCount(folds: number): void {
  if (!Number.isInteger(folds) || folds < 2) {
    throw new RangeError(`folds must be an integer of at least 2, got ${String(folds)}.`);
  }
}

/**
 * `items` shuffled with `seed` and cut into `folds` consecutive runs of (nearly) equal length, the longer ones
 * first; with two folds these are {@link seededHalves}. Items with the same text may land in different folds.
 *
 * @throws RangeError when `folds` is not an integer of at least 2.
 */
export function randomFolds<T>(items: readonly T[], folds: number, seed: number): Folds<T> {
  checkFoldCount(folds);
  const shuffled = seededSample(items, items.length, seed);
  const cuts = Array.from({ length: folds + 1 }, (_, f) => Math.ceil((f * shuffled.length) / folds));
  return {
    folds: cuts.slice(0, folds).map((start, f) => shuffled.slice(start, cuts[f + 1])),
    groups: items.length,
  };
}

/**
 * k folds in which items sharing any key (`keysOf`, e.g. a title's normalised words) always sit in the same fold,
 * so that no evaluated item has the key of an item in another fold. Groups (items linked by shared keys) are
 * shuffled with `seed`, then each goes to the fold holding the fewest items so far (the first such fold on ties).
 *
 * @throws RangeError when `folds` is not an integer of at least 2.
 */
export function groupedFolds<T>(
  items: readonly T[],
  folds: number,
  seed: number,
  keysOf: (item: T) => readonly string[],
): Folds<T> {
  checkFoldCount(folds);
  const groups = groupByKeys(items, keysOf);
  const result: T[][] = Array.from({ length: folds }, () => []);
  for (const group of seededSample(groups, groups.length, seed)) {
    let smallest = 0;
    for (let f = 1; f < folds; f++) {
      if ((result[f] as T[]).length < (result[smallest] as T[]).length) smallest = f;
    }
    for (const index of group) (result[smallest] as T[]).push(items[index] as T);
  }
  return { folds: result, groups: groups.length };
}

// Items linked by a shared key, transitively (union–find over item indexes), in order of first appearance.
function groupByKeys<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): number[][] {
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const owner = new Map<string, number>();
  items.forEach((item, i) => {
    for (const key of keysOf(item)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else {
        const [a, b] = [root(other), root(i)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const byRoot = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = root(i);
    const group = byRoot.get(r);
    if (group === undefined) byRoot.set(r, [i]);
    else group.push(i);
  });
  return [...byRoot.values()];
}
