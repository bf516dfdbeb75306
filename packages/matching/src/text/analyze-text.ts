// The word pipeline shared by labels and queries: fold, remove gender markers, tokenize, expand
// abbreviations, unify French feminine forms, drop noise, stem.
import { abbreviationsOf } from './abbreviations.js';
import { foldText } from './fold-text.js';
import { masculineForm, stripGenderMarkers } from './gender.js';
import { STOP_WORDS, TITLE_NOISE_WORDS } from './noise-words.js';
import { singularWord } from './singular.js';
import { stemWord } from './stemmers.js';
import { tokenizeFolded } from './tokenize.js';
import type { TextLocale } from './types.js';

/** What a text is: a job title (advert noise is dropped) or a skill phrase (only grammatical words are). */
export type TextKind = 'title' | 'skill';

/** A text reduced to its meaningful words, each once, in order of first appearance. */
export interface AnalyzedText {
  /** Folded, unified words (`vendeuse` → `vendeur` in French). */
  readonly words: readonly string[];
  /** Their singular forms (`developers` → `developer`), each once. */
  readonly forms: readonly string[];
  /** Their stems in the text's language (`developers` → `develop`), each once. */
  readonly stems: readonly string[];
}

const DIGITS = /^\d+$/;

function keepWord(word: string, kind: TextKind): boolean {
  if (STOP_WORDS.has(word) || DIGITS.test(word)) return false;
  return kind === 'skill' || (word.length > 1 && !TITLE_NOISE_WORDS.has(word));
}

/**
 * The meaningful words of a text in one language: folded, without gender markers, abbreviations
 * expanded (`sr mgr` → `senior manager`), French feminine forms made masculine, noise dropped. For a
 * title, advert words go too (`Vendeuse (H/F) CDI urgent` → `vendeur`).
 */
export function normalizeWords(text: string, locale: TextLocale, kind: TextKind): string[] {
  const abbreviations = abbreviationsOf(locale);
  const words = new Set<string>();
  for (const token of tokenizeFolded(stripGenderMarkers(foldText(text)))) {
    const expansion = abbreviations.get(token);
    for (const part of expansion === undefined ? [token] : expansion.split(' ')) {
      const word = locale === 'fr' ? masculineForm(part) : part;
      if (keepWord(word, kind)) words.add(word);
    }
  }
  return [...words];
}

/** The meaningful words of a text, their singular forms and their stems in `locale` (see {@link normalizeWords}). */
export function analyzeText(text: string, locale: TextLocale, kind: TextKind): AnalyzedText {
  const words = normalizeWords(text, locale, kind);
  const forms = new Set<string>();
  const stems = new Set<string>();
  for (const word of words) {
    forms.add(singularWord(word, locale));
    stems.add(stemWord(word, locale));
  }
  return { words, forms: [...forms], stems: [...stems] };
}
