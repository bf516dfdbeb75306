import type { AssignmentGraph } from './graph.js';
import { logSinkhorn } from './sinkhorn-log.js';
import { Relaxation, transportSetup, type Run, type TransportSetup } from './transport-setup.js';

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
 *
 * The iterations are over-relaxed (Thibault et al. 2017), which reaches the same plan in several times fewer
 * iterations; `converged` means what it means for plain iterations: after a plain offers' update, every candidate's
 * row sums to 1 within the tolerance. The plan returned has each candidate's row summing to 1.
 */
export function transportPlan(graph: AssignmentGraph, options: SinkhornOptions = {}): TransportPlan {
  return transportPlanWithSetup(graph, options).plan;
}

/** {@link transportPlan}, with the edges by candidate it computed on the way (for the lists built from the plan). */
export function transportPlanWithSetup(
  graph: AssignmentGraph,
  options: SinkhornOptions,
): { readonly plan: TransportPlan; readonly setup: TransportSetup } {
  const tau = options.temperature ?? 0.05;
  if (!(tau > 0 && tau < Infinity))
    throw new RangeError(`temperature must be a positive number, got ${String(tau)}.`);
  const rho = options.marginalStrength ?? 1;
  if (!(rho > 0))
    throw new RangeError(`marginalStrength must be positive (Infinity allowed), got ${String(rho)}.`);
  const setup = transportSetup(graph, rho);
  const domain =
    options.domain === undefined || options.domain === 'auto'
      ? tau >= 0.02
        ? 'kernel'
        : 'log'
      : options.domain;
  const run = domain === 'kernel' ? kernelSinkhorn : logSinkhorn;
  const plan = { ...run(setup, tau, options.maxIterations ?? 500, options.tolerance ?? 1e-6), domain };
  return { plan, setup };
}

// Over-relaxes a scaling: old·(plain/old)^ω, the relaxation of its logarithm (the potential). Near the fixed point,
// where the ratio is close to 1, its first order (1 − ω)·old + ω·plain does as well without a power per candidate;
// far from it (the first iterations), the power keeps the scaling positive and converges in fewer iterations.
function relax(old: number, plain: number, omega: number): number {
  const ratio = plain / old;
  return Math.abs(ratio - 1) < LINEAR_RELAXATION_RANGE
    ? old + omega * (plain - old)
    : old * Math.exp(omega * Math.log(ratio));
}

/** How far from 1 the ratio of a scaling's plain update to its value may be for the relaxation to be linear. */
const LINEAR_RELAXATION_RANGE = 0.25;

// Multiplicative form: kernel K = exp((score − 1)/τ) in candidate order, scalings u (candidates) and v (offers).
// One sweep over the candidates per iteration: each candidate's row sum at the current v (measuring how far the
// last plan's rows were from 1), its new u, and its share of the offers' column sums for the next v.
function kernelSinkhorn(setup: TransportSetup, tau: number, maxIterations: number, tolerance: number): Run {
  const { start, edge, offer, score, isSender, logTarget } = setup;
  const n = isSender.length;
  const m = logTarget.length;
  const edges = edge.length;
  const kernel = new Float64Array(edges);
  for (let i = 0; i < edges; i++) kernel[i] = Math.exp(((score[i] as number) - 1) / tau);
  const target = logTarget.map(Math.exp);
  const damping = setup.damping(tau);
  const relaxation = new Relaxation(damping);
  const u = new Float64Array(n);
  const rowSum = new Float64Array(n);
  const v = new Float64Array(m).fill(1);
  const colSum = new Float64Array(m);
  let iterations = 0;
  let converged = false;
  // Whether the last offers' update was plain: only then does the rows' error say the plan has converged.
  let plainUpdate = true;
  for (;;) {
    const omega = iterations === 0 ? 1 : relaxation.omega;
    colSum.fill(0);
    let error = 0;
    for (let c = 0; c < n; c++) {
      const from = start[c] as number;
      const to = start[c + 1] as number;
      let sum = 0;
      for (let i = from; i < to; i++) sum += (kernel[i] as number) * (v[offer[i] as number] as number);
      rowSum[c] = sum;
      const old = u[c] as number;
      let next = 0;
      if (sum > 0) {
        if (isSender[c] === 1) error = Math.max(error, Math.abs(old * sum - 1));
        next = omega === 1 || old === 0 ? 1 / sum : relax(old, 1 / sum, omega);
      } else if (isSender[c] === 1) error = 1; // a sender whose kernel underflowed to 0 cannot send
      u[c] = next;
      if (next > 0)
        for (let i = from; i < to; i++) colSum[offer[i] as number]! += (kernel[i] as number) * next;
    }
    if (iterations > 0 && plainUpdate && error <= tolerance) {
      converged = true;
      break;
    }
    if (iterations === maxIterations) break;
    if (iterations > 0) relaxation.observe(error);
    iterations++;
    // Close to the tolerance, the offers' update is plain so that the next sweep's error can be trusted.
    plainUpdate = relaxation.omega === 1 || error <= tolerance;
    const w = plainUpdate ? 1 : relaxation.omega;
    for (let o = 0; o < m; o++) {
      const sum = colSum[o] as number;
      // (target / sum)^damping, through exp and log: several times faster than a power in V8.
      const plain =
        sum > 0
          ? damping === 1
            ? (target[o] as number) / sum
            : Math.exp(damping * ((logTarget[o] as number) - Math.log(sum)))
          : 0;
      const old = v[o] as number;
      v[o] = w === 1 || old === 0 ? plain : relax(old, plain, w);
    }
  }
  // The plan: plain scalings for the candidates, so that each row sums to 1.
  const mass = new Float64Array(edges);
  for (let c = 0; c < n; c++) {
    const sum = rowSum[c] as number;
    const scale = sum > 0 ? 1 / sum : 0;
    for (let i = start[c] as number, end = start[c + 1] as number; i < end; i++) {
      mass[edge[i] as number] = scale * (kernel[i] as number) * (v[offer[i] as number] as number);
    }
  }
  return { mass, iterations, converged };
}
