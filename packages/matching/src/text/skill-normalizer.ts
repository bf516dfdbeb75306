// Skill phrase → ranked skills of a taxonomy, in French and English.
import type { Taxonomy } from '@passerelle/core';
import { checkNormalizeArguments, checkTaxonomy } from './check-options.js';
import { ConceptSearch } from './concept-search.js';
import { DEFAULT_SEARCH_TUNING } from './search-tuning.js';
import type { NormalizeOptions, SkillMatch } from './types.js';

/** Options of {@link createSkillNormalizer}. */
export interface SkillNormalizerOptions {
  /** Typo tolerance with fuse.js for phrases of one or two words with a word no label has. Default: true. */
  readonly fuzzy?: boolean;
}

/** Ranks a taxonomy's skills for skill phrases (`conduite de chariot élévateur`, `forklift driving`). */
export interface SkillNormalizer {
  /**
   * The `options.k` skills that best match `phrase`, best first, each with a score in [0, 1] (1: the same
   * words as one of its labels), the label that matched and its language. A phrase with no meaningful
   * word gives `[]`. Equal scores keep the taxonomy's order.
   *
   * @throws TypeError when `phrase` is not a string or `options` not an object.
   * @throws RangeError when `options.k` is not a positive integer or `options.locale` is neither `fr`
   *   nor `en`.
   */
  normalizeSkill(phrase: string, options: NormalizeOptions): SkillMatch[];
}

/**
 * Builds a skill normaliser over the skills of `taxonomy` (preferred and alternative labels, French and
 * English), with the matching of {@link createTitleNormalizer} except that job-advert words are kept
 * (only grammatical words are dropped) and no prior is applied. Building over full ESCO (about 14,000
 * skills) takes about two seconds.
 *
 * @throws TypeError when `taxonomy` is not a Taxonomy.
 */
export function createSkillNormalizer(
  taxonomy: Taxonomy,
  options: SkillNormalizerOptions = {},
): SkillNormalizer {
  checkTaxonomy(taxonomy, 'createSkillNormalizer');
  const tuning =
    options.fuzzy === false ? { ...DEFAULT_SEARCH_TUNING, fuzzy: undefined } : DEFAULT_SEARCH_TUNING;
  const search = new ConceptSearch(taxonomy.skills, 'skill', [], tuning);
  return Object.freeze({
    normalizeSkill(phrase: string, query: NormalizeOptions): SkillMatch[] {
      checkNormalizeArguments(phrase, query, 'normalizeSkill');
      return search.search(phrase, query.k, query.locale).map((hit) => ({
        skillId: taxonomy.skillIdAt(hit.concept),
        score: hit.score,
        matchedLabel: hit.label,
        locale: hit.locale,
      }));
    },
  });
}
