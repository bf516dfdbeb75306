import { isIsoDate } from '@passerelle/core';
import { z } from 'zod';
import { ASSIGNMENT_METHODS } from '../assignment/assign.js';
import { MatchingConfigSchema } from '../config/config.js';
import { parseMetricSpec, type MetricSpec } from './metrics/registry.js';

const IsoDate = z.string().refine(isIsoDate, { message: 'a date written YYYY-MM-DD' });
/** An experiment's seed: an integer. */
export const Seed = z
  .number({ message: 'an integer' })
  .int({ message: 'an integer (the same seed gives the same numbers)' });
/** A positive integer, its field named in the message. */
export const PositiveInt = (what: string) =>
  z
    .number()
    .int({ message: `${what}: a positive integer` })
    .positive({ message: `${what}: a positive integer` });
/** A file path (relative to the configuration's folder). */
export const FilePath = z.string().min(1, { message: 'a file path' });

const SyntheticDataSchema = z.strictObject({
  kind: z.literal('synthetic'),
  /** Candidates to generate (1 to 1,000,000). */
  candidates: PositiveInt('candidates').max(1_000_000),
  /** Offers to generate (default: candidates / 5). */
  offers: PositiveInt('offers').max(1_000_000).optional(),
  /** Seed of the generator (default: the experiment's seed). */
  seed: Seed.optional(),
  /** The day the data is seen from (default 2026-01-01). */
  referenceDate: IsoDate.optional(),
});

const FilesDataSchema = z.strictObject({
  kind: z.literal('files'),
  /** Candidates: a CSV export or a JSON array of records. */
  candidates: FilePath,
  /** Job offers: CSV or JSON. */
  offers: FilePath,
  /** Contracts (the hires that serve as right answers): CSV or JSON. */
  contracts: FilePath,
  /** A folder of compact ESCO files (default: the built-in starter taxonomy). */
  escoFolder: FilePath.optional(),
  /** A folder of Belgian postal code files (default: the built-in starter gazetteer). */
  postcodesFolder: FilePath.optional(),
});

const EngineSchema = z.strictObject({
  /** Name shown in the results. */
  name: z.string().min(1).max(60),
  /** Any part of the matching configuration (see DEFAULT_MATCHING_CONFIG). */
  config: z
    .record(z.string(), z.unknown())
    .superRefine((value, ctx) => {
      const known = Object.keys(MatchingConfigSchema.shape);
      for (const key of Object.keys(value)) {
        if (!known.includes(key))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `unknown setting (valid: ${known.join(', ')})`,
          });
      }
      const parsed = MatchingConfigSchema.safeParse(value);
      if (!parsed.success)
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: 'custom', path: issue.path as PropertyKey[], message: issue.message });
    })
    .optional(),
});

const SplitSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('date'),
    /** Hires starting on or after this day are the test set. */
    testFrom: IsoDate,
    /** …and on or before this day (default: no end). */
    testTo: IsoDate.optional(),
  }),
  z.strictObject({
    kind: z.literal('random'),
    /** Share of the hires in the test set, drawn with the experiment's seed. */
    testShare: z.number().gt(0, { message: 'a share in (0, 1]' }).max(1, { message: 'a share in (0, 1]' }),
  }),
]);

/** The experiment configuration, as a JSON file holds it. */
export const ExperimentConfigSchema = z
  .strictObject({
    /** Which experiment: this one compares engine configurations (the default when a file names none). */
    experiment: z.literal('engines').optional(),
    /** Shown in the report. */
    name: z.string().min(1).max(120).default('experiment'),
    /** Seed of every random choice (splits, samples): the same config and seed give the same numbers. */
    seed: Seed,
    data: z.discriminatedUnion('kind', [SyntheticDataSchema, FilesDataSchema]),
    /** Engine configurations to compare (at least one; names unique). */
    engines: z.array(EngineSchema).min(1, { message: 'at least one engine configuration' }),
    split: SplitSchema,
    /** Length of the lists the engine returns (default 20); metric cut-offs may not exceed it. */
    listLength: PositiveInt('listLength').max(1000).default(20),
    /** Most test queries evaluated, sampled with the seed (default all). */
    maxQueries: PositiveInt('maxQueries').optional(),
    /** Metrics as `name` or `name@k` (see METRICS). */
    metrics: z
      .array(
        z.string().superRefine((text, ctx) => {
          const parsed = parseMetricSpec(text);
          if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
        }),
      )
      .min(1, { message: 'at least one metric' }),
    /** Also assign the test candidates to the catalogue's offers, for assignment and fairness metrics. */
    assignment: z
      .strictObject({
        method: z.enum(ASSIGNMENT_METHODS).default('exact'),
        minScore: z.number().min(0).max(1).default(0),
        /** Length of the engine's lists both ways that make the graph (default 20). */
        k: PositiveInt('k').max(1000).default(20),
        /** A candidate with a pair scoring at least this counts as qualified, for equal opportunity (default 0.5). */
        qualifiedScore: z.number().min(0).max(1).default(0.5),
      })
      .optional(),
    /** Also evaluate congestion-aware lists (each engine's lists re-ranked by entropic optimal transport). */
    congestion: z
      .strictObject({
        congestionWeight: z.number().min(0).max(1).default(0.5),
        temperature: z.number().positive().default(0.05),
        k: PositiveInt('k').max(1000).default(20),
      })
      .optional(),
  })
  .superRefine((config, ctx) => {
    const names = new Set<string>();
    config.engines.forEach((engine, i) => {
      if (names.has(engine.name))
        ctx.addIssue({
          code: 'custom',
          path: ['engines', i, 'name'],
          message: `"${engine.name}" is used twice: names must be unique`,
        });
      names.add(engine.name);
    });
    config.metrics.forEach((text, i) => {
      const parsed = parseMetricSpec(text);
      // Only against a valid list length (an invalid one has its own issue).
      const listLength =
        Number.isInteger(config.listLength) && config.listLength > 0 ? config.listLength : Infinity;
      if (parsed.ok && (parsed.spec.k ?? 0) > listLength) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', i],
          message: `k = ${parsed.spec.k} exceeds listLength (${config.listLength}): raise listLength or lower k`,
        });
      }
    });
    if (
      config.split.kind === 'date' &&
      config.split.testTo !== undefined &&
      config.split.testTo < config.split.testFrom
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['split', 'testTo'],
        message: 'testTo must not be before testFrom',
      });
    }
  });

export type ExperimentConfigInput = z.input<typeof ExperimentConfigSchema>;
export type ExperimentConfig = z.output<typeof ExperimentConfigSchema>;

/** One problem with a configuration: where (`metrics[2]`, `engines[0].config.weights.skills`) and why. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** A validated configuration with its parsed metrics, or every problem found. */
export type ConfigParseResult =
  | { readonly ok: true; readonly config: ExperimentConfig; readonly metrics: readonly MetricSpec[] }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Renders a zod path as `engines[0].config.weights`. */
export function formatConfigPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (text, key) =>
        typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
      '',
    ) || '(root)'
  );
}

/**
 * Validates input against an experiment schema with a `metrics` list of names; returns the parsed configuration and
 * metrics, or every problem with its path. Never throws on user data.
 */
export function parseConfigWithMetrics<C extends { readonly metrics: readonly string[] }>(
  schema: z.ZodType<C>,
  input: unknown,
):
  | { readonly ok: true; readonly config: C; readonly metrics: readonly MetricSpec[] }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] } {
  const result = schema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: formatConfigPath(issue.path),
        message: issue.message,
      })),
    };
  }
  // The schema checked every name already.
  const metrics = result.data.metrics.map(
    (text) => (parseMetricSpec(text) as { ok: true; spec: MetricSpec }).spec,
  );
  return { ok: true, config: result.data, metrics };
}

/** Validates a configuration (e.g. parsed from JSON); never throws on user data. */
export function parseExperimentConfig(input: unknown): ConfigParseResult {
  return parseConfigWithMetrics(ExperimentConfigSchema, input);
}

/** The issues as lines, one per problem: `metrics[2]: unknown metric "foo" (valid: …)`. */
export function formatConfigIssues(issues: readonly ConfigIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/** Thrown by the runners on an invalid configuration, before any work; `issues` says where and why. */
export class ExperimentConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[], source?: string) {
    super(`Invalid experiment configuration${source ? ` (${source})` : ''}:\n${formatConfigIssues(issues)}`);
    this.name = 'ExperimentConfigError';
    this.issues = issues;
  }
}
