// The validated configuration of the title-normalisation experiment, as a JSON file holds it.
import { z } from 'zod';
import { FilePath, parseConfigWithMetrics, PositiveInt, Seed, type ConfigIssue } from '../config.js';
import { METRICS, parseMetricSpec, type MetricNeed, type MetricSpec } from '../metrics/registry.js';

/** The value of `experiment` that names this experiment in a configuration file. */
export const TITLE_EXPERIMENT = 'title-normalization';

/**
 * What can rank titles: `normalizer` (createTitleNormalizer: word matching over the labels), `trigram` (the
 * character-3-gram TF-IDF cosine baseline) and `fuse` (the plain fuse.js baseline, slow).
 */
export const TITLE_METHOD_KINDS = ['normalizer', 'trigram', 'fuse'] as const;

/** The metric inputs a title experiment has: ranked titles and the catalogue of occupations. */
const AVAILABLE: readonly MetricNeed[] = ['queries', 'lists', 'catalogue'];

/** The metrics this experiment can compute (ranking metrics, catalogue coverage and exposure). */
export const TITLE_METRIC_NAMES: readonly string[] = Object.freeze(
  Object.values(METRICS)
    .filter((metric) => metric.needs.every((need) => AVAILABLE.includes(need)))
    .map((metric) => metric.name),
);

const validMetrics = () => `valid: ${TITLE_METRIC_NAMES.map((name) => `${name}@k`).join(', ')}`;

const MetricText = z.string().superRefine((text, ctx) => {
  const parsed = parseMetricSpec(text);
  if (!parsed.ok) {
    const message = parsed.message.replace(/\(valid: [^)]*\)/, `(${validMetrics()})`);
    ctx.addIssue({ code: 'custom', message });
  } else if (!TITLE_METRIC_NAMES.includes(parsed.spec.name)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${parsed.spec.name}" is not a metric of ranked titles (${validMetrics()})`,
    });
  }
});

const MethodSchema = z.strictObject({
  /** Shown in the results; unique. */
  name: z.string().min(1).max(60),
  kind: z.enum(TITLE_METHOD_KINDS),
  /** `normalizer` only: the fuse.js typo step (default true). */
  fuzzy: z.boolean().optional(),
  /** Rank at most this many titles of each set, a seeded sample (fuse.js takes about half a second a title). */
  maxTitles: PositiveInt('maxTitles').optional(),
  /** Whether this method is also run on the two seeded halves (default: the experiment's `halves`). */
  halves: z.boolean().optional(),
});

/** The default methods: the normaliser and both baselines, fuse.js on a sample of 200 titles of the whole set. */
export const DEFAULT_TITLE_METHODS = Object.freeze([
  { name: 'normaliser (createTitleNormalizer)', kind: 'normalizer' },
  { name: 'char-3-gram TF-IDF cosine (baseline)', kind: 'trigram' },
  { name: 'plain fuse.js (baseline)', kind: 'fuse', maxTitles: 200, halves: false },
] as const);

/** The default metrics. */
export const DEFAULT_TITLE_METRICS = Object.freeze(['mrr@10', 'recall@1', 'recall@5', 'recall@10'] as const);

/** The title-normalisation experiment's configuration, as a JSON file holds it. */
export const TitleExperimentConfigSchema = z
  .strictObject({
    /** Names this experiment (see {@link TITLE_EXPERIMENT}). */
    experiment: z.literal(TITLE_EXPERIMENT),
    /** Shown in the report and used for the result files' names. */
    name: z.string().min(1).max(120).default('title normalisation'),
    /** Seed of every draw (samples, halves, folds): the same configuration and seed give the same numbers. */
    seed: Seed,
    data: z.strictObject({
      /** A CSV of labelled titles: a title column (`title` or `vacancy_title`) and an occupation id column. */
      titles: FilePath,
      /** A folder of compact ESCO files (default: the built-in starter taxonomy). */
      escoFolder: FilePath.optional(),
    }),
    /** The titles' language, given to the normaliser (labels in the other language count a little less). */
    locale: z.enum(['fr', 'en']).optional(),
    /** Length of the ranked lists (default 10); metric cut-offs may not exceed it. */
    listLength: PositiveInt('listLength').max(100).default(10),
    /** Evaluate a seeded sample of this many titles only (default all). */
    maxTitles: PositiveInt('maxTitles').optional(),
    /** Also report each method on the two seeded halves of the titles (default true). */
    halves: z.boolean().default(true),
    /** Metrics as `name@k` (default MRR@10 and recall@1, @5, @10). */
    metrics: z
      .array(MetricText)
      .min(1, { message: 'at least one metric' })
      .default([...DEFAULT_TITLE_METRICS]),
    /** The methods compared (default: the normaliser and both baselines). */
    methods: z
      .array(MethodSchema)
      .min(1, { message: 'at least one method' })
      .default(DEFAULT_TITLE_METHODS.map((method) => ({ ...method }))),
    /**
     * Also evaluate the normaliser with labelled titles as extra synonyms: the titles cut into `folds` folds,
     * each evaluated with the other folds' titles as synonyms. `groupBy: "normalized-title"` (default) keeps
     * titles with the same normalised words in one fold, so no evaluated title's words are among its synonyms;
     * `"none"` cuts at random (an evaluated title may then find itself among the synonyms: a leak, shown apart).
     */
    extraSynonyms: z
      .strictObject({
        folds: z
          .number()
          .int({ message: 'folds: an integer from 2 to 20' })
          .min(2, { message: 'folds: an integer from 2 to 20' })
          .max(20, { message: 'folds: an integer from 2 to 20' })
          .default(2),
        groupBy: z.enum(['normalized-title', 'none']).default('normalized-title'),
        /** The normaliser's fuse.js typo step (default true). */
        fuzzy: z.boolean().optional(),
      })
      .optional(),
  })
  .superRefine((config, ctx) => {
    const names = new Set<string>();
    config.methods.forEach((method, i) => {
      if (names.has(method.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['methods', i, 'name'],
          message: `"${method.name}" is used twice: names must be unique`,
        });
      }
      names.add(method.name);
      if (method.fuzzy !== undefined && method.kind !== 'normalizer') {
        ctx.addIssue({
          code: 'custom',
          path: ['methods', i, 'fuzzy'],
          message: 'only for kind "normalizer"',
        });
      }
    });
    const listLength =
      Number.isInteger(config.listLength) && config.listLength > 0 ? config.listLength : Infinity;
    config.metrics.forEach((text, i) => {
      const parsed = parseMetricSpec(text);
      if (parsed.ok && (parsed.spec.k ?? 0) > listLength) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', i],
          message: `k = ${parsed.spec.k} exceeds listLength (${config.listLength}): raise listLength or lower k`,
        });
      }
    });
  });

export type TitleExperimentConfigInput = z.input<typeof TitleExperimentConfigSchema>;
export type TitleExperimentConfig = z.output<typeof TitleExperimentConfigSchema>;

/** A validated title-experiment configuration with its parsed metrics, or every problem found. */
export type TitleConfigParseResult =
  | { readonly ok: true; readonly config: TitleExperimentConfig; readonly metrics: readonly MetricSpec[] }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/** Validates a title-experiment configuration (e.g. parsed from JSON); never throws on user data. */
export function parseTitleExperimentConfig(input: unknown): TitleConfigParseResult {
  return parseConfigWithMetrics(TitleExperimentConfigSchema, input);
}
