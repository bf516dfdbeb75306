// Job title → ranked occupations of a taxonomy, in French and English.
import type { Taxonomy } from '@passerelle/core';
import { checkExtraSynonymList, checkNormalizeArguments, checkTaxonomy } from './check-options.js';
import { ConceptSearch, type ContextText } from './concept-search.js';
import { checkExtraSynonyms } from './extra-synonyms.js';
import { DEFAULT_SEARCH_TUNING } from './search-tuning.js';
import {
  TEXT_LOCALES,
  type ExtraSynonym,
  type IgnoredSynonym,
  type NormalizeOptions,
  type OccupationMatch,
} from './types.js';

/** Options of {@link createTitleNormalizer}. */
export interface TitleNormalizerOptions {
  /**
   * Labelled titles (for instance the titles of the user's own past offers) to index as extra synonyms
   * of their occupation. A match found through one says so (`isExtraSynonym: true`). Entries that cannot
   * be used are listed in {@link TitleNormalizer.ignoredSynonyms}, never thrown. Default: none.
   */
  readonly extraSynonyms?: readonly ExtraSynonym[];
  /**
   * Typo tolerance with fuse.js for titles of one or two words with a word no label has but one typo
   * away from a label word (`magazinier`, `forklfit driver`): slower for those titles only. Default: true.
   */
  readonly fuzzy?: boolean;
}

/** Ranks a taxonomy's occupations for job titles. Built once; each call takes a fraction of a millisecond. */
export interface TitleNormalizer {
  /**
   * The `options.k` occupations that best match `title`, best first, each with a score in [0, 1] (1: the
   * same words as its preferred label or an extra synonym; at least 0.9 for an alternative label), the
   * label that matched and its language. Of equal scores, the occupation with more labels comes first,
   * then the taxonomy's order. A title with no meaningful word (empty, blank, only noise such as
   * `(H/F) CDI`) gives `[]`.
   *
   * @throws TypeError when `title` is not a string or `options` not an object.
   * @throws RangeError when `options.k` is not a positive integer or `options.locale` is neither `fr`
   *   nor `en`.
   */
  normalizeTitle(title: string, options: NormalizeOptions): OccupationMatch[];
  /** The extra synonyms that were left out, with their position in the input and the reason. */
  readonly ignoredSynonyms: readonly IgnoredSynonym[];
  /** How many extra synonyms are indexed. */
  readonly extraSynonymCount: number;
}

/** The title of each occupation's ISCO unit group, in each language the taxonomy has it in. */
function iscoContext(taxonomy: Taxonomy): ContextText[][] {
  return taxonomy.occupations.map((occupation) => {
    const code = occupation.iscoGroup;
    const labels = code === undefined ? undefined : taxonomy.iscoGroup(code)?.labels;
    if (labels === undefined) return [];
    return TEXT_LOCALES.flatMap((locale) => {
      const text = labels[locale];
      return text === undefined ? [] : [{ locale, text }];
    });
  });
}

/**
 * Builds a title normaliser over the occupations of `taxonomy`: every preferred and alternative label,
 * French and English, plus `options.extraSynonyms`.
 *
 * Matching is lexical. Titles and labels are folded (case, accents), gender markers and French feminine
 * forms are unified (`Vendeuse`, `vendeur (H/F/X)`, `vendeur·euse`), abbreviations expanded (`sr mgr`,
 * `RH`) and advert noise dropped (`urgent`, `CDI`, `full time`); words are tokenized and stemmed with
 * natural's French tokenizer and stemmers. Words in brackets (`(Johor)`) and rank words (`executive`,
 * `officer`, `staff`) weigh less, and English rank words also read as the ESCO word they stand for
 * (`Account Executive`: an assistant). A label scores by the TF-IDF cosines of stems, word forms and
 * character trigrams on inverted indexes, an alternative label a little less than the preferred one;
 * an occupation by its best label, raised by how well all its labels together match, then a little by
 * the title of its ISCO unit group (`Software developers`), times a small prior for occupations with
 * many labels (common ones), except that a label with exactly the title's words always scores 1 (0.9
 * for an alternative label, before its other labels raise it). Short titles with a word one typo away
 * from a label word are re-scored with fuse.js. Building over full ESCO (about 3,000 occupations)
 * takes one to two seconds.
 *
 * @param taxonomy The occupations to rank (see `createStarterTaxonomy` and the ESCO loaders of
 *   `@passerelle/core`).
 * @throws TypeError when `taxonomy` is not a Taxonomy or `options.extraSynonyms` is not an array.
 */
export function createTitleNormalizer(
  taxonomy: Taxonomy,
  options: TitleNormalizerOptions = {},
): TitleNormalizer {
  checkTaxonomy(taxonomy, 'createTitleNormalizer');
  checkExtraSynonymList(options.extraSynonyms, 'createTitleNormalizer');
  const { accepted, ignored } = checkExtraSynonyms(taxonomy, options.extraSynonyms ?? []);
  const tuning =
    options.fuzzy === false ? { ...DEFAULT_SEARCH_TUNING, fuzzy: undefined } : DEFAULT_SEARCH_TUNING;
  const search = new ConceptSearch(taxonomy.occupations, 'title', accepted, tuning, iscoContext(taxonomy));
  return Object.freeze({
    ignoredSynonyms: Object.freeze(ignored),
    extraSynonymCount: accepted.length,
    normalizeTitle(title: string, query: NormalizeOptions): OccupationMatch[] {
      checkNormalizeArguments(title, query, 'normalizeTitle');
      return search.search(title, query.k, query.locale).map((hit) => ({
        occupationId: taxonomy.occupationIdAt(hit.concept),
        score: hit.score,
        matchedLabel: hit.label,
        locale: hit.locale,
        isExtraSynonym: hit.isExtra,
      }));
    },
  });
}
