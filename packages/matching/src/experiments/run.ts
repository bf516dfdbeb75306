import { createMatcher } from '../matcher.js';
import { assign } from '../assignment/assign.js';
import { congestionAwareLists, type CongestionReport } from '../assignment/congestion.js';
import { buildAssignmentGraph } from '../assignment/from-matcher.js';
import type { AssignmentGraph } from '../assignment/graph.js';
import { ExperimentConfigError, parseExperimentConfig, type ExperimentConfig } from './config.js';
import { syntheticExperimentData, type ExperimentData } from './data.js';
import { computeMetric, type MetricInput, type MetricValue } from './metrics/registry.js';
import type { AssignmentOutcome } from './metrics/assignment.js';
import type { RankedQuery } from './metrics/ranking.js';
import { splitHires, type ExperimentSplit } from './splits.js';

/**
 * Where a run is, for a progress bar: `done` of `total` steps, one event per step (the data, each query ranked per
 * engine, each assignment and re-ranking, and the end with `phase: 'done'` and `done === total`).
 */
export interface ExperimentProgress {
  readonly phase: 'data' | 'rank' | 'assign' | 'congestion' | 'done';
  /** The engine configuration being run, when there is one. */
  readonly engine?: string;
  readonly done: number;
  readonly total: number;
}

/** Options of {@link runExperiment}. */
export interface RunExperimentOptions {
  /** The data, when the configuration names files (the Node entry loads them); synthetic data is generated. */
  readonly data?: ExperimentData;
  /** Group label per candidate id, for fairness metrics; given by the caller, never read from profiles. */
  readonly groups?: ReadonlyMap<string, string>;
  /** Called as the run advances (often: once per query ranked). */
  readonly onProgress?: (progress: ExperimentProgress) => void;
}

/** One engine configuration's figures: its own lists, or its congestion-aware lists. */
export interface ExperimentRow {
  readonly engine: string;
  readonly variant: 'lists' | 'congestion-aware';
  /** Metric values by metric text (`ndcg@10`); null where the variant cannot give one. */
  readonly values: Readonly<Record<string, MetricValue>>;
}

/** What {@link runExperiment} returns: numbers only, so that the same config and seed give equal results. */
export interface ExperimentResult {
  readonly name: string;
  readonly seed: number;
  readonly config: ExperimentConfig;
  readonly data: {
    readonly source: 'synthetic' | 'files';
    readonly candidates: number;
    readonly offers: number;
    readonly hires: number;
    readonly testHires: number;
    readonly queries: number;
    readonly catalogue: number;
    /** Records rejected while loading. */
    readonly rejectedRecords: number;
    /** Problems met while loading (see the data's issues for where and why). */
    readonly issues: number;
  };
  readonly metrics: readonly string[];
  readonly rows: readonly ExperimentRow[];
  /** Each engine's congestion report (when congestion-aware lists were asked for). */
  readonly congestion: Readonly<Record<string, CongestionReport>>;
}

/**
 * Runs an experiment: validates the configuration before any work (throwing {@link ExperimentConfigError} with
 * every problem's path and what would be valid), generates or takes the data, splits the hires, ranks the catalogue
 * for every test candidate with every engine configuration, optionally assigns and re-ranks for congestion, and
 * computes the metrics. Pure and deterministic: writing files is the Node entry's job
 * (`@passerelle/matching/experiments/node`).
 *
 * @throws ExperimentConfigError on an invalid configuration; TypeError when the configuration names files and no
 * `data` is given.
 */
export function runExperiment(input: unknown, options: RunExperimentOptions = {}): ExperimentResult {
  const parsed = parseExperimentConfig(input);
  if (!parsed.ok) throw new ExperimentConfigError(parsed.issues);
  const { config, metrics } = parsed;
  if (config.data.kind === 'files' && options.data === undefined) {
    throw new TypeError(
      'This configuration names data files: run it with runExperimentFile from "@passerelle/matching/experiments/node", or pass the loaded data as options.data.',
    );
  }
  const data = options.data ?? syntheticExperimentData(config);
  const split = splitHires(data, config);
  const extraSteps = (config.assignment ? 1 : 0) + (config.congestion ? 1 : 0);
  // One event per step: the data, each query ranked per engine, each assignment and re-ranking, the end.
  const progress = new Progress(
    2 + config.engines.length * (split.queries.length + extraSteps),
    options.onProgress,
  );
  progress.step('data');
  const texts = metrics.map((m) => (m.k === undefined ? m.name : `${m.name}@${m.k}`));
  const rows: ExperimentRow[] = [];
  const congestion: Record<string, CongestionReport> = {};
  for (const engine of config.engines) {
    const run = runEngine(engine, config, data, split, options, progress);
    const values = (input: MetricInput) =>
      Object.fromEntries(metrics.map((spec, i) => [texts[i] as string, computeMetric(spec, input)]));
    rows.push({ engine: engine.name, variant: 'lists', values: values(run.base) });
    if (run.congestion) {
      rows.push({ engine: engine.name, variant: 'congestion-aware', values: values(run.congestion.input) });
      congestion[engine.name] = run.congestion.report;
    }
  }
  progress.finish();
  return {
    name: config.name,
    seed: config.seed,
    config,
    data: {
      source: config.data.kind,
      candidates: data.candidates.length,
      offers: data.offers.length,
      hires: split.hires,
      testHires: split.testHires,
      queries: split.queries.length,
      catalogue: split.catalogue.length,
      rejectedRecords: data.rejectedRecords ?? 0,
      issues: data.issues?.length ?? 0,
    },
    metrics: texts,
    rows,
    congestion,
  };
}

class Progress {
  #done = 0;
  readonly #total: number;
  readonly #listener: RunExperimentOptions['onProgress'];

  constructor(total: number, listener: RunExperimentOptions['onProgress']) {
    this.#total = total;
    this.#listener = listener;
  }

  step(phase: ExperimentProgress['phase'], engine?: string): void {
    this.#done++;
    this.#listener?.({
      phase,
      ...(engine !== undefined ? { engine } : {}),
      done: this.#done,
      total: this.#total,
    });
  }

  finish(): void {
    this.step('done');
  }
}

interface EngineRun {
  readonly base: MetricInput;
  readonly congestion?: { readonly input: MetricInput; readonly report: CongestionReport };
}

function runEngine(
  engine: ExperimentConfig['engines'][number],
  config: ExperimentConfig,
  data: ExperimentData,
  split: ExperimentSplit,
  options: RunExperimentOptions,
  progress: Progress,
): EngineRun {
  const matcher = createMatcher({
    ...(engine.config !== undefined ? { config: engine.config } : {}),
    ...(data.taxonomy !== undefined ? { taxonomy: data.taxonomy } : {}),
    ...(data.gazetteer !== undefined ? { gazetteer: data.gazetteer } : {}),
  });
  const index = matcher.indexOffers(split.catalogue);
  const queries: RankedQuery[] = split.queries.map((query) => {
    const ranking = matcher.rankOffers(query.candidate, index, { k: config.listLength, explain: false });
    progress.step('rank', engine.name);
    return { recommended: ranking.results.map((r) => r.id), relevant: query.relevant };
  });
  const shared = {
    catalogue: split.catalogue.map((o) => o.id),
    positions: new Map(split.catalogue.map((o) => [o.id, o.positions])),
    ...(options.groups !== undefined ? { groups: options.groups } : {}),
  };
  if (!config.assignment && !config.congestion) return { base: { queries, ...shared } };
  const candidates = split.queries.map((q) => q.candidate);
  const k = config.assignment?.k ?? config.congestion?.k ?? 20;
  const { graph } = buildAssignmentGraph(matcher, candidates, split.catalogue, { k });
  let base: MetricInput = { queries, ...shared };
  if (config.assignment) {
    const { assignment, qualified } = assignTest(graph, config.assignment);
    base = { ...base, assignment, qualified };
    progress.step('assign', engine.name);
  }
  if (!config.congestion) return { base };
  const spread = congestionAwareLists(graph, {
    k: config.listLength,
    congestionWeight: config.congestion.congestionWeight,
    temperature: config.congestion.temperature,
  });
  progress.step('congestion', engine.name);
  const reranked: RankedQuery[] = split.queries.map((query, i) => ({
    recommended: (spread.lists[i] ?? []).map((x) => x.offerId),
    relevant: query.relevant,
  }));
  return { base, congestion: { input: { queries: reranked, ...shared }, report: spread.report } };
}

function assignTest(
  graph: AssignmentGraph,
  options: NonNullable<ExperimentConfig['assignment']>,
): { assignment: AssignmentOutcome; qualified: Set<string> } {
  const result = assign(graph, { method: options.method, minScore: options.minScore });
  const qualified = new Set<string>();
  for (let e = 0; e < graph.edgeScore.length; e++) {
    if ((graph.edgeScore[e] as number) >= options.qualifiedScore)
      qualified.add(graph.candidateIds[graph.edgeCandidate[e] as number] as string);
  }
  return { assignment: { pairs: result.pairs, candidateIds: graph.candidateIds }, qualified };
}
