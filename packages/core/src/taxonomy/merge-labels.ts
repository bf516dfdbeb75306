import { cleanLabels, cleanText } from './clean-labels.js';
import { IssueCollector, type TaxonomyFieldNames } from './build-issues.js';
import type { TaxonomyResult } from './build-taxonomy.js';
import { Taxonomy } from './taxonomy.js';
import type { ConceptLabels, IscoGroup, RecordOrigin, TaxonomyLocale } from './types.js';

/** New labels in one language for a skill, occupation or skill group. */
export interface ConceptLabelUpdate extends RecordOrigin {
  readonly id: string;
  readonly preferred?: string;
  readonly alt?: readonly string[];
}

/** A new title in one language for an ISCO group. */
export interface IscoLabelUpdate extends RecordOrigin {
  readonly code: string;
  readonly label?: string;
}

/** What {@link mergeLabels} applies. */
export interface LabelUpdates {
  readonly concepts?: readonly ConceptLabelUpdate[];
  readonly iscoGroups?: readonly IscoLabelUpdate[];
}

function labelsById(
  updates: readonly ConceptLabelUpdate[],
  taxonomy: Taxonomy,
  issues: IssueCollector,
): Map<string, ConceptLabelUpdate> {
  const byId = new Map<string, ConceptLabelUpdate>();
  updates.forEach((update, index) => {
    if (!taxonomy.has(update.id)) {
      const detail = { severity: 'warning' as const, value: update.id, params: { kind: 'concept' } };
      issues.add('unknown_reference', 'labels', index, update, 'id', detail);
    } else if (byId.has(update.id)) {
      issues.add('duplicate_id', 'labels', index, update, 'id', { severity: 'warning', value: update.id });
    } else {
      byId.set(update.id, update);
    }
  });
  return byId;
}

function withLanguage(labels: ConceptLabels, locale: TaxonomyLocale, update: ConceptLabelUpdate | undefined) {
  if (update === undefined) return labels;
  const clean = cleanLabels({ [locale]: update })[locale];
  const merged = {
    preferred: clean.preferred ?? labels[locale].preferred,
    alt: clean.alt.length > 0 ? clean.alt : labels[locale].alt,
  };
  return { ...labels, [locale]: cleanLabels({ [locale]: merged })[locale] };
}

function withIscoLabels(
  taxonomy: Taxonomy,
  locale: TaxonomyLocale,
  updates: readonly IscoLabelUpdate[],
  issues: IssueCollector,
): IscoGroup[] {
  const byCode = new Map<string, string | undefined>();
  updates.forEach((update, index) => {
    const code = cleanText(update.code) ?? '';
    if (taxonomy.iscoGroup(code) !== undefined) byCode.set(code, cleanText(update.label));
    else issues.add('unknown_reference', 'labels', index, update, 'code', unknownIsco(update.code));
  });
  return taxonomy.iscoGroups.map((group) => {
    const label = byCode.get(group.code);
    return label === undefined ? group : { ...group, labels: { ...group.labels, [locale]: label } };
  });
}

const unknownIsco = (code: string) => ({
  severity: 'warning' as const,
  value: code,
  params: { kind: 'isco_group' },
});

/**
 * A copy of `taxonomy` with the labels of one language replaced, e.g. the French labels of an ESCO
 * download whose structure was loaded from the English files. A non-empty preferred label or synonym
 * list replaces the old one; an empty one keeps it. Unknown ids and repeats are warnings; never throws
 * on data.
 */
export function mergeLabels(
  taxonomy: Taxonomy,
  locale: TaxonomyLocale,
  updates: LabelUpdates,
  options: { readonly fieldNames?: TaxonomyFieldNames } = {},
): TaxonomyResult {
  if (!(taxonomy instanceof Taxonomy)) throw new TypeError('mergeLabels expects a Taxonomy');
  if (locale !== 'fr' && locale !== 'en') throw new RangeError(`Unknown taxonomy locale "${String(locale)}"`);
  const issues = new IssueCollector(options.fieldNames);
  const byId = labelsById(updates.concepts ?? [], taxonomy, issues);
  const data = taxonomy.toData();
  const relabel = <T extends { id: string; labels: ConceptLabels }>(item: T): T => {
    const update = byId.get(item.id);
    return update === undefined ? item : { ...item, labels: withLanguage(item.labels, locale, update) };
  };
  const merged = new Taxonomy({
    ...data,
    relations: taxonomy.relationColumns(),
    skills: data.skills.map(relabel),
    occupations: data.occupations.map(relabel),
    skillGroups: data.skillGroups.map(relabel),
    iscoGroups: withIscoLabels(taxonomy, locale, updates.iscoGroups ?? [], issues),
  });
  return { taxonomy: merged, issues: issues.issues };
}
