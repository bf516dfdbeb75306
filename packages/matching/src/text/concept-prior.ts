// A prior over concepts from the taxonomy alone: how many labels (preferred and alternative, French
// and English) a concept has. Curators write more synonyms for common occupations than for rare ones,
// so that among concepts matching a title equally well the common one comes first.
import type { Concept } from '@passerelle/core';

/** The number of labels of a concept, both languages, preferred and alternative. */
export function labelCount(concept: Concept): number {
  const { fr, en } = concept.labels;
  return (
    (fr.preferred === undefined ? 0 : 1) +
    fr.alt.length +
    (en.preferred === undefined ? 0 : 1) +
    en.alt.length
  );
}

/**
 * The prior factor of each concept, in [1 − weight, 1]: `1 − weight + weight · ln(1 + labels) / ln(1 +
 * most labels)`. A weight of 0 (or no concepts) gives undefined: no prior.
 */
export function labelCountPrior(concepts: readonly Concept[], weight: number): Float32Array | undefined {
  if (weight <= 0 || concepts.length === 0) return undefined;
  const raw = concepts.map((concept) => Math.log1p(labelCount(concept)));
  const max = raw.reduce((most, value) => Math.max(most, value), 0) || 1;
  return Float32Array.from(raw, (value) => 1 - weight + (weight * value) / max);
}
