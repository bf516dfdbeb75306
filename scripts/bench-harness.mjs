// Shared benchmark helpers: timing with medians and percentiles, ratios against a baseline run in the same process,
// a printed table, and a results file. Benchmarks are never tests: machines are noisy, so figures are reported, not asserted.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism, cpus } from 'node:os';

/** Runs `fn` `warmup` times, then `runs` times, and returns timing statistics in milliseconds. */
export async function measure(fn, { runs = 15, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(times);
}

/** Median, p95, p99, min and max of a list of durations. */
export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    runs: sorted.length,
    median: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    min: sorted[0],
    max: sorted.at(-1),
  };
}

/** A line describing the machine, printed beside the figures. */
export function machineLine() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${availableParallelism()} cores (${cpu}), Node ${process.version}`;
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(2) : ms.toFixed(4));

/** Prints rows `{ id, name, stats, ratios?, note? }` as a table. */
export function printTable(title, rows) {
  process.stdout.write(`\n${title}\n${machineLine()}\n`);
  for (const row of rows) {
    const ratios = Object.entries(row.ratios ?? {})
      .map(([name, value]) => `${name} ${value.toFixed(2)}×`)
      .join(', ');
    process.stdout.write(
      `  ${row.id.padEnd(4)} ${row.name.padEnd(48)} median ${fmt(row.stats.median).padStart(9)} ms` +
        `  p95 ${fmt(row.stats.p95).padStart(9)} ms  p99 ${fmt(row.stats.p99).padStart(9)} ms` +
        `${ratios ? `  ${ratios}` : ''}${row.note ? `  ${row.note}` : ''}\n`,
    );
  }
}

/** Writes the rows as JSON (one entry per scenario) for tools and notes. */
export function writeResults(path, rows) {
  mkdirSync(dirname(path), { recursive: true });
  const scenarios = rows.map((row) => ({
    id: row.id,
    name: row.name,
    medianMs: row.stats.median,
    p95Ms: row.stats.p95,
    p99Ms: row.stats.p99,
    runs: row.stats.runs,
    ratios: row.ratios ?? {},
    ...(row.extra ?? {}),
  }));
  writeFileSync(path, `${JSON.stringify({ machine: machineLine(), scenarios }, null, 2)}\n`);
}
