import type { AssignmentGraph } from './graph.js';
import { offersOfEdges } from './solution.js';

/**
 * How one side ranks the other: a value per pair, higher preferred (for instance a candidate's commute score, or
 * an employer's skills score). Receives the candidate and offer numbers and the pair's score.
 */
export type PairPreference = (candidate: number, offer: number, score: number) => number;

/** Each candidate's acceptable offers (the graph's edges) as compressed rows, most preferred first. */
export interface CandidateLists {
  readonly start: Int32Array;
  /** Edge numbers, per candidate, most preferred first (ties: smaller offer number first). */
  readonly edges: Int32Array;
}

/** One preference value per edge, by edge number. */
export function edgePreferences(
  graph: AssignmentGraph,
  preference: PairPreference | undefined,
  offerOfEdge: Int32Array = offersOfEdges(graph),
): Float64Array {
  if (preference === undefined) return graph.edgeScore;
  const values = new Float64Array(graph.edgeScore.length);
  for (let e = 0; e < values.length; e++) {
    const value = preference(
      graph.edgeCandidate[e] as number,
      offerOfEdge[e] as number,
      graph.edgeScore[e] as number,
    );
    if (Number.isNaN(value))
      throw new RangeError(`A preference returned NaN for edge ${e}: return a number.`);
    values[e] = value;
  }
  return values;
}

/** Groups the edges by candidate, most preferred first. */
export function candidateLists(
  graph: AssignmentGraph,
  preference: Float64Array,
  offerOfEdge: Int32Array,
): CandidateLists {
  const n = graph.candidateIds.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < graph.edgeCandidate.length; e++) start[(graph.edgeCandidate[e] as number) + 1]! += 1;
  for (let c = 0; c < n; c++) start[c + 1]! += start[c] as number;
  const fill = start.slice(0, n);
  const edges = new Int32Array(graph.edgeCandidate.length);
  for (let e = 0; e < edges.length; e++) edges[fill[graph.edgeCandidate[e] as number]!++] = e;
  for (let c = 0; c < n; c++) {
    const list = edges.subarray(start[c] as number, start[c + 1] as number);
    list.sort(
      (a, b) =>
        (preference[b] as number) - (preference[a] as number) ||
        (offerOfEdge[a] as number) - (offerOfEdge[b] as number),
    );
  }
  return { start, edges };
}
