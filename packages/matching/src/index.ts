/**
 * `@passerelle/matching`: the explainable matching engine. Scores candidate–offer pairs on skills (with levels and
 * related skills), occupation, geography and commuting, and languages; applies hard or soft constraints (licence,
 * vehicle, schedules, hours, contract type, availability, languages, education, work permit); ranks both ways with
 * exact top-k over indexes; explains every result in French and English. Never reads a protected attribute.
 *
 * @packageDocumentation
 */

// Engine.
export { Matcher, createMatcher, type ListsBothWays } from './matcher.js';
export type { MatcherOptions } from './matcher.js';
export { CandidateIndex, OfferIndex } from './indexes/indexes.js';

// Configuration.
export {
  DEFAULT_MATCHING_CONFIG,
  MatchingConfigSchema,
  ConstraintModeSchema,
  resolveMatchingConfig,
} from './config/config.js';
export type {
  MatchingConfig,
  MatchingConfigInput,
  ConstraintMode,
  ConstraintId,
  ScoredCriterionId,
} from './config/config.js';

// Results and explanations.
export type { RankOptions, RankedMatch, ExcludedMatch, Ranking } from './ranking/results.js';
export type { Explanation, CriterionShare } from './explain/explanation.js';
export { REASON_CODES } from './explain/reason.js';
export type { Reason, ReasonCode, ReasonEffect } from './explain/reason.js';

// Free text → taxonomy: job titles to ranked occupations, skill phrases to ranked skills (French, English).
export { createTitleNormalizer, createSkillNormalizer, normalizeText, TEXT_LOCALES } from './text/index.js';
export type {
  TitleNormalizer,
  TitleNormalizerOptions,
  SkillNormalizer,
  SkillNormalizerOptions,
  NormalizeTextOptions,
  TextKind,
  TextLocale,
  OccupationMatch,
  SkillMatch,
  NormalizeOptions,
  ExtraSynonym,
  IgnoredSynonym,
  IgnoredSynonymReason,
} from './text/index.js';
