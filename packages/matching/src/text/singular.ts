// Singular forms: a light normalisation between the word itself and its stem. `developers` and
// `developer` share a form, `development` does not (Porter gives all three the stem `develop`).
import type { TextLocale } from './types.js';

const ENGLISH_KEEP_S = /(?:ss|us|is|ics|ous)$/;

/** The singular form of a folded word: `developers` → `developer`, `vendeurs` → `vendeur`. */
export function singularWord(word: string, locale: TextLocale): string {
  if (word.length < 4) return word;
  if (locale === 'en') {
    if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (word.endsWith('sses') || word.endsWith('shes') || word.endsWith('ches')) return word.slice(0, -2);
    return word.endsWith('s') && !ENGLISH_KEEP_S.test(word) ? word.slice(0, -1) : word;
  }
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  return (word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('x') ? word.slice(0, -1) : word;
}
