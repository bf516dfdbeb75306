// The features a text is compared on, in three parts: word stems and singular word forms (one
// namespace per language, since the two languages' pipelines differ) and character n-grams of the
// words (shared by both languages; they catch typos and spelling variants).
import type { AnalyzedText, WordRole } from './analyze-text.js';
import type { TextLocale } from './types.js';

/** Length of the character n-grams (words padded with a space at each end). */
export const NGRAM_LENGTH = 3;

/** The parts of a label's feature vector, each with its own cosine: `stem`, `form` and `ngram`. */
export const FEATURE_PARTS = Object.freeze(['stem', 'form', 'ngram'] as const);

/** One part of a feature vector. */
export type FeaturePart = (typeof FEATURE_PARTS)[number];

/** Features of a text, by part; keys of different parts never collide. */
export type TextFeatures = Readonly<Record<FeaturePart, readonly string[]>>;

/** The stem and form keys of a text: the lexical features. */
export type LexicalKeys = Pick<TextFeatures, 'stem' | 'form'>;

const PREFIX: Record<TextLocale, Record<'stem' | 'form', string>> = {
  fr: { stem: '<', form: '[' },
  en: { stem: '>', form: ']' },
};

/**
 * Adds the character n-grams of each word (padded: ` ab`, `abc`, `bc `) to `out`, each with the
 * largest boost of the words that have it (`boosts` parallel to `words`; 1 when absent).
 */
export function addCharNgrams(
  words: readonly string[],
  out: Map<string, number>,
  boosts?: readonly number[],
): void {
  words.forEach((word, w) => {
    const boost = boosts?.[w] ?? 1;
    const padded = ` ${word} `;
    for (let i = 0; i + NGRAM_LENGTH <= padded.length; i++) {
      const ngram = padded.slice(i, i + NGRAM_LENGTH);
      const before = out.get(ngram);
      if (before === undefined || boost > before) out.set(ngram, boost);
    }
  });
}

/** The factor on each word of a text by its role, parallel to its words. */
export function wordBoosts(text: AnalyzedText, weights: RoleWeights): number[] {
  return text.roles.map((role) => (role === 'plain' ? 1 : weights[role]));
}

/** The stem and form keys of a text analysed in `locale` (n-grams are language-neutral). */
export function lexicalKeys(text: AnalyzedText, locale: TextLocale): LexicalKeys {
  const prefix = PREFIX[locale];
  return { stem: text.stems.map((s) => prefix.stem + s), form: text.forms.map((f) => prefix.form + f) };
}

/** The factor on a key's weight by the role of its word: plain words count 1. */
export type RoleWeights = Readonly<Record<Exclude<WordRole, 'plain'>, number>>;

/** The factors on the weights of a text's stem and form keys, parallel to {@link lexicalKeys}. */
export function lexicalBoosts(text: AnalyzedText, weights: RoleWeights): Record<'stem' | 'form', number[]> {
  const boost = (role: WordRole) => (role === 'plain' ? 1 : weights[role]);
  return { stem: text.stemRoles.map(boost), form: text.formRoles.map(boost) };
}

/** The features of a text analysed in one language. */
export function featuresOf(text: AnalyzedText, locale: TextLocale): TextFeatures {
  const ngrams = new Map<string, number>();
  addCharNgrams(text.words, ngrams);
  return { ...lexicalKeys(text, locale), ngram: [...ngrams.keys()] };
}
