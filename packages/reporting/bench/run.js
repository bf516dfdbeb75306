// Reporting benchmark (issue 5): a year of indicators over the synthetic generator's Walloon-shaped data, by
// default 250,000 candidates. Times the input checks (prepareReportingData) and each indicator, one core, and
// prints medians, p95 and p99. Run with `npm run bench` at the repository root; writes bench/results.json.
// Figures are reported, never asserted. Env: BENCH_CANDIDATES (250000), BENCH_RUNS (5).
import { join } from 'node:path';
import { generateDataset } from '@passerelle/core';
import { INDICATORS, calendarYear, prepareReportingData } from '@passerelle/reporting';
import { measure, printTable, writeResults } from '../../../scripts/bench-harness.mjs';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 250_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const YEAR = calendarYear(2025);
const OPTIONS = { observedUntil: '2026-01-01' };

const t0 = performance.now();
const data = generateDataset({ seed: 2026, candidates: CANDIDATES });
process.stdout.write(
  `data: ${data.candidates.length} candidates, ${data.accompaniments.length} accompaniments, ` +
    `${data.contracts.length} contracts (${(performance.now() - t0).toFixed(0)} ms)\n`,
);
const input = { candidates: data.candidates, accompaniments: data.accompaniments, contracts: data.contracts };

const rows = [];
let prepared;
rows.push({
  id: 'R0',
  name: 'prepareReportingData (checks, group by person)',
  stats: await measure(() => (prepared = prepareReportingData(input)), { runs: RUNS, warmup: 1 }),
});
let total = rows[0].stats.median;
for (const [index, [id, indicator]] of Object.entries(INDICATORS).entries()) {
  const stats = await measure(() => indicator.compute(prepared, YEAR, OPTIONS), { runs: RUNS, warmup: 1 });
  total += stats.median;
  rows.push({ id: `R${index + 1}`, name: id, stats });
}
const heapMb = process.memoryUsage().heapUsed / 1e6;
printTable(`Reporting, year 2025 over ${CANDIDATES} candidates`, rows);
process.stdout.write(
  `  sum of medians (checks + every indicator): ${total.toFixed(0)} ms; heap used ${heapMb.toFixed(0)} MB\n`,
);
const funnel = INDICATORS.funnel.compute(prepared, YEAR, OPTIONS);
process.stdout.write(
  `  funnel 2025: ${funnel.rows.map((row) => row.people).join(' → ')}; left out: ${prepared.excluded.count}\n`,
);
writeResults(join(import.meta.dirname, 'results.json'), rows);
