// Checking the extra synonyms given to a title normaliser: entries that cannot be used are returned
// with a reason, never thrown (they are user data, such as a file of past offers).
import type { Taxonomy } from '@passerelle/core';
import type { ExtraLabel } from './label-table.js';
import { ownLabelKeys, wordsKey } from './label-table.js';
import { TEXT_LOCALES, type ExtraSynonym, type IgnoredSynonym, type IgnoredSynonymReason } from './types.js';

/** The usable extra synonyms as labels of dense occupation indexes, and the others with their reason. */
export interface CheckedSynonyms {
  readonly accepted: readonly ExtraLabel[];
  readonly ignored: readonly IgnoredSynonym[];
}

function isLocale(value: unknown): value is ExtraSynonym['locale'] {
  return value === undefined || TEXT_LOCALES.includes(value as never);
}

/**
 * Sorts `entries` into accepted labels and ignored entries (unknown occupation, empty title, invalid
 * locale, or the same words as a label the occupation already has, in every language it would be read in).
 */
export function checkExtraSynonyms(taxonomy: Taxonomy, entries: readonly ExtraSynonym[]): CheckedSynonyms {
  const accepted: ExtraLabel[] = [];
  const ignored: IgnoredSynonym[] = [];
  const known = new Map<number, Set<string>>();
  entries.forEach((entry, index) => {
    const reason = reasonToIgnore(taxonomy, entry, known);
    if (reason !== undefined) ignored.push({ index, entry, reason });
    else accepted.push(labelOf(taxonomy, entry));
  });
  return { accepted, ignored };
}

function labelOf(taxonomy: Taxonomy, entry: ExtraSynonym): ExtraLabel {
  const concept = taxonomy.occupationIndex(entry.occupationId) ?? 0;
  return entry.locale === undefined
    ? { concept, text: entry.title }
    : { concept, text: entry.title, locale: entry.locale };
}

// Why an entry cannot be used, or undefined; records the words of accepted entries in `known`.
function reasonToIgnore(
  taxonomy: Taxonomy,
  entry: ExtraSynonym,
  known: Map<number, Set<string>>,
): IgnoredSynonymReason | undefined {
  if (typeof entry !== 'object' || entry === null || typeof entry.occupationId !== 'string') {
    return 'unknown_occupation';
  }
  const concept = taxonomy.occupationIndex(entry.occupationId);
  if (concept === undefined) return 'unknown_occupation';
  if (!isLocale(entry.locale)) return 'invalid_locale';
  const title = typeof entry.title === 'string' ? entry.title : '';
  const locales = entry.locale === undefined ? TEXT_LOCALES : [entry.locale];
  const keys = locales.map((locale) => wordsKey(title, locale, 'title'));
  if (keys.every((key) => key.endsWith(':'))) return 'empty_title';
  let seen = known.get(concept);
  if (seen === undefined) {
    const occupation = taxonomy.occupations[concept];
    known.set(concept, (seen = occupation === undefined ? new Set() : ownLabelKeys(occupation, 'title')));
  }
  if (keys.every((key) => seen.has(key))) return 'duplicate_synonym';
  for (const key of keys) seen.add(key);
  return undefined;
}
