// From document scores to concept scores: the best label variant of each concept, its profile score,
// and the combination `(best + profileWeight · (1 − best) · profile) · prior`, which stays in [0, 1].
import type { ScoreAccumulator } from './accumulator.js';

/** Per-document facts: the document's concept and language code (index in TEXT_LOCALES). */
export interface DocumentColumns {
  readonly concept: Int32Array;
  readonly locale: Uint8Array;
}

/** Concept-level scores of the current query, in reusable typed arrays. */
export class ConceptScores {
  /** Best label-variant score of each concept. */
  readonly best: Float32Array;
  /** The variant that gave `best`, or -1. */
  readonly bestVariant: Int32Array;
  /** Best profile score of each concept. */
  readonly profile: Float32Array;
  /** Best context score of each touched concept (see foldContext). */
  readonly context: Float32Array;
  /** 1 for the concepts with a label of exactly the query's words (see markExact). */
  readonly exact: Uint8Array;
  /** Final score of each touched concept. */
  readonly final: Float32Array;
  /** The concepts touched by label variants, in `touched[0..count-1]`. */
  readonly touched: Int32Array;
  count = 0;

  constructor(conceptCount: number) {
    this.best = new Float32Array(conceptCount);
    this.bestVariant = new Int32Array(conceptCount).fill(-1);
    this.profile = new Float32Array(conceptCount);
    this.context = new Float32Array(conceptCount);
    this.exact = new Uint8Array(conceptCount);
    this.final = new Float32Array(conceptCount);
    this.touched = new Int32Array(conceptCount);
  }

  /** Clears the last query's concepts. */
  reset(): void {
    const { touched, best, bestVariant, profile, context, exact } = this;
    for (let i = 0; i < this.count; i++) {
      const c = touched[i] as number;
      best[c] = 0;
      bestVariant[c] = -1;
      profile[c] = 0;
      context[c] = 0;
      exact[c] = 0;
    }
    this.count = 0;
  }

  /**
   * Keeps each concept's best variant; `factors[locale code]` weighs the variants by language and
   * `variantFactors[v]` (in [0, 1]) each variant, such as alternative labels.
   */
  foldVariants(
    variants: ScoreAccumulator,
    columns: DocumentColumns,
    factors: Float32Array,
    variantFactors: Float32Array,
  ): void {
    // The hottest loop of a title search (a title touches some 12,000 of ESCO's 54,000 variants): arrays read
    // into locals, no fallback per element (every index here is in range by construction).
    const { touched: variantsTouched, scores, count: variantCount } = variants;
    const { concept, locale } = columns;
    const { best, bestVariant, touched } = this;
    let count = this.count;
    for (let i = 0; i < variantCount; i++) {
      const v = variantsTouched[i] as number;
      const c = concept[v] as number;
      const score =
        (scores[v] as number) * ((factors[locale[v] as number] as number) * (variantFactors[v] as number));
      if ((bestVariant[c] as number) < 0) touched[count++] = c;
      else if (score <= (best[c] as number)) continue;
      best[c] = score;
      bestVariant[c] = v;
    }
    this.count = count;
  }

  /**
   * Marks a concept with a label of exactly the query's words (in any order): its best score becomes
   * at least `score` (the language factor of that label) and the prior leaves it alone, so that typing
   * a label finds its concept first.
   */
  markExact(concept: number, score: number): void {
    if ((this.bestVariant[concept] ?? -1) < 0) return;
    this.exact[concept] = 1;
    if (score > (this.best[concept] ?? 0)) this.best[concept] = score;
  }

  /** Keeps each concept's best profile score (profiles only hold words the variants hold). */
  foldProfiles(profiles: ScoreAccumulator, columns: DocumentColumns, factors: Float32Array): void {
    for (let i = 0; i < profiles.count; i++) {
      const d = profiles.touched[i] ?? 0;
      const c = columns.concept[d] ?? 0;
      const score = (profiles.scores[d] ?? 0) * (factors[columns.locale[d] ?? 0] ?? 1);
      if (score > (this.profile[c] ?? 0)) this.profile[c] = score;
    }
  }

  /**
   * Keeps each touched concept's best context score: text about the concept that is not one of its
   * labels (such as its ISCO group's title), which only adds to concepts a label already matched.
   */
  foldContext(context: ScoreAccumulator, columns: DocumentColumns, factors: Float32Array): void {
    for (let i = 0; i < context.count; i++) {
      const d = context.touched[i] ?? 0;
      const c = columns.concept[d] ?? 0;
      if ((this.bestVariant[c] ?? -1) < 0) continue;
      const score = (context.scores[d] ?? 0) * (factors[columns.locale[d] ?? 0] ?? 1);
      if (score > (this.context[c] ?? 0)) this.context[c] = score;
    }
  }

  /**
   * Computes `final` for the touched concepts: `s = best + profileWeight · (1 − best) · profile`, then
   * `s + contextWeight · (1 − s) · context`, times the concept's prior factor (in [0, 1]) when there
   * is one and the concept is not an exact match. Every step stays in [0, 1].
   */
  combine(profileWeight: number, prior: Float32Array | undefined, contextWeight = 0): void {
    for (let i = 0; i < this.count; i++) {
      const c = this.touched[i] ?? 0;
      const best = Math.min(1, this.best[c] ?? 0);
      const profiled = best + profileWeight * (1 - best) * Math.min(1, this.profile[c] ?? 0);
      const score = profiled + contextWeight * (1 - profiled) * Math.min(1, this.context[c] ?? 0);
      this.final[c] = prior === undefined || this.exact[c] === 1 ? score : score * (prior[c] ?? 1);
    }
  }
}
