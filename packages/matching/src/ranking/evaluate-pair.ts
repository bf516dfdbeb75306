import type { ConstraintId, MatchingConfig, ScoredCriterionId } from '../config/config.js';
import { CONSTRAINTS, type Constraint } from '../criteria/constraints.js';
import { languagesScore } from '../criteria/languages.js';
import { occupationScore } from '../criteria/occupation.js';
import { skillsScore } from '../criteria/skills.js';
import { estimateCommute, geographyScore, newCommuteEstimate, type CommuteEstimate } from '../geo/commute.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';

/** The scored criteria, in the order of breakdowns. */
export const SCORED_CRITERIA: readonly ScoredCriterionId[] = [
  'skills',
  'occupation',
  'geography',
  'languages',
];

/** Each scored criterion's value for a pair (NaN when it does not apply). */
export type CriterionValues = Record<ScoredCriterionId, number>;

/** The full evaluation of a pair, for explanations. */
export interface PairEvaluation {
  /** Final score in [0, 1], or −1 when a hard constraint excludes the pair. */
  readonly score: number;
  readonly values: CriterionValues;
  /** Weight of each criterion after normalisation over those that apply (0 for the others). */
  readonly weights: CriterionValues;
  readonly broken: readonly { id: ConstraintId; mode: 'hard' | 'soft'; penalty: number }[];
  readonly commute: Readonly<CommuteEstimate>;
}

interface MutableInput {
  candidate: CandidateFeatures;
  offer: OfferFeatures;
  commute: CommuteEstimate;
  config: MatchingConfig;
}

/** A constraint the configuration does not switch off, with its rule read once. */
interface ActiveConstraint {
  readonly id: ConstraintId;
  readonly satisfied: Constraint['satisfied'];
  readonly mode: 'hard' | 'soft';
  readonly penalty: number;
  /** What a soft one leaves of the score: 1 − penalty. */
  readonly keep: number;
}

/** Scores pairs with one configuration; reuses its scratch space, so one evaluator serves one thread. */
export class PairEvaluator {
  readonly config: MatchingConfig;
  readonly #commute = newCommuteEstimate();
  readonly #input: MutableInput;
  /**
   * The constraints in {@link CONSTRAINTS} order, those switched off left out: the scorer's loop reads no rule by
   * a computed key (a lookup by constraint id cost a third of a pair's score).
   */
  readonly #active: readonly ActiveConstraint[];
  /** The hard constraint that excluded the last pair scored by {@link score}, if any. */
  excludedBy: ConstraintId | undefined;

  constructor(config: MatchingConfig) {
    this.config = config;
    this.#input = {
      candidate: undefined as never,
      offer: undefined as never,
      commute: this.#commute,
      config,
    };
    this.#active = CONSTRAINTS.flatMap(({ id, satisfied }) => {
      const rule = config.constraints[id];
      if (rule.mode === 'off') return [];
      return [{ id, satisfied, mode: rule.mode, penalty: rule.penalty, keep: 1 - rule.penalty }];
    });
  }

  #values(candidate: CandidateFeatures, offer: OfferFeatures): CriterionValues {
    return {
      skills: skillsScore(candidate, offer, this.config.skills),
      occupation: occupationScore(candidate, offer, this.config.occupation),
      geography: geographyScore(candidate, this.#commute, this.config.geography),
      languages: languagesScore(candidate, offer),
    };
  }

  #weighted(values: CriterionValues): number {
    let sum = 0;
    let weights = 0;
    for (const id of SCORED_CRITERIA) {
      const value = values[id];
      if (Number.isNaN(value)) continue;
      sum += this.config.weights[id] * value;
      weights += this.config.weights[id];
    }
    return weights === 0 ? 0 : sum / weights;
  }

  /** The score of a pair in [0, 1], or −1 when a hard constraint excludes it (then see {@link excludedBy}). */
  score(candidate: CandidateFeatures, offer: OfferFeatures): number {
    estimateCommute(candidate, offer, this.config.geography, this.#commute);
    const input = this.#input;
    input.candidate = candidate;
    input.offer = offer;
    let factor = 1;
    this.excludedBy = undefined;
    const active = this.#active;
    for (let i = 0; i < active.length; i++) {
      const constraint = active[i] as ActiveConstraint;
      if (constraint.satisfied(input)) continue;
      if (constraint.mode === 'hard') {
        this.excludedBy = constraint.id;
        return -1;
      }
      factor *= constraint.keep;
    }
    // The same sums as #weighted(#values(…)), in the same order, without allocating: the hot loop of rankings.
    const weights = this.config.weights;
    let sum = 0;
    let total = 0;
    const skills = skillsScore(candidate, offer, this.config.skills);
    if (!Number.isNaN(skills)) {
      sum += weights.skills * skills;
      total += weights.skills;
    }
    const occupation = occupationScore(candidate, offer, this.config.occupation);
    if (!Number.isNaN(occupation)) {
      sum += weights.occupation * occupation;
      total += weights.occupation;
    }
    const geography = geographyScore(candidate, this.#commute, this.config.geography);
    if (!Number.isNaN(geography)) {
      sum += weights.geography * geography;
      total += weights.geography;
    }
    const languages = languagesScore(candidate, offer);
    if (!Number.isNaN(languages)) {
      sum += weights.languages * languages;
      total += weights.languages;
    }
    return (total === 0 ? 0 : sum / total) * factor;
  }

  /** Everything about a pair: values, weights, every broken constraint (hard and soft), the commute. */
  evaluate(candidate: CandidateFeatures, offer: OfferFeatures): PairEvaluation {
    estimateCommute(candidate, offer, this.config.geography, this.#commute);
    const input = this.#input;
    input.candidate = candidate;
    input.offer = offer;
    const broken: { id: ConstraintId; mode: 'hard' | 'soft'; penalty: number }[] = [];
    let factor = 1;
    let excluded = false;
    for (const constraint of this.#active) {
      if (constraint.satisfied(input)) continue;
      broken.push({ id: constraint.id, mode: constraint.mode, penalty: constraint.penalty });
      if (constraint.mode === 'soft') factor *= constraint.keep;
      else excluded = true;
    }
    const values = this.#values(candidate, offer);
    const w = this.config.weights;
    // Weights normalised over the criteria that apply, summed in SCORED_CRITERIA order.
    let total = 0;
    for (const id of SCORED_CRITERIA) if (!Number.isNaN(values[id])) total += w[id];
    const share = (id: ScoredCriterionId) => (Number.isNaN(values[id]) || total === 0 ? 0 : w[id] / total);
    const weights: CriterionValues = {
      skills: share('skills'),
      occupation: share('occupation'),
      geography: share('geography'),
      languages: share('languages'),
    };
    return {
      score: excluded ? -1 : this.#weighted(values) * factor,
      values,
      weights,
      broken,
      commute: { ...this.#commute },
    };
  }
}
