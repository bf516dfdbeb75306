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
 * Near-optimal assignment by Bertsekas' auction (forward, one phase from zero prices): each free position bids for
 * its best candidate at the current prices, raising that candidate's price by the gap to its second-best option
 * (the empty position counting as one at 0) plus ε. It ends with every position assigned or empty and
 * ε-complementary slackness, so the total is within rows · ε of the optimum (free candidates keep price 0). Faster
 * than the exact solver when positions are about as many as candidates and competition is stiff.
 *
 * @throws RangeError on a relativeGap outside (0, 1).
 */
export function solveAuctionAssignment(
  graph: AssignmentGraph,
  options: AuctionOptions = {},
): AuctionSolution {
  const gap = options.relativeGap ?? 0.005;
  if (!(gap > 0 && gap < 1)) throw new RangeError(`relativeGap must be in (0, 1), got ${String(gap)}.`);
  const { offerStart, edgeCandidate, edgeScore } = graph;
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const rowsOf = (o: number) =>
    Math.min(graph.positions[o] as number, (offerStart[o + 1] as number) - (offerStart[o] as number));
  let rows = 0;
  for (let o = 0; o < m; o++) rows += rowsOf(o);
  const greedy = solveGreedyAssignment(graph).totalScore;
  if (rows === 0 || greedy === 0)
    return { ...solutionFromEdges(graph, new Int32Array(n).fill(-1)), epsilon: 0, gapBound: 0 };
  const epsilon = (gap * greedy) / rows;
  const rowOffer = new Int32Array(rows);
  for (let o = 0, r = 0; o < m; o++) for (let p = rowsOf(o); p > 0; p--) rowOffer[r++] = o;
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
    let v2 = -Infinity;
    let j1 = -1;
    let e1 = -1;
    for (let e = offerStart[o] as number, end = offerStart[o + 1] as number; e < end; e++) {
      const score = edgeScore[e] as number;
      if (score <= v2) break; // edges are best first and prices never negative: no later value exceeds score
      const c = edgeCandidate[e] as number;
      const value = score - (price[c] as number);
      if (value > v1) {
        v2 = v1;
        v1 = value;
        j1 = c;
        e1 = e;
      } else if (value > v2) v2 = value;
    }
    if (j1 < 0) {
      // Empty is best for this position, and (prices only rise) for the offer's other free positions, for good.
      offerEmpty[o] = 1;
      continue;
    }
    price[j1] = (price[j1] as number) + (v1 - v2) + epsilon;
    const holder = colRow[j1] as number;
    rowEdge[r] = e1;
    colRow[j1] = r;
    if (holder >= 0) {
      rowEdge[holder] = -1;
      queue[tail] = holder;
      tail = tail + 1 === slots ? 0 : tail + 1;
    }
  }
  const edgeOfCandidate = new Int32Array(n).fill(-1);
  for (let c = 0; c < n; c++) {
    const r = colRow[c] as number;
    if (r >= 0) edgeOfCandidate[c] = rowEdge[r] as number;
  }
  return { ...solutionFromEdges(graph, edgeOfCandidate), epsilon, gapBound: rows * epsilon };
}
