import { Relaxation, type Run, type TransportSetup } from './transport-setup.js';

/**
 * Log-domain form: potentials f (candidates) and g (offers), log-sum-exp with the maximum taken out, so that small
 * temperatures neither underflow nor overflow. Small temperatures converge slowly from cold potentials, so the
 * temperature is annealed (ε-scaling): halved from 0.1 to τ, each stage starting from the last one's potentials.
 */
export function logSinkhorn(
  setup: TransportSetup,
  tau: number,
  maxIterations: number,
  tolerance: number,
): Run {
  const n = setup.isSender.length;
  const m = setup.logTarget.length;
  const edges = setup.edge.length;
  const state: LogState = {
    setup,
    score: setup.score,
    f: new Float64Array(n),
    plainF: new Float64Array(n),
    g: new Float64Array(m),
    offerTop: new Float64Array(m),
    offerSum: new Float64Array(m),
  };
  let iterations = 0;
  for (let stage = Math.max(tau, 0.1); stage > tau; stage /= 2) {
    const left = Math.max(1, maxIterations - iterations);
    iterations += logStage(state, stage, left, Math.sqrt(tolerance)).iterations;
  }
  const last = logStage(state, tau, Math.max(1, maxIterations - iterations), tolerance);
  const mass = new Float64Array(edges);
  const { start, edge, offer, score } = setup;
  for (let c = 0; c < n; c++) {
    const f = state.f[c] as number;
    for (let i = start[c] as number, end = start[c + 1] as number; i < end; i++) {
      mass[edge[i] as number] = Math.exp(
        ((score[i] as number) + f + (state.g[offer[i] as number] as number)) / tau,
      );
    }
  }
  return { mass, iterations: iterations + last.iterations, converged: last.converged };
}

interface LogState {
  readonly setup: TransportSetup;
  /** Scores in candidate order. */
  readonly score: Float64Array;
  readonly f: Float64Array;
  /** The candidates' plain potentials at the current g (each row summing to 1), kept for the last sweep. */
  readonly plainF: Float64Array;
  readonly g: Float64Array;
  /** Per offer, the running maximum and the sum of exp((x − maximum)/τ) of a log-sum-exp taken in one pass. */
  readonly offerTop: Float64Array;
  readonly offerSum: Float64Array;
}

// Iterates at one temperature until the rows sum to 1 within the tolerance after a plain offers' update; each sweep
// over the candidates also gathers the offers' log-sum-exp for the next update. Ends with f plain (rows sum to 1).
// Iterations count the offers' updates, as in the kernel form.
function logStage(
  state: LogState,
  tau: number,
  maxIterations: number,
  tolerance: number,
): { iterations: number; converged: boolean } {
  const { setup, score, f, plainF, g, offerTop, offerSum } = state;
  const { start, offer, isSender, logTarget } = setup;
  const n = f.length;
  const m = g.length;
  const damping = setup.damping(tau);
  const relaxation = new Relaxation(damping);
  let iterations = 0;
  let plainUpdate = true;
  for (;;) {
    const omega = iterations === 0 ? 1 : relaxation.omega;
    offerTop.fill(-Infinity);
    offerSum.fill(0);
    let error = 0;
    for (let c = 0; c < n; c++) {
      const from = start[c] as number;
      const to = start[c + 1] as number;
      let top = -Infinity;
      for (let i = from; i < to; i++)
        top = Math.max(top, (score[i] as number) + (g[offer[i] as number] as number));
      if (top === -Infinity) {
        plainF[c] = f[c] as number; // no offer with positions: sends nothing
        continue;
      }
      let sum = 0;
      for (let i = from; i < to; i++)
        sum += Math.exp(((score[i] as number) + (g[offer[i] as number] as number) - top) / tau);
      const plain = -(top + tau * Math.log(sum));
      plainF[c] = plain;
      const old = f[c] as number;
      if (isSender[c] === 1) error = Math.max(error, Math.abs(Math.exp((old - plain) / tau) - 1));
      const next = omega === 1 ? plain : (1 - omega) * old + omega * plain;
      f[c] = next;
      for (let i = from; i < to; i++) {
        const o = offer[i] as number;
        const x = (score[i] as number) + next;
        const t = offerTop[o] as number;
        if (x > t) {
          offerSum[o] = (offerSum[o] as number) * Math.exp((t - x) / tau) + 1;
          offerTop[o] = x;
        } else offerSum[o]! += Math.exp((x - t) / tau);
      }
    }
    const done = iterations > 0 && plainUpdate && error <= tolerance;
    if (done || iterations === maxIterations) {
      f.set(plainF);
      return { iterations, converged: done };
    }
    if (iterations > 0) relaxation.observe(error);
    iterations++;
    plainUpdate = relaxation.omega === 1 || error <= tolerance;
    const w = plainUpdate ? 1 : relaxation.omega;
    for (let o = 0; o < m; o++) {
      const target = logTarget[o] as number;
      if (target === -Infinity || offerSum[o] === 0) {
        g[o] = -Infinity;
        continue;
      }
      const plain =
        damping * (tau * target - (offerTop[o] as number) - tau * Math.log(offerSum[o] as number));
      const old = g[o] as number;
      g[o] = w === 1 || old === -Infinity ? plain : (1 - w) * old + w * plain;
    }
  }
}
