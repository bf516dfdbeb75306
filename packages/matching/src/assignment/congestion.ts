import type { AssignmentGraph } from './graph.js';
import { offerIdRanks, summarizeNumberedLists, topLists, type ListsSummary } from './lists-summary.js';
import { transportPlanWithSetup, type SinkhornOptions } from './sinkhorn.js';

export { summarizeLists, type ListsSummary } from './lists-summary.js';

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
  const { plan, setup } = transportPlanWithSetup(graph, options);
  const { start, edge, offer, score } = setup;
  const n = graph.candidateIds.length;
  const { mass } = plan;
  const planShare = new Float64Array(edge.length);
  const rankValue = new Float64Array(edge.length);
  for (let c = 0; c < n; c++) {
    const from = start[c] as number;
    const to = start[c + 1] as number;
    let largest = 0;
    for (let i = from; i < to; i++) largest = Math.max(largest, mass[edge[i] as number] as number);
    for (let i = from; i < to; i++) {
      planShare[i] = largest > 0 ? (mass[edge[i] as number] as number) / largest : 0;
      rankValue[i] = (1 - lambda) * (score[i] as number) + lambda * (planShare[i] as number);
    }
  }
  const idRank = offerIdRanks(graph.offerIds);
  const before = topLists(start, offer, score, idRank, k);
  const after = topLists(start, offer, rankValue, idRank, k);
  const lists = Array.from({ length: n }, (_, c) => {
    const list: ListedOffer[] = [];
    for (let j = after.start[c] as number; j < (after.start[c + 1] as number); j++) {
      const i = after.item[j] as number;
      list.push({
        offerId: graph.offerIds[offer[i] as number] as string,
        score: score[i] as number,
        planShare: planShare[i] as number,
        rankValue: rankValue[i] as number,
      });
    }
    return list;
  });
  const summaryBefore = summarizeNumberedLists(graph, { ...before, offer, score });
  const summaryAfter = summarizeNumberedLists(graph, { ...after, offer, score });
  const relevanceLost = summaryBefore.meanScore - summaryAfter.meanScore;
  return {
    lists,
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
