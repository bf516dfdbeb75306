// Running a title ranker over labelled titles: the ranked lists, their metrics and the throughput.
import { computeMetric, type MetricSpec, type MetricValue } from '../metrics/registry.js';
import type { RankedQuery } from '../metrics/ranking.js';
import type { TitleRanker } from './baselines.js';

/** A job title and the occupation it was labelled with (e.g. a row of a labelled-titles CSV). */
export interface LabelledTitle {
  readonly title: string;
  readonly occupationId: string;
}

/**
 * What measures the time a ranker takes, in milliseconds: `wall` (`performance.now`, the default) or `cpu` (the
 * process's CPU time, steadier on a busy machine; the Node entry passes it). Tests pass a counting clock.
 */
export interface ExperimentClock {
  readonly kind: 'wall' | 'cpu';
  now(): number;
}

/** The default clock: wall time. */
export const WALL_CLOCK: ExperimentClock = Object.freeze({ kind: 'wall', now: () => performance.now() });

/** A ranker's lists over some titles, with the time they took. */
export interface RankerRun {
  readonly queries: readonly RankedQuery[];
  /** Milliseconds spent ranking (by the clock given), building excluded. */
  readonly milliseconds: number;
}

/** How many titles are ranked between two clock readings and progress reports. */
const BATCH = 250;
/** Most titles ranked untimed first, so that speeds are those of compiled code, as in a long-running service. */
const WARM_UP = 100;

/**
 * Ranks every title with `rank` (the lists cut to `listLength`), timing the ranking only: up to a tenth of the
 * titles (at most 100) are ranked once untimed first, to warm the code up; then the clock is read and `onBatch`
 * called between batches of titles, outside the timed part.
 */
export function runRanker(
  rows: readonly LabelledTitle[],
  rank: TitleRanker,
  listLength: number,
  clock: ExperimentClock = WALL_CLOCK,
  onBatch?: (titles: number) => void,
): RankerRun {
  const queries: RankedQuery[] = [];
  let milliseconds = 0;
  for (const row of rows.slice(0, Math.min(WARM_UP, Math.ceil(rows.length / 10)))) rank(row.title);
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    const lists: (readonly string[])[] = [];
    const start = clock.now();
    for (const row of batch) lists.push(rank(row.title));
    milliseconds += clock.now() - start;
    batch.forEach((row, i) => {
      queries.push({ recommended: (lists[i] ?? []).slice(0, listLength), relevant: [row.occupationId] });
    });
    onBatch?.(batch.length);
  }
  return { queries, milliseconds };
}

/** A method's figures over a set of titles. */
export interface TitleScores {
  /** Titles evaluated. */
  readonly titles: number;
  /** Metric values by metric text (`mrr@10`). */
  readonly values: Readonly<Record<string, MetricValue>>;
  /** Titles ranked per second of the clock's time (one thread, building excluded); 0 for no title. */
  readonly titlesPerSecond: number;
}

/** Metrics of ranked titles over the whole catalogue of occupation ids (for coverage and exposure). */
export function scoreRuns(
  runs: readonly RankerRun[],
  metrics: readonly MetricSpec[],
  texts: readonly string[],
  catalogue: readonly string[],
): TitleScores {
  const queries = runs.flatMap((run) => run.queries);
  const milliseconds = runs.reduce((sum, run) => sum + run.milliseconds, 0);
  const values = Object.fromEntries(
    metrics.map((spec, i) => [texts[i] as string, computeMetric(spec, { queries, catalogue })]),
  );
  return {
    titles: queries.length,
    values,
    titlesPerSecond: queries.length === 0 ? 0 : queries.length / (Math.max(milliseconds, 1e-6) / 1000),
  };
}
