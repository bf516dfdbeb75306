// Reporting benchmark (issue 5): every indicator for a year over 250,000 people and 1,000,000 contract spells,
// on the synthetic generator's Walloon-shaped data. The generator gives about 1.8 contracts per candidate: the
// bench adds more spells per person (deterministic) to reach the contract count, and one presentation to an
// employer per person on average, so that the funnel's presented stage is computed too.
//
// Timed, one thread: the input checks (prepareReportingData) alone, each indicator alone on checked data, and
// "checks + every indicator" from the raw records, which is what a user waits for. Each run leaves its checked
// data (about 34 MB of typed arrays) behind; every second run or so, that garbage makes the engine collect the
// whole heap, the caller's records included (about 460 MB of synthetic objects), and that run pays for it. The
// number of runs that held such a full collection, and the processor time of each run, are printed beside the
// medians. (Collecting the heap before each run is no way round it: a forced collection also throws away
// compiled code, and the run after it is slower still.) Memory: the data checked
// and kept at 1/4, 1/2 and all of the size, after a full garbage collection, and the ratios between them
// (2.00 means linear). Figures are printed and written to bench/results.json, never asserted.
// Env: BENCH_CANDIDATES (250000), BENCH_CONTRACTS (1000000), BENCH_RUNS (5), BENCH_MEMORY (1: measure memory).
import { loadavg } from 'node:os';
import { PerformanceObserver, constants as perfConstants } from 'node:perf_hooks';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CONTRACT_TYPES, generateDataset } from '@passerelle/core';
import {
  INDICATORS,
  calendarYear,
  computeFollowUpsDue,
  computeGrowth,
  computeTargets,
  prepareReportingData,
} from '@passerelle/reporting';
import { measure, printTable, summarize, writeResults } from '../../../scripts/bench-harness.mjs';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 250_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MEMORY = process.env.BENCH_MEMORY !== '0';
const YEAR = calendarYear(2025);
const OPTIONS = { observedUntil: '2026-01-01' };

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// A small deterministic generator (mulberry32) for the added spells.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOfIso = (text) => Date.parse(`${text}T00:00:00Z`) / DAY;
const PAID_TYPES = CONTRACT_TYPES.filter((type) => type !== 'internship' && type !== 'immersion');

/** The synthetic dataset for `candidates` people, with spells added to reach `contracts`, and presentations. */
function dataset(candidates, contracts) {
  const data = generateDataset({ seed: 2026, candidates });
  const next = random(candidates);
  const firstEntry = new Map();
  for (const a of data.accompaniments)
    if (!firstEntry.has(a.candidateId)) firstEntry.set(a.candidateId, a.entryDate);
  const extra = Math.max(0, contracts - data.contracts.length);
  const added = [];
  const presentations = [];
  const people = data.candidates.length;
  for (let i = 0; i < people; i += 1) {
    const id = data.candidates[i].candidate.id;
    const from = dayOfIso(firstEntry.get(id) ?? '2018-01-01');
    // More spells per person: person i gets its share of the extra contracts, one after the other.
    const count = Math.floor(((i + 1) * extra) / people) - Math.floor((i * extra) / people);
    let day = from + Math.floor(next() * 400);
    for (let j = 0; j < count; j += 1) {
      const length = 5 + Math.floor(next() * 300);
      const isOpen = next() < 0.05;
      added.push({
        id: `bench-${added.length}`,
        candidateId: id,
        employerId: `emp-bench-${Math.floor(next() * 5000)}`,
        type: PAID_TYPES[Math.floor(next() * PAID_TYPES.length)],
        start: iso(day),
        end: isOpen ? null : iso(day + length),
        ...(next() < 0.8 ? { hoursPerWeek: 10 + Math.floor(next() * 29) } : {}),
      });
      day += length + Math.floor(next() * 90);
    }
    if (next() < 0.6 || (i & 1) === 0) {
      presentations.push({
        id: `pres-${presentations.length}`,
        candidateId: id,
        date: iso(from + Math.floor(next() * 500)),
        employerId: `emp-bench-${Math.floor(next() * 5000)}`,
      });
    }
  }
  return {
    candidates: data.candidates,
    accompaniments: data.accompaniments,
    contracts: data.contracts.concat(added),
    followUps: data.followUps,
    presentations,
  };
}

const MIRE_TARGETS = ['mirec', 'mirena', 'mirelux', 'mire-mons', 'mire-centre', 'mire-liege'].flatMap(
  (mireId) => [
    { mireId, figure: 'accompanied', target: 5000 },
    { mireId, figure: 'placement_rate', target: 0.5 },
  ],
);

/** Every indicator of the issue for the year: the registry, growth over the year before, targets, follow-ups due. */
function everyIndicator(prepared) {
  const tables = [];
  for (const indicator of Object.values(INDICATORS)) tables.push(indicator.compute(prepared, YEAR, OPTIONS));
  tables.push(computeGrowth(INDICATORS.placement, prepared, calendarYear(2024), YEAR, OPTIONS));
  tables.push(computeTargets(prepared, YEAR, MIRE_TARGETS, { asOf: '2025-09-30' }));
  tables.push(computeFollowUpsDue(prepared, YEAR, { asOf: '2025-12-15' }));
  return tables;
}

// Full (mark-compact) collections, with their start on the performance.now() clock, to tell which run held one.
const fullCollections = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) fullCollections.push(entry.startTime);
  }
}).observe({ entryTypes: ['gc'] });
// Entries are handed over a little after the collection: wait before reading them (outside the timing).
const entriesDelivered = () => new Promise((resolve) => setTimeout(resolve, 500));

/**
 * Wall-clock and processor time of `fn` (the harness's warm-up and runs), and how many runs held a full
 * collection. Processor time counts this process only (its main thread and the engine's collector threads),
 * so that other work on a shared machine does not count; the load average is printed beside it.
 */
async function measureWithCpu(fn, { runs, warmup }) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const wall = [];
  const cpu = [];
  const spans = [];
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const from = performance.now();
    const start = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpuStart);
    spans.push([from, performance.now()]);
    cpu.push((used.user + used.system) / 1000);
  }
  await entriesDelivered();
  const withFull = spans.filter(([from, to]) => fullCollections.some((at) => at >= from && at <= to)).length;
  return { wall: summarize(wall), cpu: summarize(cpu), cpuRuns: cpu, withFull };
}

const cpuNote = ({ cpu, withFull, wall }) =>
  `processor time: median ${cpu.median.toFixed(0)} ms, p95 ${cpu.p95.toFixed(0)} ms; ` +
  `runs with a full collection: ${withFull} of ${wall.runs}`;

const t0 = performance.now();
const input = dataset(CANDIDATES, CONTRACTS);
process.stdout.write(
  `data: ${input.candidates.length} candidates, ${input.accompaniments.length} accompaniments, ` +
    `${input.contracts.length} contracts, ${input.followUps.length} follow-ups, ` +
    `${input.presentations.length} presentations (${(performance.now() - t0).toFixed(0)} ms)\n`,
);

const rows = [];
let prepared;
/**
 * Baseline, the least any check must do: read every record's id, person and dates once and sum their lengths
 * (no parsing, no grouping). Ratios against it hold better than wall-clock times on a shared machine.
 */
function readOnce({ candidates, accompaniments, contracts, followUps, presentations }) {
  let sum = 0;
  for (const c of candidates) sum += c.candidate.id.length;
  for (const a of accompaniments)
    sum += a.id.length + a.candidateId.length + a.entryDate.length + (a.exitDate?.length ?? 0);
  for (const c of contracts)
    sum += c.id.length + c.candidateId.length + c.start.length + (c.end?.length ?? 0);
  for (const f of followUps) sum += f.id.length + f.candidateId.length + f.date.length;
  for (const p of presentations) sum += p.id.length + p.candidateId.length + p.date.length;
  return sum;
}

const loadBefore = loadavg()[0];
const baseline = await measureWithCpu(() => readOnce(input), { runs: RUNS, warmup: 1 });
rows.push({
  id: 'B0',
  name: 'baseline: read every record once',
  stats: baseline.wall,
  note: cpuNote(baseline),
  extra: { cpuMedianMs: baseline.cpu.median },
});
const checks = await measureWithCpu(() => (prepared = prepareReportingData(input)), {
  runs: RUNS,
  warmup: 1,
});
rows.push({
  id: 'R0',
  name: 'input checks (prepareReportingData)',
  stats: checks.wall,
  ratios: { 'vs B0': checks.wall.median / baseline.wall.median },
  note: cpuNote(checks),
  extra: { cpuMedianMs: checks.cpu.median, runsWithFullCollection: checks.withFull },
});
const scenarios = [
  ...Object.entries(INDICATORS).map(([id, indicator]) => [
    id,
    () => indicator.compute(prepared, YEAR, OPTIONS),
  ]),
  [
    'growth (placement 2024 → 2025)',
    () => computeGrowth(INDICATORS.placement, prepared, calendarYear(2024), YEAR, OPTIONS),
  ],
  ['targets (12 obligations)', () => computeTargets(prepared, YEAR, MIRE_TARGETS, { asOf: '2025-09-30' })],
  ['follow_ups_due', () => computeFollowUpsDue(prepared, YEAR, { asOf: '2025-12-15' })],
];
let indicatorsTotal = 0;
for (const [index, [name, run]] of scenarios.entries()) {
  const stats = await measure(run, { runs: RUNS, warmup: 1 });
  indicatorsTotal += stats.median;
  rows.push({ id: `R${index + 1}`, name, stats });
}
// What a user waits for: the checks and every indicator, from the raw records, as one run.
const both = await measureWithCpu(() => everyIndicator(prepareReportingData(input)), {
  runs: RUNS,
  warmup: 1,
});
const all = both.wall;
rows.push({
  id: 'ALL',
  name: 'checks + every indicator, one run',
  stats: all,
  ratios: { 'vs B0': all.median / baseline.wall.median },
  note: cpuNote(both),
  extra: { cpuMedianMs: both.cpu.median, cpuRunsMs: both.cpuRuns, runsWithFullCollection: both.withFull },
});
printTable(
  `Reporting, year 2025: ${input.candidates.length} people, ${input.contracts.length} contract spells`,
  rows,
);
process.stdout.write(
  `  checks alone ${checks.wall.median.toFixed(0)} ms; sum of indicator medians ${indicatorsTotal.toFixed(0)} ms; ` +
    `checks + every indicator in one run: median ${all.median.toFixed(0)} ms wall, ` +
    `${both.cpu.median.toFixed(0)} ms processor (target ≤ 2000 ms); processor time of each run: ` +
    `${both.cpuRuns.map((ms) => ms.toFixed(0)).join(', ')} ms, ${both.withFull} of ${RUNS} with a full collection\n` +
    // Above the number of cores, other processes shared them: wall times grow, processor time much less.
    `  load average (1 min): ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after\n`,
);
const funnel = INDICATORS.funnel.compute(prepared, YEAR, OPTIONS);
process.stdout.write(
  `  funnel 2025: ${funnel.rows.map((row) => row.people).join(' → ')}; left out: ${prepared.excluded.count}\n`,
);

// Memory: what the checked data keeps, at 1/4, 1/2 and all of the size (input records excluded).
const memoryRows = [];
if (MEMORY) {
  prepared = undefined;
  // Typed arrays' memory is released by a sweeper after the collection: collect, let it run, collect again.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
  const used = async () => {
    gc();
    await settle();
    gc();
    await settle();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const retained = [];
  for (const share of [0.25, 0.5, 1]) {
    const scaled =
      share === 1 ? input : dataset(Math.round(CANDIDATES * share), Math.round(CONTRACTS * share));
    const before = await used();
    let kept = prepareReportingData(scaled);
    const after = await used();
    // Peak while computing: the most memory above the kept data seen after any indicator (no collection).
    let peak = 0;
    for (const table of everyIndicator(kept)) {
      void table;
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      peak = Math.max(peak, heapUsed + arrayBuffers - after);
    }
    retained.push(after - before);
    memoryRows.push({
      id: `M${memoryRows.length + 1}`,
      name: `size × ${share}: ${scaled.contracts.length} contracts`,
      stats: summarize([0]),
      note:
        `kept ${((after - before) / 1e6).toFixed(1)} MB (${((after - before) / scaled.contracts.length).toFixed(0)} B per contract)` +
        (retained.length > 1 ? `, ×${(retained.at(-1) / retained.at(-2)).toFixed(2)} for ×2 records` : '') +
        `; most garbage while computing ${(peak / 1e6).toFixed(0)} MB`,
      extra: { keptBytes: after - before, peakGarbageBytes: peak },
    });
    kept = undefined;
    void kept;
  }
  process.stdout.write('\nMemory kept by the checked data (after a full collection)\n');
  for (const row of memoryRows)
    process.stdout.write(`  ${row.id.padEnd(4)} ${row.name.padEnd(40)} ${row.note}\n`);
}
writeResults(join(import.meta.dirname, 'results.json'), [...rows, ...memoryRows]);
