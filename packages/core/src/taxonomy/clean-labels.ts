// Label hygiene: whitespace trimmed and collapsed, empty labels and repeated synonyms dropped.
import type { ConceptLabels, LabelsInput } from './types.js';

// Whether a trimmed text holds a run of spaces or another whitespace character (tab, newline…).
function hasOddSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : code < 32 || code === 0xa0) return true;
  }
  return false;
}

/** Trims and collapses inner whitespace; empty becomes undefined. */
export function cleanText(text: string | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  // Most labels are already clean: check before replacing, which allocates.
  const clean = hasOddSpace(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
  return clean === '' ? undefined : clean;
}

function cleanLanguage(labels: { preferred?: string; alt?: readonly string[] } | undefined) {
  const preferred = cleanText(labels?.preferred);
  const alt = new Set<string>();
  for (const text of labels?.alt ?? []) {
    const clean = cleanText(text);
    if (clean !== undefined && clean !== preferred) alt.add(clean);
  }
  return preferred === undefined ? { alt: [...alt] } : { preferred, alt: [...alt] };
}

/** Labels with whitespace cleaned, empty labels and repeated synonyms removed. */
export function cleanLabels(labels: LabelsInput | undefined): ConceptLabels {
  return { fr: cleanLanguage(labels?.fr), en: cleanLanguage(labels?.en) };
}
