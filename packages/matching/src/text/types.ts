// Public types of the text tools: languages, ranked matches, options and ignored synonyms.

/** The languages the text tools know: French and English (the taxonomy's label languages). */
export type TextLocale = 'fr' | 'en';

/** The text locales, French first. */
export const TEXT_LOCALES: readonly TextLocale[] = Object.freeze(['fr', 'en'] as const);

/** One occupation proposed for a job title. */
export interface OccupationMatch {
  /** The occupation's id in the taxonomy. */
  readonly occupationId: string;
  /** How well the title matches, from 0 (nothing in common) to 1 (the same words as a label). */
  readonly score: number;
  /** The label (preferred, synonym or extra synonym) that matched best, as written in its source. */
  readonly matchedLabel: string;
  /** The language `matchedLabel` was read in. */
  readonly locale: TextLocale;
  /** Whether `matchedLabel` is one of the extra synonyms given to the normaliser, not a taxonomy label. */
  readonly isExtraSynonym: boolean;
}

/** One skill proposed for a skill phrase. */
export interface SkillMatch {
  /** The skill's id in the taxonomy. */
  readonly skillId: string;
  /** How well the phrase matches, from 0 to 1 (see {@link OccupationMatch.score}). */
  readonly score: number;
  /** The label that matched best, as written in the taxonomy. */
  readonly matchedLabel: string;
  /** The language of `matchedLabel`. */
  readonly locale: TextLocale;
}

/** What to return for one text. */
export interface NormalizeOptions {
  /** How many matches at most, best first: a positive integer (a RangeError otherwise). */
  readonly k: number;
  /**
   * The language the text is written in, when known: labels in the other language still match (English
   * titles are common in French adverts) but count for a little less (0.7 of their score). Without it, both
   * count the same.
   */
  readonly locale?: TextLocale;
}

/** A labelled title to use as an extra synonym of an occupation, such as the title of a past offer. */
export interface ExtraSynonym {
  /** The title as written. */
  readonly title: string;
  /** The occupation it was labelled with. */
  readonly occupationId: string;
  /** Its language; without it the title is indexed in both languages. */
  readonly locale?: TextLocale;
}

/**
 * Why an extra synonym was left out: `unknown_occupation` (no such occupation in the taxonomy),
 * `empty_title` (no meaningful word once noise such as `(H/F)` or `CDI` is dropped), `invalid_locale`
 * (neither `fr` nor `en`), `duplicate_synonym` (the occupation already has a label with the same words).
 */
export type IgnoredSynonymReason =
  'unknown_occupation' | 'empty_title' | 'invalid_locale' | 'duplicate_synonym';

/** An extra synonym that was left out, with its position in the input and the reason. */
export interface IgnoredSynonym {
  /** 0-based position in `extraSynonyms`. */
  readonly index: number;
  /** The entry as given. */
  readonly entry: ExtraSynonym;
  readonly reason: IgnoredSynonymReason;
}
