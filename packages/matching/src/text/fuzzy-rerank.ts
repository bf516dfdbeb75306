// Typo tolerance with fuse.js, where it does well: a short typed text against a few hundred labels.
// The inverted index finds the shortlist; fuse.js re-scores the shortlist's labels, so that `magazinier`
// or `forklfit driver` still put the intended occupation first.
import Fuse from 'fuse.js/basic';
import type { ConceptHit } from './concept-search.js';
import type { TextLocale } from './types.js';

/** A label of a shortlisted concept, as fuse.js sees it. */
export interface FuzzyLabel {
  readonly concept: number;
  /** The label's normalised words joined by spaces (what fuse.js compares). */
  readonly text: string;
  /** The label as written. */
  readonly label: string;
  readonly locale: TextLocale;
  readonly isExtra: boolean;
}

/** How fuse.js scores are folded into the shortlist. */
export interface FuzzyOptions {
  /** Factor on fuse.js's similarity (1 − its score) before it competes with the index score. */
  readonly weight: number;
  /** fuse.js's `threshold`: 0 asks for an exact match, 1 matches anything. */
  readonly threshold: number;
}

/**
 * Re-scores `hits` with fuse.js over `labels` (the labels of the hits' concepts): a hit's score becomes
 * the larger of its own and `weight · (1 − fuse score)` of its best label, and the hits are re-sorted
 * (equal scores: the higher `tieBreak` value, then the lower concept index). `query` is the normalised
 * text.
 */
export function fuzzyRerank(
  query: string,
  hits: readonly ConceptHit[],
  labels: readonly FuzzyLabel[],
  options: FuzzyOptions,
  tieBreak?: Float32Array,
): ConceptHit[] {
  const fuse = new Fuse(labels, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: options.threshold,
  });
  const best = new Map<number, { score: number; label: FuzzyLabel }>();
  for (const result of fuse.search(query)) {
    const score = options.weight * (1 - (result.score ?? 1));
    const current = best.get(result.item.concept);
    if (current === undefined || score > current.score)
      best.set(result.item.concept, { score, label: result.item });
  }
  const rescored = hits.map((hit) => {
    const fuzzy = best.get(hit.concept);
    if (fuzzy === undefined || fuzzy.score <= hit.score) return hit;
    const { label, locale, isExtra } = fuzzy.label;
    return { concept: hit.concept, score: fuzzy.score, label, locale, isExtra };
  });
  const tie = (concept: number) => tieBreak?.[concept] ?? 0;
  return rescored.sort(
    (a, b) => b.score - a.score || tie(b.concept) - tie(a.concept) || a.concept - b.concept,
  );
}
