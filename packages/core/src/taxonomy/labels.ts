import type { ConceptLabels, TaxonomyLocale } from './types.js';

/** A label to show, with the language it is in; `locale` is absent when the id stands in for a label. */
export interface LocalizedLabel {
  readonly text: string;
  readonly locale?: TaxonomyLocale;
}

/** The other taxonomy language. */
export function otherLocale(locale: TaxonomyLocale): TaxonomyLocale {
  return locale === 'fr' ? 'en' : 'fr';
}

/**
 * The label to show in `locale`: the preferred label, else the other language's preferred label, else
 * a synonym (same language first), else `fallback`. ESCO lacks French labels for 102 occupations and
 * 440 skills, hence the fallback.
 */
export function localizedLabel(
  labels: ConceptLabels,
  locale: TaxonomyLocale,
  fallback: string,
): LocalizedLabel {
  const other = otherLocale(locale);
  const preferred = labels[locale].preferred ?? labels[other].preferred;
  if (preferred !== undefined) {
    return { text: preferred, locale: labels[locale].preferred !== undefined ? locale : other };
  }
  const alt = labels[locale].alt[0] ?? labels[other].alt[0];
  if (alt !== undefined) return { text: alt, locale: labels[locale].alt[0] !== undefined ? locale : other };
  return { text: fallback };
}
