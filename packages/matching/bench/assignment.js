// Assignment benchmarks (issue scenarios B3 and B5): a Mire's working set through the engine, then the solver alone
// at regional scale and in the balanced case, each beside a baseline run in the same process (munkres, greedy).
// Run with `npm run bench` at the repository root (after the build); writes bench/assignment-results.json.
// Figures are reported, never asserted. Env: BENCH_ASSIGNMENT_REGIONAL=0 skips the regional scenario (a minute to
// generate its graph), BENCH_ASSIGNMENT_RUNS (default 5) sets the runs of the fast scenarios.
import { join } from 'node:path';
import munkres from 'munkres';
import { generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import {
  assign,
  assignmentGraphFromArrays,
  buildAssignmentGraph,
  congestionAwareLists,
  solveAuctionAssignment,
  solveExactAssignment,
  solveGreedyAssignment,
  solveStableAssignment,
  totalPositions,
  transportPlan,
} from '@passerelle/matching/assignment';
import { measure, printTable, writeResults } from '../../../scripts/bench-harness.mjs';
import { syntheticAssignmentArrays } from './assignment-graphs.js';

const RUNS = Number(process.env.BENCH_ASSIGNMENT_RUNS ?? 5);
// Wall-clock medians beside CPU-time medians (process.cpuUsage): on a loaded machine the CPU time is the steadier.
async function measureCpu(fn, options) {
  const cpu = [];
  const stats = await measure(() => {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }, options);
  const sorted = cpu.slice(-stats.runs).sort((a, b) => a - b);
  return { ...stats, cpuMedian: sorted[Math.ceil(sorted.length / 2) - 1] };
}
const cpuNote = (stats, extra = '') =>
  `CPU median ${stats.cpuMedian >= 100 ? stats.cpuMedian.toFixed(0) : stats.cpuMedian.toFixed(1)} ms${extra}`;
const REGIONAL = process.env.BENCH_ASSIGNMENT_REGIONAL !== '0';
const rows = [];
const log = (text) => process.stdout.write(`${text}\n`);
const pct = (part, whole) => `${((100 * part) / whole).toFixed(3)} %`;

// The munkres package on the same instance: positions expanded into rows, candidates as columns, a missing pair
// costing 0 like an empty position (so its optimum is ours).
function denseCostRows(graph) {
  const dense = [];
  for (let o = 0; o < graph.positions.length; o++) {
    const row = new Float64Array(graph.candidateIds.length);
    for (let e = graph.offerStart[o]; e < graph.offerStart[o + 1]; e++)
      row[graph.edgeCandidate[e]] = -graph.edgeScore[e];
    const copies = Math.min(graph.positions[o], graph.offerStart[o + 1] - graph.offerStart[o]);
    for (let p = 0; p < copies; p++) dense.push(row);
  }
  return dense;
}
const munkresTotal = (dense, pairs) => pairs.reduce((sum, [r, c]) => sum - dense[r][c], 0);

// B3: a Mire's working set, 3,000 candidates × 2,000 offers, through the engine.
{
  const data = generateDataset({ seed: 2026, candidates: 3000, offers: 2000 });
  const candidates = data.candidates.map((record) => record.candidate);
  const offers = data.offers;
  const matcher = createMatcher();
  let built;
  let assignment;
  let spread;
  const whole = await measure(
    () => {
      built = buildAssignmentGraph(matcher, candidates, offers, { k: 10, explain: true });
      assignment = assign(built.graph);
      spread = congestionAwareLists(built.graph, { k: 10 });
    },
    { runs: 3, warmup: 1 },
  );
  const graph = built.graph;
  log(
    `B3 working set: ${candidates.length} candidates, ${offers.length} offers, ${totalPositions(graph)} positions, ` +
      `${graph.edgeScore.length} edges from the top-10 lists both ways; exact: ${assignment.solution.assigned} assigned, ` +
      `total ${assignment.totalScore.toFixed(4)}; congestion-aware lists: exposure Gini ${spread.report.before.exposureGini.toFixed(3)} → ` +
      `${spread.report.after.exposureGini.toFixed(3)}, relevance lost ${pct(spread.report.relevanceLost, spread.report.before.meanScore)}`,
  );
  const lists = await measure(
    () => buildAssignmentGraph(matcher, candidates, offers, { k: 10, explain: true }),
    {
      runs: 3,
      warmup: 0,
    },
  );
  // The same lists without explanations: how much of the working set the explanations take.
  const bare = await measure(
    () => buildAssignmentGraph(matcher, candidates, offers, { k: 10, explain: false }),
    { runs: 3, warmup: 0 },
  );
  // A variant for comparison: the lists unexplained, and only the pairs the assignment proposes explained (about
  // 2,800 instead of every listed pair), as a counsellor's screen would open them.
  const candidateById = new Map(candidates.map((c) => [c.id, c]));
  const offerById = new Map(offers.map((o) => [o.id, o]));
  let proposedExplained = 0;
  const proposed = await measure(
    () => {
      const unexplained = buildAssignmentGraph(matcher, candidates, offers, { k: 10, explain: false });
      const made = assign(unexplained.graph);
      for (const pair of made.pairs)
        matcher.explain(candidateById.get(pair.candidateId), offerById.get(pair.offerId));
      proposedExplained = made.pairs.length;
      congestionAwareLists(unexplained.graph, { k: 10 });
    },
    { runs: 3, warmup: 0 },
  );
  const exact = await measureCpu(() => solveExactAssignment(graph), { runs: RUNS, warmup: 1 });
  const congestion = await measureCpu(() => congestionAwareLists(graph, { k: 10 }), {
    runs: RUNS,
    warmup: 1,
  });
  const greedyTime = await measureCpu(() => solveGreedyAssignment(graph), { runs: RUNS, warmup: 1 });
  const dense = denseCostRows(graph);
  let pairs;
  const oracle = await measure(
    () => {
      pairs = munkres(dense);
    },
    { runs: 3, warmup: 0 },
  );
  const optimum = munkresTotal(dense, pairs);
  const solved = solveExactAssignment(graph).totalScore;
  const greedy = solveGreedyAssignment(graph).totalScore;
  const stable = solveStableAssignment(graph).totalScore;
  log(
    `B3 totals: exact ${solved.toFixed(6)}, munkres ${optimum.toFixed(6)} (${Math.abs(solved - optimum) < 1e-6 ? 'equal' : 'DIFFERENT'}), ` +
      `greedy ${pct(greedy, optimum)}, stable ${pct(stable, optimum)} of the optimum`,
  );
  rows.push(
    { id: 'B3', name: 'working set: lists both ways, explained, assignment, congestion', stats: whole },
    { id: 'B3l', name: '  lists both ways (top 10, explained) and graph', stats: lists },
    { id: 'B3n', name: '  the same lists without explanations', stats: bare },
    {
      id: 'B3e',
      name: '  the whole with only the proposed pairs explained',
      stats: proposed,
      note: `${proposedExplained} pairs explained`,
    },
    {
      id: 'B3a',
      name: `  exact assignment (${dense.length} × ${candidates.length})`,
      stats: exact,
      ratios: { 'faster than munkres': oracle.median / exact.median },
      note: cpuNote(exact),
    },
    { id: 'B3m', name: '  munkres on the same instance (dense)', stats: oracle },
    { id: 'B3g', name: '  greedy on the same graph', stats: greedyTime, note: cpuNote(greedyTime) },
    {
      id: 'B3c',
      name: '  congestion-aware lists (Sinkhorn)',
      stats: congestion,
      note: cpuNote(congestion, `, ${spread.iterations} iterations, converged ${spread.converged}`),
    },
  );
}

// B5: regional scale, 250,000 candidates × 50,000 offers, about 70,000 positions, top-20 edges both ways. The graph
// is synthetic (see assignment-graphs.js): building it with the engine would take minutes.
if (REGIONAL) {
  const started = performance.now();
  const arrays = syntheticAssignmentArrays({
    seed: 2026,
    candidates: 250_000,
    offers: 50_000,
    positions: 70_000,
  });
  const graph = assignmentGraphFromArrays(arrays);
  log(
    `B5 regional graph (synthetic): ${graph.candidateIds.length} candidates, ${graph.offerIds.length} offers, ` +
      `${totalPositions(graph)} positions, ${graph.edgeScore.length} edges (${((performance.now() - started) / 1000).toFixed(1)} s to generate)`,
  );
  const exact = await measureCpu(() => solveExactAssignment(graph), { runs: RUNS, warmup: 1 });
  const greedyStats = await measureCpu(() => solveGreedyAssignment(graph), { runs: RUNS, warmup: 1 });
  const optimum = solveExactAssignment(graph);
  const greedy = solveGreedyAssignment(graph).totalScore;
  log(
    `B5 totals: exact ${optimum.totalScore.toFixed(3)} (${optimum.assigned} assigned), greedy ${pct(greedy, optimum.totalScore)} of it`,
  );
  let plan;
  const sinkhorn = await measureCpu(
    () => {
      plan = transportPlan(graph, { maxIterations: 100, tolerance: 1e-4 });
    },
    { runs: 3, warmup: 0 },
  );
  rows.push(
    {
      id: 'B5',
      name: 'regional exact assignment (solver only)',
      stats: exact,
      ratios: { 'vs greedy time': greedyStats.median / exact.median },
      note: cpuNote(exact),
    },
    { id: 'B5g', name: '  greedy on the same graph', stats: greedyStats, note: cpuNote(greedyStats) },
    {
      id: 'B5s',
      name: `  transport plan, ${graph.edgeScore.length} edges`,
      stats: sinkhorn,
      note: cpuNote(sinkhorn, `, ${plan.iterations} iterations, converged ${plan.converged}`),
    },
  );
}

// B5b: the balanced case, 20,000 candidates × 4,000 offers with about 20,000 positions (synthetic graph).
{
  const arrays = syntheticAssignmentArrays({
    seed: 2026,
    candidates: 20_000,
    offers: 4_000,
    positions: 20_000,
    cells: 16,
    trades: 10,
  });
  const graph = assignmentGraphFromArrays(arrays);
  let auction;
  const fast = await measureCpu(
    () => {
      auction = solveAuctionAssignment(graph, { relativeGap: 0.005 });
    },
    { runs: RUNS, warmup: 1 },
  );
  let exact;
  const slow = await measureCpu(
    () => {
      exact = solveExactAssignment(graph);
    },
    { runs: RUNS, warmup: 1 },
  );
  const greedy = solveGreedyAssignment(graph).totalScore;
  const gap = (exact.totalScore - auction.totalScore) / exact.totalScore;
  log(
    `B5b balanced graph (synthetic): ${graph.candidateIds.length} candidates, ${totalPositions(graph)} positions, ` +
      `${graph.edgeScore.length} edges; auction ${pct(auction.totalScore, exact.totalScore)} of the optimum ` +
      `(gap ${(100 * gap).toFixed(4)} %, guaranteed ≤ ${pct(auction.gapBound, exact.totalScore)}), greedy ${pct(greedy, exact.totalScore)}`,
  );
  rows.push(
    {
      id: 'B5b',
      name: 'balanced: auction within 0.5 % (solver only)',
      stats: fast,
      ratios: { 'faster than exact': slow.median / fast.median },
      extra: { gapToOptimum: gap },
      note: cpuNote(fast),
    },
    { id: 'B5x', name: '  exact on the same graph', stats: slow, note: cpuNote(slow) },
  );
}

printTable('Assignment (B3, B5): medians over runs, one thread', rows);
writeResults(
  join(import.meta.dirname, 'assignment-results.json'),
  rows.map((row) =>
    row.stats.cpuMedian === undefined
      ? row
      : { ...row, extra: { ...row.extra, cpuMedianMs: row.stats.cpuMedian, note: row.note } },
  ),
);
