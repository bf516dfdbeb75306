// Stemming with natural's Snowball French and Porter English stemmers, imported by their deep path
// (TOOLCHAIN.md, pitfall 5), with a cache: titles repeat the same few thousand words.
import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { TextLocale } from './types.js';

// Bounded so that a long-running page or server does not grow without limit on odd input.
const CACHE_LIMIT = 50_000;
const caches: Record<TextLocale, Map<string, string>> = { fr: new Map(), en: new Map() };

/**
 * The stem of a folded word (lower case, no accents) in French or English: `vendeur` → `vendeur`,
 * `developers` → `develop`. Words are folded before stemming so that a word typed without its accents
 * gets the same stem as the accented one.
 */
export function stemWord(word: string, locale: TextLocale): string {
  const cache = caches[locale];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = locale === 'fr' ? frenchStemmer.stem(word) : englishStemmer.stem(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}
