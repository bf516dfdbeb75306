/**
 * Free text → taxonomy: job titles to ranked occupations and skill phrases to ranked skills, in French
 * and English. What `@passerelle/matching`'s public door re-exports from this folder (everything
 * else here is internal). Free of Node built-ins, so that it bundles for the browser.
 *
 * @packageDocumentation
 */
export { createTitleNormalizer } from './title-normalizer.js';
export type { TitleNormalizer, TitleNormalizerOptions } from './title-normalizer.js';
export { createSkillNormalizer } from './skill-normalizer.js';
export type { SkillNormalizer, SkillNormalizerOptions } from './skill-normalizer.js';
export { normalizeText } from './normalize-text.js';
export type { NormalizeTextOptions } from './normalize-text.js';
export type { TextKind } from './analyze-text.js';
export { TEXT_LOCALES } from './types.js';
export type {
  TextLocale,
  OccupationMatch,
  SkillMatch,
  NormalizeOptions,
  ExtraSynonym,
  IgnoredSynonym,
  IgnoredSynonymReason,
} from './types.js';
