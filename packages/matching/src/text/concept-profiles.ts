// Concept profiles: one document per concept and language gathering the stems and forms of all its
// labels, counted once per label. A query that shares words with several of a concept's labels
// (`sales assistant` against `sales assistant`, `senior sales assistant`, `counter assistant`…) scores
// higher on the profile than on any one label: the profile says how typical the words are of the concept.
import type { IndexDocument } from './feature-index.js';
import type { LabelVariant } from './label-table.js';
import { TEXT_LOCALES } from './types.js';

// Counts of the lexical keys of one concept's labels in one language.
function countKeys(variants: readonly LabelVariant[]): Map<string, number> {
  const perLabel = new Map<number, Set<string>>();
  for (const variant of variants) {
    let keys = perLabel.get(variant.label);
    if (keys === undefined) perLabel.set(variant.label, (keys = new Set()));
    for (const key of variant.features.stem) keys.add(key);
    for (const key of variant.features.form) keys.add(key);
  }
  const counts = new Map<string, number>();
  for (const keys of perLabel.values()) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** The profile documents of a table's variants (grouped by concept), one per concept and language. */
export function buildConceptProfiles(variants: readonly LabelVariant[]): {
  documents: IndexDocument[];
  locales: Uint8Array;
} {
  const documents: IndexDocument[] = [];
  const locales: number[] = [];
  for (let from = 0; from < variants.length;) {
    const concept = variants[from]?.concept;
    let to = from;
    while (to < variants.length && variants[to]?.concept === concept) to++;
    const group = variants.slice(from, to);
    TEXT_LOCALES.forEach((locale, code) => {
      const counts = countKeys(group.filter((variant) => variant.locale === locale));
      if (counts.size === 0 || concept === undefined) return;
      documents.push({ concept, parts: [[...counts.keys()]], counts: [[...counts.values()]] });
      locales.push(code);
    });
    from = to;
  }
  return { documents, locales: Uint8Array.from(locales) };
}
