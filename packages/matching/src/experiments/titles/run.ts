// The title-normalisation experiment: the normaliser and its baselines on labelled titles, on the whole set and
// its seeded halves, and optionally with labelled titles as extra synonyms under a leak-free k-fold split.
import type { Taxonomy } from '@passerelle/core';
import { ExperimentConfigError } from '../config.js';
import { parseTitleExperimentConfig, type TitleExperimentConfig } from './config.js';
import {
  runRanker,
  scoreRuns,
  WALL_CLOCK,
  type ExperimentClock,
  type LabelledTitle,
  type RankerRun,
  type TitleScores,
} from './evaluate.js';
import { Progress, type TitleExperimentProgress } from './progress.js';
import { buildRanker } from './rankers.js';
import { seededHalves, seededSample } from './seeded-sampling.js';
import { synonymFolds, type SynonymResult } from './synonym-folds.js';

/** Options of {@link runTitleNormalizationExperiment}. */
export interface TitleExperimentOptions {
  /** The labelled titles (the Node entry reads them from the file the configuration names). */
  readonly rows: readonly LabelledTitle[];
  /** The occupations the titles are labelled with (e.g. ESCO loaded by the Node entry). */
  readonly taxonomy: Taxonomy;
  /** What measures speed (default wall time; the Node entry uses the process's CPU time). */
  readonly clock?: ExperimentClock;
  /** Rows the loader rejected (reported with the results; they were not evaluated). */
  readonly rejectedRows?: number;
  readonly onProgress?: (progress: TitleExperimentProgress) => void;
}

/** One method on one set of titles. */
export interface TitleResultRow extends TitleScores {
  /** `all`, `half 1` or `half 2`. */
  readonly subset: string;
  readonly method: string;
}

/** What {@link runTitleNormalizationExperiment} returns. */
export interface TitleExperimentResult {
  readonly experiment: 'title-normalization';
  readonly name: string;
  readonly seed: number;
  readonly config: TitleExperimentConfig;
  readonly data: {
    /** Labelled titles given. */
    readonly titles: number;
    /** Titles left out because their occupation is not in the taxonomy. */
    readonly unknownOccupation: number;
    /** Rows the loader rejected. */
    readonly rejectedRows: number;
    /** Titles evaluated (after the sample, if any). */
    readonly evaluated: number;
    /** Distinct occupations among the evaluated titles. */
    readonly labelledOccupations: number;
    /** Occupations in the taxonomy (the catalogue ranked). */
    readonly occupations: number;
  };
  /** What measured `titlesPerSecond`: the process's CPU time or wall time. */
  readonly clock: ExperimentClock['kind'];
  readonly metrics: readonly string[];
  /** Each method's build time in milliseconds (by the clock). */
  readonly builds: readonly { readonly method: string; readonly milliseconds: number }[];
  readonly rows: readonly TitleResultRow[];
  readonly extraSynonyms?: SynonymResult;
}

/**
 * Evaluates title → occupation methods on labelled titles: each method ranks the taxonomy's occupations for every
 * title (on the whole set, and on two seeded halves unless `halves` is false) and the metrics are computed against
 * the labels; titles whose occupation is not in the taxonomy are counted and left out. With `extraSynonyms`, the
 * normaliser is also evaluated fold by fold with the other folds' titles as extra synonyms, reported apart
 * (these figures use labelled titles, the others do not). Deterministic for a configuration and seed, except the
 * speeds, which come from `options.clock`.
 *
 * @throws ExperimentConfigError on an invalid configuration, before any work.
 * @throws TypeError when `options.rows` is not an array or `options.taxonomy` is missing.
 */
export function runTitleNormalizationExperiment(
  input: unknown,
  options: TitleExperimentOptions,
): TitleExperimentResult {
  const parsed = parseTitleExperimentConfig(input);
  if (!parsed.ok) throw new ExperimentConfigError(parsed.issues);
  if (!Array.isArray(options?.rows) || options.taxonomy === undefined) {
    throw new TypeError(
      'runTitleNormalizationExperiment needs options.rows (labelled titles) and options.taxonomy; runTitleExperimentFile of "@passerelle/matching/experiments/node" reads them from the files a configuration names.',
    );
  }
  const { config, metrics } = parsed;
  const { taxonomy } = options;
  const clock = options.clock ?? WALL_CLOCK;
  const known = options.rows.filter((row) => taxonomy.occupationIndex(row.occupationId) !== undefined);
  const rows = config.maxTitles === undefined ? known : seededSample(known, config.maxTitles, config.seed);
  const subsets = titleSubsets(rows, config);
  const texts = metrics.map((m) => `${m.name}@${m.k}`);
  const catalogue = taxonomy.occupations.map((o) => o.id);
  const progress = new Progress(plannedTitles(rows, subsets, config), options.onProgress);
  const score = (runs: readonly RankerRun[]) => scoreRuns(runs, metrics, texts, catalogue);

  const builds: { method: string; milliseconds: number }[] = [];
  const results: TitleResultRow[] = [];
  for (const method of config.methods) {
    progress.report('build', method.name);
    const start = clock.now();
    const rank = buildRanker(method, taxonomy, config);
    builds.push({ method: method.name, milliseconds: clock.now() - start });
    for (const subset of methodSubsets(method, subsets, config)) {
      const sample =
        method.maxTitles === undefined
          ? subset.rows
          : seededSample(subset.rows, method.maxTitles, config.seed);
      const run = runRanker(sample, rank, config.listLength, clock, (n) => progress.advance(n, method.name));
      results.push({ subset: subset.name, method: method.name, ...score([run]) });
    }
  }
  const extraSynonyms =
    config.extraSynonyms === undefined
      ? undefined
      : synonymFolds(rows, config, taxonomy, clock, progress, score);
  progress.report('done');
  return {
    experiment: 'title-normalization',
    name: config.name,
    seed: config.seed,
    config,
    data: {
      titles: options.rows.length,
      unknownOccupation: options.rows.length - known.length,
      rejectedRows: options.rejectedRows ?? 0,
      evaluated: rows.length,
      labelledOccupations: new Set(rows.map((row) => row.occupationId)).size,
      occupations: taxonomy.occupationCount,
    },
    clock: clock.kind,
    metrics: texts,
    builds,
    rows: results,
    ...(extraSynonyms === undefined ? {} : { extraSynonyms }),
  };
}

type Method = TitleExperimentConfig['methods'][number];
interface Subset {
  readonly name: string;
  readonly rows: readonly LabelledTitle[];
}

function titleSubsets(rows: readonly LabelledTitle[], config: TitleExperimentConfig): Subset[] {
  const [first, second] = seededHalves(rows, config.seed);
  return [
    { name: 'all', rows },
    { name: 'half 1', rows: first },
    { name: 'half 2', rows: second },
  ];
}

function methodSubsets(method: Method, subsets: readonly Subset[], config: TitleExperimentConfig): Subset[] {
  return (method.halves ?? config.halves) ? [...subsets] : subsets.slice(0, 1);
}

function plannedTitles(
  rows: readonly LabelledTitle[],
  subsets: readonly Subset[],
  config: TitleExperimentConfig,
) {
  let total = 0;
  for (const method of config.methods) {
    for (const subset of methodSubsets(method, subsets, config)) {
      total += Math.min(subset.rows.length, method.maxTitles ?? Infinity);
    }
  }
  return total + (config.extraSynonyms === undefined ? 0 : rows.length);
}
