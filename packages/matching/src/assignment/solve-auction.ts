import type { AssignmentGraph } from './graph.js';
import { solveGreedyAssignment } from './greedy.js';
import { solutionFromEdges, type AssignmentSolution } from './solution.js';

/** Options of {@link solveAuctionAssignment}. */
export interface AuctionOptions {
  /**
   * Largest shortfall from the optimal total accepted, as a share of it (default 0.005, i.e. 0.5 %). The bid step ε
   * is set so that rows · ε stays below this share of the greedy total, itself below the optimum.
   */
  readonly relativeGap?: number;
}

/** An auction's solution, with the bound it guarantees. */
export interface AuctionSolution extends AssignmentSolution {
  /** The bid step used. */
  readonly epsilon: number;
  /** The optimal total is at most `totalScore + gapBound`. */
  readonly gapBound: number;
}

/**
 * Near-optimal assignment by Bertsekas' auction (forward, one phase from zero prices, Gauss–Seidel: each bid sees
 * the prices of the bids before it), with the positions of an offer bidding as one (Bertsekas and Castañon's
 * auction for similar persons): a free position bids for the offer's best candidate it does not hold yet, and the
 * offer's level drops to its second-best option (the empty position counting as one at 0) minus ε; that candidate
 * and the ones the offer holds are priced at that level. Positions of one offer thus never outbid each other, which
 * without this makes most bids when offers have several positions. It ends with every position assigned or empty,
 * every candidate the offer holds at its level and none it does not hold above the level plus ε, free candidates at
 * price 0: the total is within rows · ε of the optimum.
 *
 * @throws RangeError on a relativeGap outside (0, 1).
 */
export function solveAuctionAssignment(
  graph: AssignmentGraph,
  options: AuctionOptions = {},
): AuctionSolution {
  const gap = options.relativeGap ?? 0.005;
  if (!(gap > 0 && gap < 1)) throw new RangeError(`relativeGap must be in (0, 1), got ${String(gap)}.`);
  const { offerStart } = graph;
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const rowStart = new Int32Array(m + 1);
  for (let o = 0; o < m; o++) {
    const rows = Math.min(
      graph.positions[o] as number,
      (offerStart[o + 1] as number) - (offerStart[o] as number),
    );
    rowStart[o + 1] = (rowStart[o] as number) + rows;
  }
  const rows = rowStart[m] as number;
  const greedy = solveGreedyAssignment(graph).totalScore;
  if (rows === 0 || greedy === 0)
    return { ...solutionFromEdges(graph, new Int32Array(n).fill(-1)), epsilon: 0, gapBound: 0 };
  const epsilon = (gap * greedy) / rows;
  const rowEdge = bid(graph, rowStart, epsilon);
  const edgeOfCandidate = new Int32Array(n).fill(-1);
  for (let r = 0; r < rows; r++) {
    const e = rowEdge[r] as number;
    if (e >= 0) edgeOfCandidate[graph.edgeCandidate[e] as number] = e;
  }
  return { ...solutionFromEdges(graph, edgeOfCandidate), epsilon, gapBound: rows * epsilon };
}

// The auction itself: each row's edge (−1 when it stays empty).
function bid(graph: AssignmentGraph, rowStart: Int32Array, epsilon: number): Int32Array {
  const { offerStart, edgeCandidate, edgeScore } = graph;
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const rows = rowStart[m] as number;
  const rowOffer = new Int32Array(rows);
  for (let o = 0; o < m; o++) rowOffer.fill(o, rowStart[o] as number, rowStart[o + 1] as number);
  const rowEdge = new Int32Array(rows).fill(-1);
  const colRow = new Int32Array(n).fill(-1);
  const price = new Float64Array(n);
  const offerEmpty = new Uint8Array(m);
  // A ring of free rows; each row is in it at most once.
  const slots = rows + 1;
  const queue = new Int32Array(slots);
  for (let r = 0; r < rows; r++) queue[r] = r;
  let head = 0;
  let tail = rows;
  while (head !== tail) {
    const r = queue[head] as number;
    head = head + 1 === slots ? 0 : head + 1;
    const o = rowOffer[r] as number;
    if (offerEmpty[o] === 1) continue;
    let v1 = 0; // the empty position
    let v2 = 0;
    let j1 = -1;
    let e1 = -1;
    for (let e = offerStart[o] as number, end = offerStart[o + 1] as number; e < end; e++) {
      const score = edgeScore[e] as number;
      if (score <= v2) break; // edges are best first and prices never negative: no later value exceeds score
      const c = edgeCandidate[e] as number;
      const holder = colRow[c] as number;
      if (holder >= 0 && rowOffer[holder] === o) continue;
      const value = score - (price[c] as number);
      if (value > v1) {
        v2 = v1;
        v1 = value;
        j1 = c;
        e1 = e;
      } else if (value > v2) v2 = value;
    }
    // The offer's new level; staying empty sets it to 0 at most, for good (prices only rise).
    const level = j1 < 0 ? 0 : v2 - epsilon;
    for (let q = rowStart[o] as number, end = rowStart[o + 1] as number; q < end; q++) {
      const e = rowEdge[q] as number;
      if (e < 0) continue;
      const c = edgeCandidate[e] as number;
      price[c] = Math.max(price[c] as number, (edgeScore[e] as number) - level);
    }
    if (j1 < 0) {
      offerEmpty[o] = 1;
      continue;
    }
    price[j1] = (edgeScore[e1] as number) - level;
    const holder = colRow[j1] as number;
    rowEdge[r] = e1;
    colRow[j1] = r;
    if (holder >= 0) {
      rowEdge[holder] = -1;
      queue[tail] = holder;
      tail = tail + 1 === slots ? 0 : tail + 1;
    }
  }
  return rowEdge;
}
