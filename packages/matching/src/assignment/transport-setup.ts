import type { AssignmentGraph } from './graph.js';

/**
 * The graph's edges seen from the candidates' side. Candidate c's edges are `start[c]` to `start[c + 1] - 1` of
 * `edge` (edge numbers, by increasing offer), with their offers and scores beside them.
 */
export interface CandidateEdges {
  readonly start: Int32Array;
  readonly edge: Int32Array;
  readonly offer: Int32Array;
  readonly score: Float64Array;
}

/** What both forms of Sinkhorn need: the edges by candidate and the marginals of the transport problem. */
export interface TransportSetup extends CandidateEdges {
  readonly graph: AssignmentGraph;
  /** 1 for candidates with an edge to an offer with positions: they send one unit, the others none. */
  readonly isSender: Uint8Array;
  readonly senders: number;
  /** log of each offer's target mass (−Infinity for offers without positions or edges). */
  readonly logTarget: Float64Array;
  /** Exponent ρ/(ρ+τ) of the offers' update at a temperature, 1 when the offers' marginals are exact. */
  damping(tau: number): number;
}

/** What a form of Sinkhorn returns. */
export interface Run {
  readonly mass: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Each candidate's edges, by increasing offer (a counting sort of the graph's edges by candidate). */
export function candidateEdges(graph: AssignmentGraph): CandidateEdges {
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const { offerStart, edgeCandidate, edgeScore } = graph;
  const edges = edgeCandidate.length;
  const start = new Int32Array(n + 1);
  for (let e = 0; e < edges; e++) start[(edgeCandidate[e] as number) + 1]! += 1;
  for (let c = 0; c < n; c++) start[c + 1]! += start[c] as number;
  const fill = start.slice(0, n);
  const edge = new Int32Array(edges);
  const offer = new Int32Array(edges);
  const score = new Float64Array(edges);
  // Edges read in order, written where their candidate's run is (no random reads on large graphs).
  for (let o = 0; o < m; o++) {
    for (let e = offerStart[o] as number, end = offerStart[o + 1] as number; e < end; e++) {
      const i = fill[edgeCandidate[e] as number]!++;
      edge[i] = e;
      offer[i] = o;
      score[i] = edgeScore[e] as number;
    }
  }
  return { start, edge, offer, score };
}

/**
 * The transport problem on a graph: each candidate with an edge to an offer with positions sends one unit; offers
 * with positions and edges receive in proportion to their positions, the senders' total shared among them.
 */
export function transportSetup(graph: AssignmentGraph, rho: number): TransportSetup {
  const n = graph.candidateIds.length;
  const m = graph.positions.length;
  const { offerStart, edgeCandidate, positions } = graph;
  const isSender = new Uint8Array(n);
  for (let o = 0; o < m; o++) {
    if ((positions[o] as number) === 0) continue;
    for (let e = offerStart[o] as number; e < (offerStart[o + 1] as number); e++)
      isSender[edgeCandidate[e] as number] = 1;
  }
  let senders = 0;
  for (let c = 0; c < n; c++) senders += isSender[c] as number;
  let reachablePositions = 0;
  for (let o = 0; o < m; o++)
    if ((offerStart[o + 1] as number) > (offerStart[o] as number))
      reachablePositions += positions[o] as number;
  const logTarget = new Float64Array(m);
  for (let o = 0; o < m; o++) {
    const reachable = (offerStart[o + 1] as number) > (offerStart[o] as number);
    const p = positions[o] as number;
    logTarget[o] = reachable && p > 0 ? Math.log((p * senders) / reachablePositions) : -Infinity;
  }
  return {
    ...candidateEdges(graph),
    graph,
    isSender,
    senders,
    logTarget,
    damping: (tau) => (rho === Infinity ? 1 : rho / (rho + tau)),
  };
}

/**
 * The over-relaxation of Sinkhorn's two half-steps (Thibault et al. 2017; Lehmann et al. 2021): each potential moves
 * to (1 − ω)·old + ω·new (in the kernel form, old^(1−ω)·new^ω). If the plain iteration contracts at rate η, ω =
 * 2 / (1 + √(1 − η)) contracts at about ω − 1 instead. With soft offers' marginals the slowest rate is the damping κ =
 * ρ/(ρ+τ) itself (shifting every offer's potential by a constant comes back κ times smaller, and no mode is slower),
 * so ω follows from κ; with exact marginals η is estimated from the first plain iterations. Relaxed iterations that
 * stop improving fall back to plain ones, which always converge.
 */
export class Relaxation {
  /** The factor for the next iteration (1: plain). */
  omega = 1;
  #estimating: number[] | undefined;
  #best = Infinity;
  #sinceBest = 0;

  constructor(damping: number) {
    if (damping < 1) this.omega = relaxationFor(damping);
    else this.#estimating = [];
  }

  /** Takes an iteration's row error (from the second iteration on) and adjusts ω. */
  observe(error: number): void {
    const errors = this.#estimating;
    if (errors !== undefined) {
      errors.push(error);
      if (errors.length < ESTIMATION_WINDOW) return;
      this.#estimating = undefined;
      const first = errors[ESTIMATION_WINDOW / 2 - 1] as number;
      const rate = ((errors[ESTIMATION_WINDOW - 1] as number) / first) ** (2 / ESTIMATION_WINDOW);
      this.omega = rate < 1 ? relaxationFor(rate) : 1;
      return;
    }
    if (this.omega === 1) return;
    if (error < this.#best) {
      this.#best = error;
      this.#sinceBest = 0;
    } else if (++this.#sinceBest > PATIENCE || !(error < 1e3 * this.#best)) this.omega = 1;
  }
}

/** Plain iterations whose errors estimate the rate when it is not known (the rate from the second half). */
const ESTIMATION_WINDOW = 20;
/** Relaxed iterations allowed without a new lowest error before falling back to plain ones. */
const PATIENCE = 100;

function relaxationFor(rate: number): number {
  return Math.min(1.95, 2 / (1 + Math.sqrt(Math.max(0, 1 - rate))));
}
