import type { AssignmentGraph } from './graph.js';

/** What a solver returns, by numbers: each candidate's offer (or −1) and the score of that pair. */
export interface AssignmentSolution {
  /** The offer number each candidate is assigned to, −1 when none. */
  readonly offerOfCandidate: Int32Array;
  /** The score of each candidate's pair, 0 when unassigned. */
  readonly scoreOfCandidate: Float64Array;
  /** Sum of the scores of the assigned pairs. */
  readonly totalScore: number;
  /** Number of candidates assigned. */
  readonly assigned: number;
}

/** Builds a solution from each candidate's edge number (−1 when unassigned). */
export function solutionFromEdges(graph: AssignmentGraph, edgeOfCandidate: Int32Array): AssignmentSolution {
  const n = graph.candidateIds.length;
  const offerOfCandidate = new Int32Array(n).fill(-1);
  const scoreOfCandidate = new Float64Array(n);
  let totalScore = 0;
  let assigned = 0;
  for (let c = 0; c < n; c++) {
    const e = edgeOfCandidate[c] as number;
    if (e < 0) continue;
    offerOfCandidate[c] = offerOfEdgeNumber(graph.offerStart, e);
    scoreOfCandidate[c] = graph.edgeScore[e] as number;
    totalScore += graph.edgeScore[e] as number;
    assigned++;
  }
  return { offerOfCandidate, scoreOfCandidate, totalScore, assigned };
}

/** The offer whose run of edges holds edge e: the last o with offerStart[o] ≤ e (binary search; runs may be empty). */
function offerOfEdgeNumber(offerStart: Int32Array, e: number): number {
  let low = 0;
  let high = offerStart.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offerStart[middle] as number) <= e) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The offer number of every edge (the graph stores edges by offer). */
export function offersOfEdges(graph: AssignmentGraph): Int32Array {
  const offerOfEdge = new Int32Array(graph.edgeCandidate.length);
  for (let o = 0; o < graph.positions.length; o++) {
    offerOfEdge.fill(o, graph.offerStart[o] as number, graph.offerStart[o + 1] as number);
  }
  return offerOfEdge;
}
