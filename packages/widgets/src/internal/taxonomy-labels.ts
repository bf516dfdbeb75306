import type { WidgetLocale } from '../i18n/translation.js';
import { isRecord } from './check.js';

/**
 * What the widgets read of a taxonomy: a `Taxonomy` of `@passerelle/core`, or its data (`toData()`, or a JSON
 * document with a `skills` and an `occupations` list of concepts with `labels.fr` / `labels.en`).
 */
export interface TaxonomyLike {
  readonly skills: readonly ConceptLike[];
  readonly occupations?: readonly ConceptLike[];
}

/** A concept as the widgets read it. */
export interface ConceptLike {
  readonly id: string;
  readonly labels: {
    readonly fr: { readonly preferred?: string; readonly alt?: readonly string[] };
    readonly en: { readonly preferred?: string; readonly alt?: readonly string[] };
  };
}

const byId = new WeakMap<object, Map<string, ConceptLike>>();

function conceptsOf(taxonomy: TaxonomyLike): Map<string, ConceptLike> {
  let map = byId.get(taxonomy);
  if (!map) {
    map = new Map();
    for (const list of [taxonomy.skills, taxonomy.occupations ?? []]) {
      for (const concept of list)
        if (isRecord(concept) && typeof concept.id === 'string') map.set(concept.id, concept);
    }
    byId.set(taxonomy, map);
  }
  return map;
}

/** The taxonomy language to show in a widget language: the taxonomy has French and English labels only. */
export function taxonomyLocale(locale: WidgetLocale): 'fr' | 'en' {
  return locale === 'fr' ? 'fr' : 'en';
}

/** The label of a skill or occupation in the widget's language (the other language, then the id, when absent). */
export function conceptLabel(taxonomy: TaxonomyLike | undefined, id: string, locale: WidgetLocale): string {
  if (!taxonomy || !Array.isArray(taxonomy.skills)) return id;
  const concept = conceptsOf(taxonomy).get(id);
  if (!concept) return id;
  const first = taxonomyLocale(locale);
  const second = first === 'fr' ? 'en' : 'fr';
  return concept.labels?.[first]?.preferred ?? concept.labels?.[second]?.preferred ?? id;
}

/** What {@link skillLabel} reads of a result's reasons: skill reasons carry the labels the engine knew. */
export interface LabelledReason {
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * The label of a skill a result names (a missing one): from the taxonomy when the widget has one, else from the
 * result's own reasons (the engine writes `labelFr` / `labelEn` beside the skill's id), else the id.
 */
export function skillLabel(
  taxonomy: TaxonomyLike | undefined,
  id: string,
  locale: WidgetLocale,
  reasons: readonly LabelledReason[] = [],
): string {
  const known = conceptLabel(taxonomy, id, locale);
  if (known !== id) return known;
  const first = taxonomyLocale(locale) === 'fr' ? 'labelFr' : 'labelEn';
  const second = first === 'labelFr' ? 'labelEn' : 'labelFr';
  for (const reason of reasons) {
    const params = reason.params;
    if (!params || params.skill !== id) continue;
    for (const label of [params[first], params[second]])
      if (typeof label === 'string' && label !== '') return label;
  }
  return id;
}
