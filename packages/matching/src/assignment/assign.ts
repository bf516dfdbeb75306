import { solveStableAssignment, type StableAssignmentOptions } from './deferred-acceptance.js';
import { assignmentGraphFromArrays, totalPositions, type AssignmentGraph, type ScoredPair } from './graph.js';
import { solveGreedyAssignment } from './greedy.js';
import { solveAuctionAssignment, type AuctionOptions } from './solve-auction.js';
import { solveExactAssignment } from './solve-exact.js';
import { offersOfEdges, type AssignmentSolution } from './solution.js';

/**
 * The assignment methods: `exact` (maximum total score), `auction` (within `relativeGap` of it, faster when positions
 * are about as many as candidates), `greedy` (best pairs first), `stable` (deferred acceptance).
 */
export const ASSIGNMENT_METHODS = ['exact', 'auction', 'greedy', 'stable'] as const;
export type AssignmentMethod = (typeof ASSIGNMENT_METHODS)[number];

/** Options of {@link assign}. */
export interface AssignOptions extends StableAssignmentOptions, AuctionOptions {
  /** Default `exact`. Preferences and `proposing` apply to `stable` only, `relativeGap` to `auction` only. */
  readonly method?: AssignmentMethod;
  /** Pairs scoring below this are never made (default 0). */
  readonly minScore?: number;
}

/** An offer's positions left open. */
export interface OpenPositions {
  readonly offerId: string;
  readonly open: number;
}

/** Who goes where, with the totals a Mire looks at. */
export interface Assignment {
  readonly method: AssignmentMethod;
  /** The pairs made, by offer id then decreasing score (ties by candidate id). */
  readonly pairs: readonly ScoredPair[];
  /** Candidates left without an offer, in the order given. */
  readonly unassignedCandidates: readonly string[];
  /** Offers with positions left, in the order given. */
  readonly openPositions: readonly OpenPositions[];
  /** Sum of the pairs' scores (what `exact` maximises). */
  readonly totalScore: number;
  /** Share of candidates assigned, in [0, 1] (0 without candidates). */
  readonly shareAssigned: number;
  /** Share of positions filled, in [0, 1] (0 without positions). */
  readonly shareFilled: number;
  /** The same result by candidate and offer numbers of the graph, for further computation. */
  readonly solution: AssignmentSolution;
}

/**
 * Assigns candidates to offers on a sparse graph (see `buildAssignmentGraph` and `createAssignmentGraph`): each
 * candidate to at most one offer, each offer to at most its positions, only along the graph's edges (so hard
 * constraints hold) and only pairs scoring at least `minScore`. `exact` maximises the total score (optimal, checked
 * against munkres and brute force); `auction` comes within `relativeGap` (default 0.5 %) of it; `greedy` and
 * `stable` are there for comparison and for when the two sides rank differently.
 *
 * @throws RangeError on a `minScore` outside [0, 1] or an unknown method.
 */
export function assign(graph: AssignmentGraph, options: AssignOptions = {}): Assignment {
  const method = options.method ?? 'exact';
  if (!ASSIGNMENT_METHODS.includes(method)) {
    throw new RangeError(
      `Unknown assignment method "${String(method)}": use ${ASSIGNMENT_METHODS.join(', ')}.`,
    );
  }
  const restricted = options.minScore ? restrictGraph(graph, options.minScore) : graph;
  const solution =
    method === 'exact'
      ? solveExactAssignment(restricted)
      : method === 'auction'
        ? solveAuctionAssignment(restricted, options)
        : method === 'greedy'
          ? solveGreedyAssignment(restricted)
          : solveStableAssignment(restricted, options);
  return describeSolution(graph, method, solution);
}

/** The same graph without the pairs scoring below `minScore`. */
export function restrictGraph(graph: AssignmentGraph, minScore: number): AssignmentGraph {
  return assignmentGraphFromArrays(
    {
      candidateCount: graph.candidateIds.length,
      positions: graph.positions,
      edgeCandidate: graph.edgeCandidate,
      edgeOffer: offersOfEdges(graph),
      edgeScore: graph.edgeScore,
      candidateIds: graph.candidateIds,
      offerIds: graph.offerIds,
    },
    { minScore },
  );
}

/** Turns a solution by numbers into pairs and totals by id. */
export function describeSolution(
  graph: AssignmentGraph,
  method: AssignmentMethod,
  solution: AssignmentSolution,
): Assignment {
  const taken = new Int32Array(graph.offerIds.length);
  const byOffer = graph.offerIds.map(() => [] as ScoredPair[]);
  const unassignedCandidates: string[] = [];
  graph.candidateIds.forEach((candidateId, c) => {
    const o = solution.offerOfCandidate[c] as number;
    if (o < 0) {
      unassignedCandidates.push(candidateId);
      return;
    }
    taken[o]!++;
    const offerId = graph.offerIds[o] as string;
    (byOffer[o] as ScoredPair[]).push({
      candidateId,
      offerId,
      score: solution.scoreOfCandidate[c] as number,
    });
  });
  const byScore = (a: ScoredPair, b: ScoredPair) =>
    b.score - a.score || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0);
  const order = graph.offerIds.map((_, o) => o).sort((a, b) => compareIds(graph.offerIds, a, b));
  const pairs = order.flatMap((o) => (byOffer[o] as ScoredPair[]).sort(byScore));
  const openPositions = graph.offerIds.flatMap((offerId, o) => {
    const open = (graph.positions[o] as number) - (taken[o] as number);
    return open > 0 ? [{ offerId, open }] : [];
  });
  const candidates = graph.candidateIds.length;
  const positions = totalPositions(graph);
  return {
    method,
    pairs,
    unassignedCandidates,
    openPositions,
    totalScore: solution.totalScore,
    shareAssigned: candidates === 0 ? 0 : solution.assigned / candidates,
    shareFilled: positions === 0 ? 0 : solution.assigned / positions,
    solution,
  };
}

function compareIds(ids: readonly string[], a: number, b: number): number {
  const x = ids[a] as string;
  const y = ids[b] as string;
  return x < y ? -1 : x > y ? 1 : 0;
}
