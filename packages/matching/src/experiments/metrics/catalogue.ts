import { gini } from '../../assignment/inequality.js';

/** Recommended lists, one per query, best first. */
export type RecommendationLists = readonly (readonly string[])[];

function checkK(k: number): void {
  if (!Number.isInteger(k) || k <= 0) throw new RangeError(`k must be a positive integer, got ${String(k)}.`);
}

/**
 * Catalogue coverage@k: the share of the catalogue's items that appear in at least one top-k list. Range [0, 1],
 * higher means recommendations reach more of the catalogue; 0 for an empty catalogue. Ids outside it are ignored.
 */
export function catalogueCoverage(
  lists: RecommendationLists,
  catalogue: readonly string[],
  k: number,
): number {
  checkK(k);
  const items = new Set(catalogue);
  if (items.size === 0) return 0;
  const seen = new Set<string>();
  for (const list of lists) for (const id of list.slice(0, k)) if (items.has(id)) seen.add(id);
  return seen.size / items.size;
}

/** Each catalogue item's exposure: Σ over top-k lists of 1 / log2(1 + rank), by item. */
export function exposure(
  lists: RecommendationLists,
  catalogue: readonly string[],
  k: number,
): Map<string, number> {
  checkK(k);
  const totals = new Map(catalogue.map((id) => [id, 0]));
  for (const list of lists) {
    list.slice(0, k).forEach((id, i) => {
      const current = totals.get(id);
      if (current !== undefined) totals.set(id, current + 1 / Math.log2(i + 2));
    });
  }
  return totals;
}

/**
 * Exposure Gini@k: the Gini coefficient of the catalogue items' exposure (see {@link exposure}), optionally per unit
 * of capacity (an offer's positions). Range [0, 1), lower is better: 0 when every item (or position) gets the same
 * attention, near 1 when a few take it all.
 */
export function exposureGini(
  lists: RecommendationLists,
  catalogue: readonly string[],
  k: number,
  capacity?: ReadonlyMap<string, number>,
): number {
  const values: number[] = [];
  for (const [id, value] of exposure(lists, catalogue, k)) {
    const units = capacity ? (capacity.get(id) ?? 0) : 1;
    if (units > 0) values.push(value / units);
  }
  return gini(values);
}

/** Congestion of top-k lists over offers: lists naming each offer per position, summarised. */
export interface ApplicantsPerPosition {
  /** Mean over offers with positions (lower: less crowding). */
  readonly mean: number;
  /** Largest (the most crowded offer). */
  readonly max: number;
  /** Share of offers with positions that no list names. */
  readonly unseen: number;
}

/**
 * Applicants per position@k: for each offer with positions, the number of top-k lists naming it over its positions
 * (as if every candidate applied to every listed offer). Lower is better; 0s for no offer with positions.
 */
export function applicantsPerPosition(
  lists: RecommendationLists,
  positions: ReadonlyMap<string, number>,
  k: number,
): ApplicantsPerPosition {
  checkK(k);
  const listed = new Map<string, number>();
  for (const list of lists)
    for (const id of new Set(list.slice(0, k))) listed.set(id, (listed.get(id) ?? 0) + 1);
  let sum = 0;
  let max = 0;
  let count = 0;
  let unseen = 0;
  for (const [id, p] of positions) {
    if (!(p > 0)) continue;
    const ratio = (listed.get(id) ?? 0) / p;
    sum += ratio;
    max = Math.max(max, ratio);
    count++;
    if (ratio === 0) unseen++;
  }
  return count === 0 ? { mean: 0, max: 0, unseen: 0 } : { mean: sum / count, max, unseen: unseen / count };
}
