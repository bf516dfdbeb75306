import type { AssignmentGraph } from './graph.js';
import { gini, quantile } from './inequality.js';

/** How a set of lists spreads over the offers. Exposure: Σ 1/log2(1 + rank) over the lists naming the offer. */
export interface ListsSummary {
  /** Mean score of the listed pairs, over candidates with a list (higher: more relevant). */
  readonly meanScore: number;
  /** Share of offers with positions that appear in at least one list (higher: wider spread). */
  readonly coverage: number;
  /** Gini of exposure per position over offers with positions (lower: less congestion). */
  readonly exposureGini: number;
  /** Lists naming an offer, per position of the offer: mean, 90th percentile and maximum (lower: less crowding). */
  readonly listingsPerPosition: { readonly mean: number; readonly p90: number; readonly max: number };
}

/**
 * Lists by number, one after the other: list c holds `item[start[c]]` to `item[start[c + 1] - 1]`, each naming an
 * offer number (−1 for an offer the graph does not have) and a score by its place in `offer` and `score`.
 */
export interface NumberedLists {
  readonly start: Int32Array;
  readonly item: Int32Array;
  readonly offer: Int32Array;
  readonly score: Float64Array;
}

/**
 * How lists of offers, one per candidate, spread over the graph's offers (see {@link ListsSummary}). Offers are
 * named by id; ids absent from the graph are ignored.
 */
export function summarizeLists(
  graph: AssignmentGraph,
  lists: readonly (readonly { readonly offerId: string; readonly score: number }[])[],
): ListsSummary {
  const offerNumber = new Map(graph.offerIds.map((id, o) => [id, o]));
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, c) => (start[c + 1] = (start[c] as number) + list.length));
  const offer = new Int32Array(start[lists.length] as number);
  const score = new Float64Array(offer.length);
  lists.forEach((list, c) =>
    list.forEach((item, rank) => {
      offer[(start[c] as number) + rank] = offerNumber.get(item.offerId) ?? -1;
      score[(start[c] as number) + rank] = item.score;
    }),
  );
  const item = Int32Array.from(offer, (_, i) => i);
  return summarizeNumberedLists(graph, { start, item, offer, score });
}

/** {@link summarizeLists} for lists by number. */
export function summarizeNumberedLists(graph: AssignmentGraph, lists: NumberedLists): ListsSummary {
  const { start, item, offer, score } = lists;
  const m = graph.offerIds.length;
  const exposure = new Float64Array(m);
  const listings = new Float64Array(m);
  let scoreSum = 0;
  let withList = 0;
  for (let c = 0; c + 1 < start.length; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    if (to === from) continue;
    withList++;
    let sum = 0;
    for (let j = from; j < to; j++) {
      const i = item[j] as number;
      sum += score[i] as number;
      const o = offer[i] as number;
      if (o < 0) continue;
      exposure[o]! += 1 / Math.log2(j - from + 2);
      listings[o]! += 1;
    }
    scoreSum += sum / (to - from);
  }
  const perPosition: number[] = [];
  const listingsPer: number[] = [];
  let covered = 0;
  let listingsTotal = 0;
  let listingsMax = 0;
  for (let o = 0; o < m; o++) {
    const p = graph.positions[o] as number;
    if (p <= 0) continue;
    perPosition.push((exposure[o] as number) / p);
    const per = (listings[o] as number) / p;
    listingsPer.push(per);
    listingsTotal += per;
    listingsMax = Math.max(listingsMax, per);
    if ((listings[o] as number) > 0) covered++;
  }
  return {
    meanScore: withList === 0 ? 0 : scoreSum / withList,
    coverage: perPosition.length === 0 ? 0 : covered / perPosition.length,
    exposureGini: gini(perPosition),
    listingsPerPosition: {
      mean: listingsPer.length === 0 ? 0 : listingsTotal / listingsPer.length,
      p90: quantile(listingsPer, 0.9),
      max: listingsMax,
    },
  };
}

/**
 * Each candidate's k best items by a value (ties: offer id first in code-unit order, so that lists are
 * deterministic), as indexes into the candidate-ordered arrays: candidate c's items are `start[c]` to
 * `start[c + 1] - 1`, of offer `offer[i]` and value `value[i]`. Returns the lists of indexes, best first.
 */
export function topLists(
  start: Int32Array,
  offer: Int32Array,
  value: Float64Array,
  idRank: Int32Array,
  k: number,
): { readonly start: Int32Array; readonly item: Int32Array } {
  const n = start.length - 1;
  const listStart = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) {
    listStart[c + 1] =
      (listStart[c] as number) + Math.min(k, (start[c + 1] as number) - (start[c] as number));
  }
  const item = new Int32Array(listStart[n] as number);
  for (let c = 0; c < n; c++) {
    const first = listStart[c] as number;
    const room = (listStart[c + 1] as number) - first;
    let size = 0;
    for (let i = start[c] as number, end = start[c + 1] as number; i < end; i++) {
      const x = value[i] as number;
      const rank = idRank[offer[i] as number] as number;
      // Insertion into the list kept sorted; an item no better than a full list's last is skipped at once.
      let j = size < room ? size++ : room;
      while (j > 0) {
        const other = item[first + j - 1] as number;
        const y = value[other] as number;
        if (y > x || (y === x && (idRank[offer[other] as number] as number) < rank)) break;
        if (j < room) item[first + j] = other;
        j--;
      }
      if (j < room) item[first + j] = i;
    }
  }
  return { start: listStart, item };
}

/** Each offer's place in the order of the offers' ids (code-unit order). */
export function offerIdRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, o) => o).sort((a, b) => compare(ids[a] as string, ids[b] as string));
  const rank = new Int32Array(ids.length);
  order.forEach((o, r) => (rank[o] = r));
  return rank;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
