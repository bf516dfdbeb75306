// Rank words of English job titles that stand for another: in many job boards (Malaysia, India, the
// Gulf) an `Account Executive` or `Admin Officer` is what ESCO calls an assistant, a `Production Worker`
// an operative. Only the query gets the alias, as one more word of weight `generic` (see
// SearchTuning.roleWeights), so that the title's own words still decide and a label typed as is still
// matches exactly. Chosen on the tune half of the JobBERT validation titles (see search-tuning.ts).
import type { AnalyzedText } from './analyze-text.js';
import { stemWord } from './stemmers.js';
import type { TextLocale } from './types.js';

/** Folded English rank word → the word it also reads as. */
export const ENGLISH_RANK_ALIASES: ReadonlyMap<string, string> = new Map([
  ['executive', 'assistant'],
  ['officer', 'assistant'],
  ['associate', 'assistant'],
  ['technician', 'assistant'],
  ['worker', 'operative'],
]);

/**
 * `text` (analysed in `locale`) with the aliases of its rank words added as `generic` words, or `text`
 * itself when it has none (French titles have none).
 */
export function withRankAliases(text: AnalyzedText, locale: TextLocale): AnalyzedText {
  if (locale !== 'en') return text;
  const added: string[] = [];
  for (const word of text.words) {
    const alias = ENGLISH_RANK_ALIASES.get(word);
    if (alias !== undefined && !text.words.includes(alias) && !added.includes(alias)) added.push(alias);
  }
  if (added.length === 0) return text;
  const stems = added.map((word) => stemWord(word, locale));
  const generic = added.map(() => 'generic' as const);
  return {
    words: [...text.words, ...added],
    roles: [...text.roles, ...generic],
    forms: [...text.forms, ...added],
    formRoles: [...text.formRoles, ...generic],
    stems: [...text.stems, ...stems],
    stemRoles: [...text.stemRoles, ...generic],
  };
}
