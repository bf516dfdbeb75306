import type { AssignmentGraph } from './graph.js';
import { solutionFromEdges, type AssignmentSolution } from './solution.js';

/**
 * Greedy assignment: pairs in decreasing score order (ties: smaller offer number, then smaller candidate number),
 * each kept while its candidate is free and its offer has a position left. Fast and simple; at least half the
 * optimal total (a classic bound for greedy matching), often much closer, never better than the exact solver.
 *
 * The graph stores each offer's edges best first (ties by candidate), so that order is a merge of the offers' lists:
 * a heap of offers keyed by their next edge. An offer leaves the heap once full, with its remaining edges unread.
 */
export function solveGreedyAssignment(graph: AssignmentGraph): AssignmentSolution {
  const { offerStart, edgeCandidate, edgeScore } = graph;
  const m = graph.positions.length;
  const next = offerStart.slice(0, m);
  const left = Int32Array.from(graph.positions);
  // The heap holds each offer with its next edge's score beside it: comparisons then read no edge.
  const heapOffer = new Int32Array(m);
  const heapScore = new Float64Array(m);
  let size = 0;
  for (let o = 0; o < m; o++) {
    if ((left[o] as number) === 0 || (next[o] as number) === (offerStart[o + 1] as number)) continue;
    heapOffer[size] = o;
    heapScore[size++] = edgeScore[next[o] as number] as number;
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) {
    siftDown(heapOffer, heapScore, size, i, heapOffer[i] as number, heapScore[i] as number);
  }
  const edgeOfCandidate = new Int32Array(graph.candidateIds.length).fill(-1);
  while (size > 0) {
    const o = heapOffer[0] as number;
    const e = next[o] as number;
    const c = edgeCandidate[e] as number;
    if (edgeOfCandidate[c] === -1) {
      edgeOfCandidate[c] = e;
      left[o]!--;
    }
    next[o] = e + 1;
    if ((left[o] as number) > 0 && e + 1 < (offerStart[o + 1] as number)) {
      siftDown(heapOffer, heapScore, size, 0, o, edgeScore[e + 1] as number);
    } else if (--size > 0) {
      siftDown(heapOffer, heapScore, size, 0, heapOffer[size] as number, heapScore[size] as number);
    }
  }
  return solutionFromEdges(graph, edgeOfCandidate);
}

// Puts offer o, whose next edge scores s, at heap place i or below: an offer comes first when its next edge scores
// higher (ties: smaller number).
function siftDown(
  heapOffer: Int32Array,
  heapScore: Float64Array,
  size: number,
  i: number,
  o: number,
  s: number,
): void {
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    let co = heapOffer[child] as number;
    let cs = heapScore[child] as number;
    if (child + 1 < size) {
      const ro = heapOffer[child + 1] as number;
      const rs = heapScore[child + 1] as number;
      if (rs > cs || (rs === cs && ro < co)) {
        child++;
        co = ro;
        cs = rs;
      }
    }
    if (cs < s || (cs === s && co > o)) break;
    heapOffer[i] = co;
    heapScore[i] = cs;
    i = child;
  }
  heapOffer[i] = o;
  heapScore[i] = s;
}
