// The features a text is compared on, in three parts: word stems and singular word forms (one
// namespace per language, since the two languages' pipelines differ) and character n-grams of the
// words (shared by both languages; they catch typos and spelling variants).
import type { AnalyzedText } from './analyze-text.js';
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

/** Adds the character n-grams of each word (padded: ` ab`, `abc`, `bc `) to `out`. */
export function addCharNgrams(words: readonly string[], out: Set<string>): void {
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + NGRAM_LENGTH <= padded.length; i++) out.add(padded.slice(i, i + NGRAM_LENGTH));
  }
}

/** The stem and form keys of a text analysed in `locale` (n-grams are language-neutral). */
export function lexicalKeys(text: AnalyzedText, locale: TextLocale): LexicalKeys {
  const prefix = PREFIX[locale];
  return { stem: text.stems.map((s) => prefix.stem + s), form: text.forms.map((f) => prefix.form + f) };
}

/** The features of a text analysed in one language. */
export function featuresOf(text: AnalyzedText, locale: TextLocale): TextFeatures {
  const ngrams = new Set<string>();
  addCharNgrams(text.words, ngrams);
  return { ...lexicalKeys(text, locale), ngram: [...ngrams] };
}
