// The tuning of the label search: one plain, frozen object of defaults, chosen on the tune half of the
// JobBERT validation titles (see bench/title-normalization.js, which also reports the held-out half), so
// that experiments can vary it.
import type { FuzzyOptions } from './fuzzy-rerank.js';

/** The weights and limits of the label search. Every score involved runs from 0 (nothing) to 1 (best). */
export interface SearchTuning {
  /**
   * Weights of the stem, form and character-n-gram cosines in a label's score; they add up to 1 so that
   * the score stays in [0, 1]. Default: 0.25, 0.25, 0.5.
   */
  readonly shares: Readonly<{ stem: number; form: number; ngram: number }>;
  /**
   * Weight of the concept profile (all of a concept's labels together) against its best label:
   * `score = best + profileWeight · (1 − best) · profile`, in [0, 1]. 0 ignores profiles. Default: 1.
   */
  readonly profileWeight: number;
  /**
   * Factors on the weight of a word's stem, form and character n-grams by its role in a title or label
   * (see WordRole): the head word names the occupation (`sales ASSISTANT`), bracketed words are asides
   * (`(Johor)`), generic words say a rank more than a trade (`Marketing EXECUTIVE`). Plain words count 1;
   * titles and labels are weighted alike, and cosines stay in [0, 1]. Default: head 1 (raising it lowered
   * the MRR on the tune half), aside 0.3, generic 0.5.
   */
  readonly roleWeights: Readonly<{ head: number; aside: number; generic: number }>;
  /**
   * Weight in [0, 1] of a concept's context texts (for occupations, the title of their ISCO unit group):
   * `score + contextWeight · (1 − score) · context`. 0 ignores them. Default: 0.3.
   */
  readonly contextWeight: number;
  /**
   * Factor in [0, 1] on the scores of labels in the other language, when the query's language is given;
   * 1 makes both languages equal. Default: 0.7.
   */
  readonly otherLocaleFactor: number;
  /**
   * Factor in [0, 1] on the scores of alternative labels (preferred labels and extra synonyms count 1),
   * also when a title has exactly a label's words: curators give a concept's usual name as its preferred
   * label, and an alternative label of one concept is often the preferred label of another
   * (`occupational therapist`). 1 makes them equal. Default: 0.9 for titles (0.95 and 0.85 did no
   * better); 1 for skills (not evaluated).
   */
  readonly alternativeLabelFactor: Readonly<{ title: number; skill: number }>;
  /**
   * Weight in [0, 1] of the label-count prior by kind of text: a concept's score is multiplied by a
   * factor from `1 − weight` (fewest labels) to 1 (most labels), so that common concepts, which have
   * more synonyms, win ties. 0 turns it off. Default: 0.35 for titles; 0 for skills (not evaluated).
   */
  readonly labelCountPrior: Readonly<{ title: number; skill: number }>;
  /**
   * N-grams with more postings than this count in the query's norm but are not looked up: they are
   * frequent (low weight) and costly. Default: 3,000.
   */
  readonly maxNgramPostings: number;
  /**
   * Typo tolerance for short texts: when a text has at most `maxWords` meaningful words and one of them
   * is in no label but one edit from a label word (see isNearWord), the labels of the `shortlist` best
   * concepts are re-scored with fuse.js (`weight` and `threshold`: see fuzzyRerank). `undefined`: off.
   * Default: 2 words, 20 concepts, weight 1, threshold 0.4.
   */
  readonly fuzzy?: Readonly<FuzzyOptions & { maxWords: number; shortlist: number }>;
}

/** The default tuning (see {@link SearchTuning} for each field's meaning and direction). */
export const DEFAULT_SEARCH_TUNING: SearchTuning = Object.freeze({
  shares: Object.freeze({ stem: 0.25, form: 0.25, ngram: 0.5 }),
  profileWeight: 1,
  roleWeights: Object.freeze({ head: 1, aside: 0.3, generic: 0.5 }),
  contextWeight: 0.3,
  otherLocaleFactor: 0.7,
  alternativeLabelFactor: Object.freeze({ title: 0.9, skill: 1 }),
  labelCountPrior: Object.freeze({ title: 0.35, skill: 0 }),
  maxNgramPostings: 3000,
  fuzzy: Object.freeze({ maxWords: 2, shortlist: 20, weight: 1, threshold: 0.4 }),
});
