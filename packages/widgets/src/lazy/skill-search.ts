// Typo-tolerant skill search with the matching engine's skill normaliser (TF-IDF over stems and trigrams,
// fuse.js for typos), loaded only when a skill picker needs more than its own prefix search.
import { Taxonomy, type TaxonomyData } from '@passerelle/core';
import { createSkillNormalizer, type SkillNormalizer } from '@passerelle/matching';

const normalizers = new WeakMap<object, SkillNormalizer | null>();

function normalizerFor(taxonomy: object): SkillNormalizer | null {
  if (normalizers.has(taxonomy)) return normalizers.get(taxonomy) ?? null;
  let normalizer: SkillNormalizer | null;
  try {
    const instance = taxonomy instanceof Taxonomy ? taxonomy : new Taxonomy(taxonomy as TaxonomyData);
    normalizer = createSkillNormalizer(instance);
  } catch {
    // Partial taxonomy data (labels only) cannot be indexed: the picker keeps its prefix search.
    normalizer = null;
  }
  normalizers.set(taxonomy, normalizer);
  return normalizer;
}

/** Skills matching a phrase with typos forgiven, with a score in [0, 1]; [] when the taxonomy cannot be indexed. */
export function fuzzySkills(
  taxonomy: object,
  phrase: string,
  options: { k: number; locale: 'fr' | 'en'; minScore: number },
): { id: string; score: number; matchedLabel: string }[] {
  const normalizer = normalizerFor(taxonomy);
  if (!normalizer) return [];
  return normalizer
    .normalizeSkill(phrase, { k: options.k, locale: options.locale })
    .filter((match) => match.score >= options.minScore)
    .map((match) => ({ id: match.skillId, score: match.score, matchedLabel: match.matchedLabel }));
}
