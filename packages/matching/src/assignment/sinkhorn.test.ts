import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { congestionAwareLists } from './congestion.js';
import { assignmentGraphFromArrays, type AssignmentGraph } from './graph.js';
import { gini, quantile } from './inequality.js';
import { transportPlan } from './sinkhorn.js';
import { arbGraph } from './instances.test-support.js';
import { offersOfEdges } from './solution.js';

const sums = (graph: AssignmentGraph, mass: Float64Array) => {
  const rows = new Float64Array(graph.candidateIds.length);
  const cols = new Float64Array(graph.offerIds.length);
  const offerOf = offersOfEdges(graph);
  mass.forEach((x, e) => {
    rows[graph.edgeCandidate[e] as number]! += x;
    cols[offerOf[e] as number]! += x;
  });
  return { rows, cols };
};

/**
 * The textbook iteration, for reference: candidates' rows to 1, offers' columns to (target/column)^(ρ/(ρ+τ)), in log
 * space, until nothing moves; targets share the senders among the positions of the offers with edges.
 */
function plainSinkhorn(graph: AssignmentGraph, tau: number, rho: number): number[] {
  const offerOf = offersOfEdges(graph);
  const edges = Array.from(graph.edgeScore, (score, e) => ({
    score,
    c: graph.edgeCandidate[e] as number,
    o: offerOf[e] as number,
  }));
  const byCandidate = graph.candidateIds.map((_, c) => edges.filter((x) => x.c === c));
  const byOffer = graph.offerIds.map((_, o) => edges.filter((x) => x.o === o));
  const senders = new Set(edges.filter((x) => (graph.positions[x.o] as number) > 0).map((x) => x.c)).size;
  const positions = byOffer.reduce(
    (sum, list, o) => sum + (list.length > 0 ? (graph.positions[o] as number) : 0),
    0,
  );
  const f = new Array<number>(graph.candidateIds.length).fill(0);
  const g = graph.offerIds.map((_, o) => ((graph.positions[o] as number) > 0 ? 0 : -Infinity));
  const lse = (xs: number[]) => {
    const top = Math.max(...xs);
    return top === -Infinity
      ? top
      : top + tau * Math.log(xs.reduce((s, x) => s + Math.exp((x - top) / tau), 0));
  };
  const rows = () =>
    byCandidate.forEach((list, c) => {
      const top = lse(list.map((x) => x.score + (g[x.o] as number)));
      if (top > -Infinity) f[c] = -top;
    });
  for (let moved = Infinity; moved > 1e-14;) {
    rows();
    moved = 0;
    byOffer.forEach((list, o) => {
      if ((graph.positions[o] as number) === 0 || list.length === 0) return;
      const target = ((graph.positions[o] as number) * senders) / positions;
      const next =
        (rho / (rho + tau)) * (tau * Math.log(target) - lse(list.map((x) => x.score + (f[x.c] as number))));
      moved = Math.max(moved, Math.abs(next - (g[o] as number)));
      g[o] = next;
    });
  }
  rows();
  return edges.map((x) => Math.exp((x.score + (f[x.c] as number) + (g[x.o] as number)) / tau));
}

/** Every candidate likes offer 0 best (1 position); offers 1–3 have 3 positions each. */
function crowded(candidates = 12): AssignmentGraph {
  const edgeCandidate: number[] = [];
  const edgeOffer: number[] = [];
  const edgeScore: number[] = [];
  for (let c = 0; c < candidates; c++) {
    [0.9, 0.8, 0.78, 0.75].forEach((score, o) => {
      edgeCandidate.push(c);
      edgeOffer.push(o);
      edgeScore.push(score - (c % 3) * 0.01 * o);
    });
  }
  return assignmentGraphFromArrays({
    candidateCount: candidates,
    positions: [1, 3, 3, 3],
    edgeCandidate,
    edgeOffer,
    edgeScore,
  });
}

describe('transportPlan', () => {
  it('sends one unit from every candidate with an edge to an offer with positions, none from the others', () => {
    fc.assert(
      fc.property(arbGraph(8, 5, 0.7), fc.constantFrom(0.05, 0.2, 1), (graph, temperature) => {
        const plan = transportPlan(graph, { temperature, tolerance: 1e-9, maxIterations: 5000 });
        const { rows } = sums(graph, plan.mass);
        const offerOf = offersOfEdges(graph);
        const senders = new Set(
          Array.from(graph.edgeCandidate).filter(
            (_, e) => (graph.positions[offerOf[e] as number] as number) > 0,
          ),
        );
        rows.forEach((sum, c) => expect(sum).toBeCloseTo(senders.has(c) ? 1 : 0, 6));
      }),
      { numRuns: 100 },
    );
  });

  it('reaches the plan of plain Sinkhorn iterations run to the end, in both forms (relaxed iterations)', () => {
    fc.assert(
      fc.property(
        arbGraph(10, 6, 0.7, { maxPositions: 5 }),
        fc.constantFrom(0.03, 0.1, 0.3),
        fc.constantFrom(0.5, 2), // exact marginals (Infinity) are often infeasible on a sparse graph
        fc.constantFrom('kernel' as const, 'log' as const),
        (graph, temperature, marginalStrength, domain) => {
          const plan = transportPlan(graph, {
            temperature,
            marginalStrength,
            domain,
            tolerance: 1e-9,
            maxIterations: 50000,
          });
          expect(plan.converged).toBe(true);
          const reference = plainSinkhorn(graph, temperature, marginalStrength);
          plan.mass.forEach((x, e) => expect(Math.abs(x - (reference[e] as number))).toBeLessThan(1e-6));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the kernel and log-domain forms give the same plan', () => {
    fc.assert(
      fc.property(arbGraph(8, 5, 0.7), (graph) => {
        const a = transportPlan(graph, {
          temperature: 0.05,
          domain: 'kernel',
          tolerance: 1e-12,
          maxIterations: 3000,
        });
        const b = transportPlan(graph, {
          temperature: 0.05,
          domain: 'log',
          tolerance: 1e-12,
          maxIterations: 3000,
        });
        a.mass.forEach((x, e) => expect(b.mass[e]).toBeCloseTo(x, 7));
      }),
      { numRuns: 60 },
    );
  });

  it("follows the positions exactly when the offers' marginals are strict and a complete graph allows it", () => {
    const graph = crowded();
    const plan = transportPlan(graph, { marginalStrength: Infinity, tolerance: 1e-10, maxIterations: 20000 });
    const { cols } = sums(graph, plan.mass);
    // 12 candidates over 10 positions: 1.2 per position.
    expect(Array.from(cols).map((x) => Number(x.toFixed(4)))).toEqual([1.2, 3.6, 3.6, 3.6]);
  });

  it('stays exact at a temperature where the kernel underflows, in the log domain', () => {
    const graph = crowded();
    // exp((0.9 − 1) / 0.0001) = exp(−1000) is 0 in double precision, and so is every kernel value here.
    const plan = transportPlan(graph, { temperature: 0.0001, maxIterations: 300000 });
    expect(plan.domain).toBe('log');
    expect(plan.converged).toBe(true);
    const { rows } = sums(graph, plan.mass);
    rows.forEach((sum) => expect(sum).toBeCloseTo(1, 5));
    const kernel = transportPlan(graph, { temperature: 0.0001, domain: 'kernel', maxIterations: 50 });
    expect(kernel.converged).toBe(false);
    expect(sums(graph, kernel.mass).rows.some((sum) => Math.abs(sum - 1) > 0.5)).toBe(true);
  });

  it('rejects a bad temperature or marginal strength', () => {
    expect(() => transportPlan(crowded(), { temperature: 0 })).toThrow(RangeError);
    expect(() => transportPlan(crowded(), { marginalStrength: -1 })).toThrow(RangeError);
  });
});

describe('congestionAwareLists', () => {
  it("keeps the engine's lists at weight 0 and loses no relevance", () => {
    const result = congestionAwareLists(crowded(), { k: 2, congestionWeight: 0 });
    expect(result.lists[0]?.map((x) => x.offerId)).toEqual(['o0', 'o1']);
    expect(result.report.relevanceLost).toBe(0);
    expect(result.report.giniReduction).toBe(0);
  });

  it('moves the crowded single-position offer down and spreads exposure, at a cost in relevance it reports', () => {
    const result = congestionAwareLists(crowded(), { k: 1, congestionWeight: 1, temperature: 0.05 });
    const firsts = result.lists.map((list) => list[0]?.offerId);
    expect(firsts.filter((id) => id === 'o0').length).toBeLessThan(12);
    const { report } = result;
    expect(report.before.listingsPerPosition.max).toBe(12);
    expect(report.after.listingsPerPosition.max).toBeLessThan(12);
    expect(report.after.exposureGini).toBeLessThan(report.before.exposureGini);
    expect(report.relevanceLost).toBeGreaterThan(0);
    expect(report.giniReduction).toBeCloseTo(report.before.exposureGini - report.after.exposureGini, 12);
    expect(report.after.coverage).toBeGreaterThan(report.before.coverage);
  });

  it('trades more relevance for less congestion as the weight grows', () => {
    const graph = crowded(30);
    const lost = [0, 0.5, 1].map(
      (congestionWeight) => congestionAwareLists(graph, { k: 1, congestionWeight }).report,
    );
    expect(lost[0]!.relevanceLost).toBeLessThanOrEqual(lost[1]!.relevanceLost);
    expect(lost[1]!.relevanceLost).toBeLessThanOrEqual(lost[2]!.relevanceLost);
    expect(lost[0]!.after.exposureGini).toBeGreaterThanOrEqual(lost[2]!.after.exposureGini);
  });

  it('rejects a bad k or weight', () => {
    expect(() => congestionAwareLists(crowded(), { k: 0 })).toThrow(/positive integer/);
    expect(() => congestionAwareLists(crowded(), { congestionWeight: 2 })).toThrow(/\[0, 1\]/);
  });
});

describe('gini and quantile', () => {
  it('match hand-computed values', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75, 12); // 1 − 1/n
    // [1, 2, 3]: Σ(2i − n − 1)x = (−2)(1) + 0(2) + 2(3) = 4; n·Σx = 18 → 0.2222…
    expect(gini([3, 1, 2])).toBeCloseTo(4 / 18, 12);
    expect(gini([])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(() => gini([-1])).toThrow(RangeError);
    expect(quantile([5, 1, 3, 2, 4], 0.9)).toBe(5);
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([], 0.5)).toBe(0);
  });
});
