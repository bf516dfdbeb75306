import type { Issue } from '@passerelle/core';
import type { ConstraintId } from '../config/config.js';
import type { CriterionShare } from '../explain/explanation.js';
import type { Reason } from '../explain/reason.js';

/** Options of a ranking. */
export interface RankOptions {
  /** How many results (default 20). Must be a positive integer. */
  readonly k?: number;
  /** Build the breakdown, reasons and missing skills of each result (default true). */
  readonly explain?: boolean;
  /** Also list the pairs a hard constraint excludes, with the constraint (default false; scores the whole pool). */
  readonly includeExcluded?: boolean;
  /** Leave out results below this score (default: the configuration's `minScore`). */
  readonly minScore?: number;
  /** Score every profile instead of using the indexes (same results; for checks and baselines). */
  readonly exhaustive?: boolean;
}

/** One ranked result. */
export interface RankedMatch {
  /** The candidate's id (ranking candidates) or the offer's id (ranking offers). */
  readonly id: string;
  /** 1 for the best. */
  readonly rank: number;
  /** Score in [0, 1]. */
  readonly score: number;
  /** Each criterion's value, weight and contribution (when explained). */
  readonly breakdown?: readonly CriterionShare[];
  /** Product of the soft penalties applied (when explained). */
  readonly penaltyFactor?: number;
  /** Why, the reasons that lower the score first (when explained). */
  readonly reasons?: readonly Reason[];
  /** Required skills the candidate lacks, by taxonomy id (when explained). */
  readonly missingSkills?: readonly string[];
}

/** A pair a hard constraint excludes. */
export interface ExcludedMatch {
  readonly id: string;
  /** The first hard constraint broken (the most selective checked first). */
  readonly constraint: ConstraintId;
  /** Every hard constraint broken, as reasons. */
  readonly reasons: readonly Reason[];
}

/** A ranked list with what the engine noticed on the way. */
export interface Ranking {
  readonly results: readonly RankedMatch[];
  /** Excluded pairs, when asked for (`includeExcluded`), in id order. */
  readonly excluded: readonly ExcludedMatch[];
  /** Problems with the query or the pool (an unknown place or skill), as issues naming the record and field. */
  readonly issues: readonly Issue[];
  /** Profiles in the pool. */
  readonly poolSize: number;
  /** Profiles actually scored (the rest were ruled out by the indexes). */
  readonly scored: number;
}
