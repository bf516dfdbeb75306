// The text normalisation on its own, for callers that compare or display normalised titles.
import { normalizeWords, type TextKind } from './analyze-text.js';
import type { TextLocale } from './types.js';

/** Options of {@link normalizeText}. */
export interface NormalizeTextOptions {
  /** The text's language: French unifies gendered forms; each language has its abbreviations. Default: `fr`. */
  readonly locale?: TextLocale;
  /** `title` (default) also drops job-advert noise (`urgent`, `CDI`, `full time`, `senior`); `skill` does not. */
  readonly kind?: TextKind;
}

/**
 * A text as the normalisers see it, before stemming: lower case, accents folded, gender markers and
 * French feminine forms unified, abbreviations expanded, noise dropped, each word once.
 * `normalizeText('Vendeuse (H/F) - CDI')` → `'vendeur'`; `normalizeText('Sr. Asst Mgr', { locale: 'en' })`
 * → `'assistant manager'`.
 */
export function normalizeText(text: string, options: NormalizeTextOptions = {}): string {
  return normalizeWords(text, options.locale ?? 'fr', options.kind ?? 'title').join(' ');
}
