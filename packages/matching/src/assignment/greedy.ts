import type { AssignmentGraph } from './graph.js';
import { offersOfEdges, solutionFromEdges, type AssignmentSolution } from './solution.js';

/**
 * Greedy assignment: pairs in decreasing score order (ties: smaller offer number, then smaller candidate number),
 * each kept while its candidate is free and its offer has a position left. Fast and simple; at least half the
 * optimal total (a classic bound for greedy matching), often much closer, never better than the exact solver.
 */
export function solveGreedyAssignment(graph: AssignmentGraph): AssignmentSolution {
  const scores = graph.edgeScore;
  const offerOfEdge = offersOfEdges(graph);
  const order = new Uint32Array(scores.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  // Edges are stored by offer, candidates best first: edge number order is offer order, then score order.
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const left = Int32Array.from(graph.positions);
  const edgeOfCandidate = new Int32Array(graph.candidateIds.length).fill(-1);
  for (let i = 0; i < order.length; i++) {
    const e = order[i] as number;
    const c = graph.edgeCandidate[e] as number;
    const o = offerOfEdge[e] as number;
    if (edgeOfCandidate[c] !== -1 || (left[o] as number) === 0) continue;
    edgeOfCandidate[c] = e;
    left[o]!--;
  }
  return solutionFromEdges(graph, edgeOfCandidate);
}
