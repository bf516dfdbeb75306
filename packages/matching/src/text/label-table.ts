// The labels a normaliser searches: every preferred and alternative label of every concept, in French
// and English, plus extra synonyms, each cut into the variants that are indexed.
import type { Concept } from '@passerelle/core';
import { analyzeText, type AnalyzedText, type TextKind } from './analyze-text.js';
import { featuresOf, type TextFeatures } from './text-features.js';
import { TEXT_LOCALES, type TextLocale } from './types.js';

/** One indexed form of a label: the whole label, or one side of `directeur/directrice`. */
export interface LabelVariant {
  /** Dense index of the concept in the list given to {@link buildLabelTable}. */
  readonly concept: number;
  /** Index of the label in {@link LabelTable.labels}. */
  readonly label: number;
  readonly locale: TextLocale;
  /** The variant's normalised words, joined by spaces. */
  readonly text: string;
  readonly features: TextFeatures;
  /** The analysed words, with their roles. */
  readonly analyzed: AnalyzedText;
  /** Whether the label is the concept's preferred label in `locale` (or one side of it). */
  readonly isPreferred: boolean;
}

/** A label as written, and whether it is an extra synonym rather than the taxonomy's own. */
export interface TableLabel {
  readonly text: string;
  readonly isExtra: boolean;
}

/** Labels and their variants, grouped by concept in concept order. */
export interface LabelTable {
  readonly labels: readonly TableLabel[];
  readonly variants: readonly LabelVariant[];
}

/** A label to add to a concept beyond the taxonomy's own; without `locale`, indexed in both languages. */
export interface ExtraLabel {
  readonly concept: number;
  readonly text: string;
  readonly locale?: TextLocale;
}

/** The texts to index for a label: itself and, for `a/b` labels (gendered pairs), each side. */
export function variantTexts(label: string): string[] {
  if (!label.includes('/')) return [label];
  const sides = label.split('/').filter((side) => side.trim() !== '');
  return sides.length > 1 ? [label, ...sides] : [label];
}

class TableBuilder {
  readonly labels: TableLabel[] = [];
  readonly variants: LabelVariant[] = [];
  readonly #kind: TextKind;

  constructor(kind: TextKind) {
    this.#kind = kind;
  }

  add(
    concept: number,
    text: string,
    locales: readonly TextLocale[],
    isExtra: boolean,
    isPreferred: boolean,
  ): void {
    const label = this.labels.length;
    let added = false;
    for (const locale of locales) {
      for (const variant of variantTexts(text)) {
        const analyzed = analyzeText(variant, locale, this.#kind);
        if (analyzed.words.length === 0) continue;
        const features = featuresOf(analyzed, locale);
        const words = analyzed.words.join(' ');
        this.variants.push({ concept, label, locale, text: words, features, analyzed, isPreferred });
        added = true;
      }
    }
    if (added) this.labels.push({ text, isExtra });
  }
}

// The taxonomy's own labels of a concept, French then English, preferred first; `true` marks the preferred.
function ownLabels(concept: Concept): [TextLocale, string, boolean][] {
  return TEXT_LOCALES.flatMap((locale) => {
    const { preferred, alt } = concept.labels[locale];
    const own: [TextLocale, string, boolean][] = alt.map((text) => [locale, text, false]);
    return preferred === undefined ? own : [[locale, preferred, true], ...own];
  });
}

/** The key of a text's normalised words in one language: equal keys index the same words. */
export function wordsKey(text: string, locale: TextLocale, kind: TextKind): string {
  return `${locale}:${analyzeText(text, locale, kind).words.join(' ')}`;
}

/** The {@link wordsKey}s of a concept's own label variants. */
export function ownLabelKeys(concept: Concept, kind: TextKind): Set<string> {
  const keys = new Set<string>();
  for (const [locale, text] of ownLabels(concept)) {
    for (const variant of variantTexts(text)) keys.add(wordsKey(variant, locale, kind));
  }
  return keys;
}

/**
 * Cuts the labels of `concepts` (French then English, preferred first) and the `extra` labels into
 * indexed variants. Labels with no meaningful word (only noise) are left out.
 */
export function buildLabelTable(
  concepts: readonly Concept[],
  kind: TextKind,
  extra: readonly ExtraLabel[] = [],
): LabelTable {
  const extraByConcept = new Map<number, ExtraLabel[]>();
  for (const label of extra) {
    const list = extraByConcept.get(label.concept);
    if (list === undefined) extraByConcept.set(label.concept, [label]);
    else list.push(label);
  }
  const builder = new TableBuilder(kind);
  concepts.forEach((concept, index) => {
    for (const [locale, text, isPreferred] of ownLabels(concept)) {
      builder.add(index, text, [locale], false, isPreferred);
    }
    for (const label of extraByConcept.get(index) ?? []) {
      builder.add(index, label.text, label.locale === undefined ? TEXT_LOCALES : [label.locale], true, false);
    }
  });
  return { labels: builder.labels, variants: builder.variants };
}
