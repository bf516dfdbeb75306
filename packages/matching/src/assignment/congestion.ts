import type { AssignmentGraph } from './graph.js';
import { gini, quantile } from './inequality.js';
import { transportPlan, type SinkhornOptions } from './sinkhorn.js';

/** Options of {@link congestionAwareLists}. */
export interface CongestionOptions extends SinkhornOptions {
  /** Length of each candidate's list (default 10). */
  readonly k?: number;
  /**
   * The trade between relevance and congestion, λ in [0, 1] (default 0.5): each offer is ranked by
   * (1 − λ)·score + λ·plan share, the plan share being the transport plan's mass on the pair over the largest mass
   * of the candidate's pairs. 0 keeps the engine's lists; 1 follows the plan alone.
   */
  readonly congestionWeight?: number;
}

/** One offer in a congestion-aware list. */
export interface ListedOffer {
  readonly offerId: string;
  /** The engine's score of the pair. */
  readonly score: number;
  /** The plan's share of the pair, in [0, 1] (1: the candidate's largest). */
  readonly planShare: number;
  /** (1 − λ)·score + λ·planShare, what the list is sorted by. */
  readonly rankValue: number;
}

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

/** Both sides of the trade: what relevance is given up, what congestion is removed. */
export interface CongestionReport {
  readonly k: number;
  readonly congestionWeight: number;
  readonly before: ListsSummary;
  readonly after: ListsSummary;
  /** before.meanScore − after.meanScore (≥ 0 in practice: the relevance given up). */
  readonly relevanceLost: number;
  /** relevanceLost / before.meanScore (0 when before is 0). */
  readonly relativeRelevanceLost: number;
  /** before.exposureGini − after.exposureGini (the congestion removed). */
  readonly giniReduction: number;
  /** before.listingsPerPosition.max − after.listingsPerPosition.max. */
  readonly maxListingsPerPositionReduction: number;
}

/** Congestion-aware lists, by candidate in the graph's order, and the report. */
export interface CongestionAwareLists {
  readonly lists: readonly (readonly ListedOffer[])[];
  readonly report: CongestionReport;
  readonly iterations: number;
  readonly converged: boolean;
  readonly domain: 'kernel' | 'log';
}

/**
 * Re-ranks each candidate's offers so that recommendations spread according to the offers' positions instead of
 * crowding the same few attractive offers (entropic optimal transport on the sparse score matrix, as ReCon,
 * RecSys 2023, and public employment service studies do), and reports both sides of the trade against the
 * engine's own lists (the graph's edges by decreasing score).
 *
 * @throws RangeError on `k` not a positive integer or `congestionWeight` outside [0, 1], and the Sinkhorn options'
 * errors.
 */
export function congestionAwareLists(
  graph: AssignmentGraph,
  options: CongestionOptions = {},
): CongestionAwareLists {
  const k = options.k ?? 10;
  if (!Number.isInteger(k) || k <= 0) throw new RangeError(`k must be a positive integer, got ${String(k)}.`);
  const lambda = options.congestionWeight ?? 0.5;
  if (!(lambda >= 0 && lambda <= 1))
    throw new RangeError(`congestionWeight must be in [0, 1], got ${String(lambda)}.`);
  const plan = transportPlan(graph, options);
  const byCandidate = edgesByCandidate(graph);
  const before: ListedOffer[][] = [];
  const after: ListedOffer[][] = [];
  for (const edges of byCandidate) {
    let largest = 0;
    for (const [e] of edges) largest = Math.max(largest, plan.mass[e] as number);
    const listed = edges.map(([e, o]): ListedOffer => {
      const score = graph.edgeScore[e] as number;
      const planShare = largest > 0 ? (plan.mass[e] as number) / largest : 0;
      return {
        offerId: graph.offerIds[o] as string,
        score,
        planShare,
        rankValue: (1 - lambda) * score + lambda * planShare,
      };
    });
    before.push(top(listed, (x) => x.score, k));
    after.push(top(listed, (x) => x.rankValue, k));
  }
  const summaryBefore = summarizeLists(graph, before);
  const summaryAfter = summarizeLists(graph, after);
  const relevanceLost = summaryBefore.meanScore - summaryAfter.meanScore;
  return {
    lists: after,
    report: {
      k,
      congestionWeight: lambda,
      before: summaryBefore,
      after: summaryAfter,
      relevanceLost,
      relativeRelevanceLost: summaryBefore.meanScore === 0 ? 0 : relevanceLost / summaryBefore.meanScore,
      giniReduction: summaryBefore.exposureGini - summaryAfter.exposureGini,
      maxListingsPerPositionReduction:
        summaryBefore.listingsPerPosition.max - summaryAfter.listingsPerPosition.max,
    },
    iterations: plan.iterations,
    converged: plan.converged,
    domain: plan.domain,
  };
}

// The k best by a value, ties by offer id so that lists are deterministic.
function top(listed: ListedOffer[], value: (x: ListedOffer) => number, k: number): ListedOffer[] {
  return [...listed]
    .sort((a, b) => value(b) - value(a) || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0))
    .slice(0, k);
}

function edgesByCandidate(graph: AssignmentGraph): [edge: number, offer: number][][] {
  const lists = graph.candidateIds.map(() => [] as [number, number][]);
  for (let o = 0; o < graph.offerIds.length; o++) {
    for (let e = graph.offerStart[o] as number; e < (graph.offerStart[o + 1] as number); e++) {
      (lists[graph.edgeCandidate[e] as number] as [number, number][]).push([e, o]);
    }
  }
  return lists;
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
  const exposure = new Float64Array(graph.offerIds.length);
  const listings = new Float64Array(graph.offerIds.length);
  let scoreSum = 0;
  let withList = 0;
  for (const list of lists) {
    if (list.length === 0) continue;
    withList++;
    let sum = 0;
    list.forEach((item, rank) => {
      sum += item.score;
      const o = offerNumber.get(item.offerId);
      if (o === undefined) return;
      exposure[o]! += 1 / Math.log2(rank + 2);
      listings[o]! += 1;
    });
    scoreSum += sum / list.length;
  }
  const perPosition: number[] = [];
  const listingsPer: number[] = [];
  let covered = 0;
  graph.positions.forEach((p, o) => {
    if (p <= 0) return;
    perPosition.push((exposure[o] as number) / p);
    listingsPer.push((listings[o] as number) / p);
    if ((listings[o] as number) > 0) covered++;
  });
  return {
    meanScore: withList === 0 ? 0 : scoreSum / withList,
    coverage: perPosition.length === 0 ? 0 : covered / perPosition.length,
    exposureGini: gini(perPosition),
    listingsPerPosition: {
      mean: listingsPer.length === 0 ? 0 : listingsPer.reduce((a, b) => a + b, 0) / listingsPer.length,
      p90: quantile(listingsPer, 0.9),
      max: listingsPer.reduce((a, b) => Math.max(a, b), 0),
    },
  };
}
