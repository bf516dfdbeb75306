import type { AssignmentGraph } from './graph.js';
import { offersOfEdges } from './solution.js';

/** Options of {@link transportPlan}. */
export interface SinkhornOptions {
  /** Entropic temperature τ > 0, in score units (default 0.05): smaller follows scores more closely. */
  readonly temperature?: number;
  /**
   * How strictly each offer's share follows its positions: the weight ρ > 0 of the KL penalty on the offers'
   * marginals (default 1; `Infinity` makes them exact, which a sparse graph may not allow).
   */
  readonly marginalStrength?: number;
  /** Most iterations (default 500). */
  readonly maxIterations?: number;
  /** Stop when every candidate's row sums to 1 within this (default 1e-6). */
  readonly tolerance?: number;
  /** `auto` (default): the kernel form for τ ≥ 0.02, the log-domain form below, where the kernel would underflow. */
  readonly domain?: 'auto' | 'kernel' | 'log';
}

/** An entropic transport plan on the graph's edges. */
export interface TransportPlan {
  /** Mass on each edge (by edge number); each candidate with an edge sends 1 in all. */
  readonly mass: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  readonly domain: 'kernel' | 'log';
}

/**
 * Entropic optimal transport on the sparse score matrix (Sinkhorn–Knopp; unbalanced on the offers' side as in
 * Chizat et al. 2018): maximises Σ mass·score + τ·entropy, each candidate sending one unit of attention over its
 * edges, the offers receiving in proportion to their positions (softly, weight ρ). Attractive offers with few
 * positions receive less than plain relevance would give them; the rest spreads to the next best fits.
 */
export function transportPlan(graph: AssignmentGraph, options: SinkhornOptions = {}): TransportPlan {
  const tau = options.temperature ?? 0.05;
  if (!(tau > 0 && tau < Infinity))
    throw new RangeError(`temperature must be a positive number, got ${String(tau)}.`);
  const rho = options.marginalStrength ?? 1;
  if (!(rho > 0))
    throw new RangeError(`marginalStrength must be positive (Infinity allowed), got ${String(rho)}.`);
  const setup = new TransportSetup(graph, rho);
  const domain =
    options.domain === undefined || options.domain === 'auto'
      ? tau >= 0.02
        ? 'kernel'
        : 'log'
      : options.domain;
  const run = domain === 'kernel' ? kernelSinkhorn : logSinkhorn;
  return { ...run(setup, tau, options.maxIterations ?? 500, options.tolerance ?? 1e-6), domain };
}

/** The graph's edges seen both ways, and the marginals. */
class TransportSetup {
  readonly graph: AssignmentGraph;
  readonly offerOfEdge: Int32Array;
  /** Edges grouped by candidate. */
  readonly byCandidateStart: Int32Array;
  readonly byCandidate: Int32Array;
  /** log of each offer's target mass (−Infinity for offers without positions or edges). */
  readonly logTarget: Float64Array;
  /** 1 for candidates with an edge to an offer with positions: they send one unit, the others none. */
  readonly isSender: Uint8Array;
  readonly #rho: number;

  constructor(graph: AssignmentGraph, rho: number) {
    this.graph = graph;
    this.#rho = rho;
    this.offerOfEdge = offersOfEdges(graph);
    const n = graph.candidateIds.length;
    const m = graph.positions.length;
    this.byCandidateStart = new Int32Array(n + 1);
    for (let e = 0; e < graph.edgeCandidate.length; e++)
      this.byCandidateStart[(graph.edgeCandidate[e] as number) + 1]! += 1;
    for (let c = 0; c < n; c++) this.byCandidateStart[c + 1]! += this.byCandidateStart[c] as number;
    const fill = this.byCandidateStart.slice(0, n);
    this.byCandidate = new Int32Array(graph.edgeCandidate.length);
    for (let e = 0; e < graph.edgeCandidate.length; e++)
      this.byCandidate[fill[graph.edgeCandidate[e] as number]!++] = e;
    // Candidates who can send (an edge to an offer with positions), their total shared by the reachable positions.
    const sends = new Uint8Array(n);
    for (let o = 0; o < m; o++) {
      if ((graph.positions[o] as number) === 0) continue;
      for (let e = graph.offerStart[o] as number; e < (graph.offerStart[o + 1] as number); e++)
        sends[graph.edgeCandidate[e] as number] = 1;
    }
    let senders = 0;
    for (let c = 0; c < n; c++) senders += sends[c] as number;
    this.isSender = sends;
    let positions = 0;
    for (let o = 0; o < m; o++)
      if ((graph.offerStart[o + 1] as number) > (graph.offerStart[o] as number))
        positions += graph.positions[o] as number;
    this.logTarget = new Float64Array(m);
    for (let o = 0; o < m; o++) {
      const reachable = (graph.offerStart[o + 1] as number) > (graph.offerStart[o] as number);
      const p = graph.positions[o] as number;
      this.logTarget[o] = reachable && p > 0 ? Math.log((p * senders) / positions) : -Infinity;
    }
  }

  /** Exponent of the offers' update at temperature τ: ρ/(ρ+τ), 1 when exact. */
  damping(tau: number): number {
    return this.#rho === Infinity ? 1 : this.#rho / (this.#rho + tau);
  }

  /** Largest deviation of a candidate's row sum from 1. */
  rowError(mass: Float64Array): number {
    let worst = 0;
    const start = this.byCandidateStart;
    for (let c = 0; c + 1 < start.length; c++) {
      if (this.isSender[c] === 0) continue;
      let sum = 0;
      for (let i = start[c] as number; i < (start[c + 1] as number); i++)
        sum += mass[this.byCandidate[i] as number] as number;
      worst = Math.max(worst, Math.abs(sum - 1));
    }
    return worst;
  }
}

type Run = { mass: Float64Array; iterations: number; converged: boolean };

// Multiplicative form: kernel K = exp((score − 1)/τ), scalings u (candidates) and v (offers). The candidates' pass
// reads a copy of the kernel in candidate order, and measures how far the last plan's rows were from 1 on the way.
function kernelSinkhorn(setup: TransportSetup, tau: number, maxIterations: number, tolerance: number): Run {
  const g = setup.graph;
  const n = g.candidateIds.length;
  const m = g.positions.length;
  const edges = g.edgeScore.length;
  const kernel = new Float64Array(edges);
  for (let e = 0; e < edges; e++) kernel[e] = Math.exp(((g.edgeScore[e] as number) - 1) / tau);
  const start = setup.byCandidateStart;
  const kernelByCandidate = new Float64Array(edges);
  const offerByCandidate = new Int32Array(edges);
  for (let i = 0; i < edges; i++) {
    const e = setup.byCandidate[i] as number;
    kernelByCandidate[i] = kernel[e] as number;
    offerByCandidate[i] = setup.offerOfEdge[e] as number;
  }
  const u = new Float64Array(n);
  const v = new Float64Array(m).fill(1);
  const target = setup.logTarget.map(Math.exp);
  const damping = setup.damping(tau);
  let iterations = 0;
  let converged = false;
  for (;;) {
    let error = 0;
    for (let c = 0; c < n; c++) {
      let sum = 0;
      for (let i = start[c] as number, end = start[c + 1] as number; i < end; i++) {
        sum += (kernelByCandidate[i] as number) * (v[offerByCandidate[i] as number] as number);
      }
      // A sender whose kernel underflowed to 0 cannot send: that is no convergence.
      if (setup.isSender[c] === 1)
        error = Math.max(error, sum > 0 ? Math.abs((u[c] as number) * sum - 1) : 1);
      u[c] = sum > 0 ? 1 / sum : 0;
    }
    // The rows now sum to 1 exactly; stop when the offers' last update moved them by at most the tolerance.
    if (iterations > 0 && error <= tolerance) {
      converged = true;
      break;
    }
    if (iterations === maxIterations) break;
    iterations++;
    for (let o = 0; o < m; o++) {
      let sum = 0;
      for (let e = g.offerStart[o] as number, end = g.offerStart[o + 1] as number; e < end; e++) {
        sum += (kernel[e] as number) * (u[g.edgeCandidate[e] as number] as number);
      }
      v[o] = sum > 0 ? ((target[o] as number) / sum) ** damping : 0;
    }
  }
  const mass = new Float64Array(edges);
  for (let o = 0; o < m; o++) {
    for (let e = g.offerStart[o] as number, end = g.offerStart[o + 1] as number; e < end; e++) {
      mass[e] = (u[g.edgeCandidate[e] as number] as number) * (kernel[e] as number) * (v[o] as number);
    }
  }
  return { mass, iterations, converged };
}

// Log-domain form: potentials f (candidates) and g (offers), log-sum-exp with the maximum taken out, so that small
// temperatures neither underflow nor overflow. Small temperatures converge slowly from cold potentials, so the
// temperature is annealed (ε-scaling): halved from 0.1 to τ, each stage starting from the last one's potentials.
function logSinkhorn(setup: TransportSetup, tau: number, maxIterations: number, tolerance: number): Run {
  const f = new Float64Array(setup.graph.candidateIds.length);
  const g = new Float64Array(setup.graph.positions.length);
  const mass = new Float64Array(setup.graph.edgeScore.length);
  let iterations = 0;
  for (let stage = Math.max(tau, 0.1); stage > tau; stage /= 2) {
    iterations += logStage(
      setup,
      stage,
      f,
      g,
      mass,
      Math.max(1, maxIterations - iterations),
      Math.sqrt(tolerance),
    ).iterations;
  }
  const last = logStage(setup, tau, f, g, mass, Math.max(1, maxIterations - iterations), tolerance);
  return { mass, iterations: iterations + last.iterations, converged: last.converged };
}

function logStage(
  setup: TransportSetup,
  tau: number,
  f: Float64Array,
  g: Float64Array,
  mass: Float64Array,
  maxIterations: number,
  tolerance: number,
): { iterations: number; converged: boolean } {
  const gr = setup.graph;
  const n = gr.candidateIds.length;
  const m = gr.positions.length;
  const edges = gr.edgeScore.length;
  const damping = setup.damping(tau);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    for (let c = 0; c < n; c++) {
      const from = setup.byCandidateStart[c] as number;
      const to = setup.byCandidateStart[c + 1] as number;
      let top = -Infinity;
      for (let i = from; i < to; i++) {
        const e = setup.byCandidate[i] as number;
        top = Math.max(top, (gr.edgeScore[e] as number) + (g[setup.offerOfEdge[e] as number] as number));
      }
      if (top === -Infinity) continue; // no offer with positions: sends nothing
      let sum = 0;
      for (let i = from; i < to; i++) {
        const e = setup.byCandidate[i] as number;
        sum += Math.exp(
          ((gr.edgeScore[e] as number) + (g[setup.offerOfEdge[e] as number] as number) - top) / tau,
        );
      }
      f[c] = -(top + tau * Math.log(sum));
    }
    for (let o = 0; o < m; o++) {
      const from = gr.offerStart[o] as number;
      const to = gr.offerStart[o + 1] as number;
      if (from === to || setup.logTarget[o] === -Infinity) {
        g[o] = -Infinity;
        continue;
      }
      let top = -Infinity;
      for (let e = from; e < to; e++)
        top = Math.max(top, (gr.edgeScore[e] as number) + (f[gr.edgeCandidate[e] as number] as number));
      let sum = 0;
      for (let e = from; e < to; e++)
        sum += Math.exp(
          ((gr.edgeScore[e] as number) + (f[gr.edgeCandidate[e] as number] as number) - top) / tau,
        );
      g[o] = damping * (tau * (setup.logTarget[o] as number) - top - tau * Math.log(sum));
    }
    if (iterations % 5 === 0 || iterations === maxIterations) {
      for (let e = 0; e < edges; e++) {
        const x =
          (gr.edgeScore[e] as number) +
          (f[gr.edgeCandidate[e] as number] as number) +
          (g[setup.offerOfEdge[e] as number] as number);
        mass[e] = Math.exp(x / tau);
      }
      converged = setup.rowError(mass) <= tolerance;
    }
  }
  return { iterations, converged };
}
