/**
 * `@passerelle/matching/experiments`: the researchers' toolkit. Ranking, catalogue, assignment and fairness metrics
 * as documented pure functions with a name→metric registry; validated experiment configurations; seeded splits;
 * `runExperiment` comparing engine configurations on synthetic or loaded data; a Markdown report; the ESCO
 * profile-recovery experiment; the title-normalisation experiment (the title normaliser against two baselines on
 * labelled titles, with a leak-free k-fold evaluation of labelled titles as extra synonyms). Browser-safe: reading and writing files is in `@passerelle/matching/experiments/node`.
 *
 * @packageDocumentation
 */

// Metrics.
export {
  precisionAtK,
  recallAtK,
  averagePrecisionAtK,
  ndcgAtK,
  reciprocalRankAtK,
  hitAtK,
  meanOverQueries,
} from './metrics/ranking.js';
export type { RankedQuery } from './metrics/ranking.js';
export { catalogueCoverage, exposure, exposureGini, applicantsPerPosition } from './metrics/catalogue.js';
export type { RecommendationLists, ApplicantsPerPosition } from './metrics/catalogue.js';
export {
  totalScore,
  shareAssigned,
  scoreByGroup,
  statisticalParityGap,
  equalOpportunityGap,
} from './metrics/assignment.js';
export type { AssignmentOutcome, GroupOutcome } from './metrics/assignment.js';
export { METRICS, METRIC_NAMES, parseMetricSpec, computeMetric } from './metrics/registry.js';
export type {
  MetricDescriptor,
  MetricInput,
  MetricNeed,
  MetricSpec,
  MetricValue,
} from './metrics/registry.js';
export { gini, quantile } from '../assignment/inequality.js';

// Experiments.
export {
  ExperimentConfigSchema,
  ExperimentConfigError,
  parseExperimentConfig,
  formatConfigIssues,
  formatConfigPath,
} from './config.js';
export type { ExperimentConfig, ExperimentConfigInput, ConfigIssue, ConfigParseResult } from './config.js';
export { runExperiment } from './run.js';
export type { ExperimentProgress, ExperimentResult, ExperimentRow, RunExperimentOptions } from './run.js';
export { syntheticExperimentData } from './data.js';
export type { ExperimentData } from './data.js';
export { splitHires, CATALOGUE_LOOKBACK_DAYS } from './splits.js';
export type { ExperimentSplit, TestQuery } from './splits.js';
export { experimentReportMarkdown } from './report.js';

// The ESCO profile-recovery experiment.
export {
  runEscoRecoveryExperiment,
  escoRecoveryMarkdown,
  DEFAULT_RECOVERY_SCENARIOS,
} from './esco-recovery.js';
export type {
  EscoRecoveryOptions,
  EscoRecoveryResult,
  RecoveryRow,
  RecoveryScenario,
} from './esco-recovery.js';

// Which experiment a configuration names.
export { EXPERIMENT_KINDS, experimentKindOf } from './experiment-kind.js';
export type { ExperimentKind } from './experiment-kind.js';

// The title-normalisation experiment.
export {
  TITLE_EXPERIMENT,
  TITLE_METHOD_KINDS,
  TITLE_METRIC_NAMES,
  DEFAULT_TITLE_METHODS,
  DEFAULT_TITLE_METRICS,
  TitleExperimentConfigSchema,
  parseTitleExperimentConfig,
} from './titles/config.js';
export type {
  TitleExperimentConfig,
  TitleExperimentConfigInput,
  TitleConfigParseResult,
} from './titles/config.js';
export { runTitleNormalizationExperiment } from './titles/run.js';
export type { TitleExperimentOptions, TitleExperimentResult, TitleResultRow } from './titles/run.js';
export type { TitleExperimentProgress } from './titles/progress.js';
export type { SynonymFold, SynonymResult } from './titles/synonym-folds.js';
export { titleNormalizationMarkdown } from './titles/report.js';
export { createFuseTitleBaseline, createTrigramTitleBaseline, occupationLabels } from './titles/baselines.js';
export type { TitleRanker, OccupationLabel } from './titles/baselines.js';
export { runRanker, scoreRuns, WALL_CLOCK } from './titles/evaluate.js';
export type { LabelledTitle, ExperimentClock, RankerRun, TitleScores } from './titles/evaluate.js';
export { groupedFolds, randomFolds } from './titles/folds.js';
export type { Folds } from './titles/folds.js';
export { mulberry32, seededSample, seededHalves } from './titles/seeded-sampling.js';
export {
  parseLabelledTitlesCsv,
  TITLE_COLUMN_NAMES,
  OCCUPATION_COLUMN_NAMES,
} from './titles/labelled-titles-csv.js';
export type { LabelledTitlesRead, TitleFileIssue } from './titles/labelled-titles-csv.js';
