/**
 * `@passerelle/matching/experiments`: the researchers' toolkit. Ranking, catalogue, assignment and fairness metrics
 * as documented pure functions with a name→metric registry; validated experiment configurations; seeded splits;
 * `runExperiment` comparing engine configurations on synthetic or loaded data; a Markdown report; the ESCO
 * profile-recovery experiment. Browser-safe: reading and writing files is in `@passerelle/matching/experiments/node`.
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
