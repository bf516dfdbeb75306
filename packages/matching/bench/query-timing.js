// What the query benchmarks (run.js, esco-scale.js) share: picking queries, timing each, comparing two top lists.
import { summarize } from '../../../scripts/bench-harness.mjs';

/** Each item's call timed on its own (ms), summarised. */
export function timeEach(items, fn) {
  const times = [];
  for (const item of items) {
    const start = process.hrtime.bigint();
    fn(item);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return summarize(times);
}

/** `n` items spread evenly over a list, from `shift` (a fraction of the step) on. */
export function pick(list, n, shift = 0) {
  return Array.from(
    { length: Math.min(n, list.length) },
    (_, i) => list[Math.floor(((i + shift) * list.length) / n) % list.length],
  );
}

/** Whether two rankings' results list the same ids with the same scores, in the same order. */
export function sameTop(a, b) {
  return a.length === b.length && a.every((r, i) => r.id === b[i].id && r.score === b[i].score);
}
