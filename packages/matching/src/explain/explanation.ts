import type { ConstraintId, ScoredCriterionId } from '../config/config.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { SCORED_CRITERIA, type PairEvaluation } from '../ranking/evaluate-pair.js';
import { constraintReason, geographyReason, languageReasons, occupationReasons } from './other-reasons.js';
import type { Reason } from './reason.js';
import { skillReasons } from './skill-reasons.js';

/** One criterion's part in a score. */
export interface CriterionShare {
  readonly criterion: ScoredCriterionId;
  /** The criterion's value in [0, 1]; null when it does not apply to the pair. */
  readonly value: number | null;
  /** Its weight after normalisation over the criteria that apply (weights sum to 1). */
  readonly weight: number;
  /** value × weight: its share of the score before penalties. */
  readonly contribution: number;
}

/** Why a pair scores what it does. */
export interface Explanation {
  readonly candidateId: string;
  readonly offerId: string;
  /** Score in [0, 1]; 0 when excluded. */
  readonly score: number;
  /** Whether a hard constraint excludes the pair. */
  readonly excluded: boolean;
  /** Each scored criterion's value, weight and contribution. */
  readonly breakdown: readonly CriterionShare[];
  /** Product of the soft penalties applied (1 when none). */
  readonly penaltyFactor: number;
  /** Reasons, the ones that exclude first, then those that lower the score, then those that raise it. */
  readonly reasons: readonly Reason[];
  /** Required (must-have) skills the candidate does not hold, by taxonomy id. */
  readonly missingSkills: readonly string[];
  /** The hard constraints that exclude the pair, as reasons (empty when it is not excluded). */
  readonly excludedBy: readonly Reason[];
}

const EFFECT_ORDER = ['excluded', 'negative', 'positive', 'neutral'] as const;

/** The empty list every explanation without missing skills or exclusions shares. */
const NONE: readonly never[] = Object.freeze([]);

/** A hard constraint turns its own negative reasons into exclusions. */
function asExcluded(reason: Reason, criterion: string, hard: boolean): Reason {
  return hard && reason.criterion === criterion && reason.effect === 'negative'
    ? { ...reason, effect: 'excluded' }
    : reason;
}

function isHard(evaluation: PairEvaluation, id: ConstraintId): boolean {
  for (const broken of evaluation.broken) if (broken.id === id) return broken.mode === 'hard';
  return false;
}

function isRequiredLanguage(offer: OfferFeatures, code: string | number | undefined): boolean {
  for (const need of offer.languages) if (need.required && need.code === String(code)) return true;
  return false;
}

/** The tables of shared breakdown entries: per criterion and value (0, 1, not applying), keyed by weight. */
const SHARE_TABLES = SCORED_CRITERIA.flatMap((criterion) =>
  [0, 1, 2].map((kind) => `share:${criterion}:${kind}`),
);

/**
 * One criterion's entry of a breakdown. Those whose value is 0, 1 or does not apply (most occupation and language
 * entries) are shared, frozen, by every explanation with the same weight: a working set keeps tens of thousands.
 */
function criterionShare(
  index: number,
  criterion: ScoredCriterionId,
  value: number,
  weight: number,
  context: MatchContext,
): CriterionShare {
  const applies = !Number.isNaN(value);
  const make = (): CriterionShare => ({
    criterion,
    value: applies ? value : null,
    weight,
    contribution: applies ? value * weight : 0,
  });
  const kind = !applies ? 2 : value === 0 && !Object.is(value, -0) ? 0 : value === 1 ? 1 : -1;
  if (kind < 0) return make();
  return context.reasons.get(SHARE_TABLES[index * 3 + kind] as string, weight, make);
}

/**
 * Builds the explanation of an evaluated pair. Written as plain loops: a ranking explains every result it returns.
 */
export function buildExplanation(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  evaluation: PairEvaluation,
  context: MatchContext,
): Explanation {
  const skills = skillReasons(candidate, offer, context);
  const listed: Reason[] = skills.reasons;
  for (const reason of occupationReasons(candidate, offer, context)) listed.push(reason);
  const commuteIsHard = isHard(evaluation, 'commute');
  listed.push(
    asExcluded(geographyReason(candidate, offer, evaluation.commute, context), 'commute', commuteIsHard),
  );
  // The languages the offer only wishes for first, then those it requires (a hard rule excludes on these).
  const languages = languageReasons(candidate, offer, context);
  const languagesAreHard = isHard(evaluation, 'languages');
  for (const reason of languages) if (!isRequiredLanguage(offer, reason.params.code)) listed.push(reason);
  for (const reason of languages)
    if (isRequiredLanguage(offer, reason.params.code))
      listed.push(asExcluded(reason, 'languages', languagesAreHard));
  let penaltyFactor = 1;
  let hardCount = 0;
  for (const broken of evaluation.broken) {
    if (broken.mode === 'soft') penaltyFactor *= 1 - broken.penalty;
    else hardCount++;
    const effect = broken.mode === 'hard' ? 'excluded' : 'negative';
    const reason = constraintReason(broken.id, effect, candidate, offer, skills.missing.length, context);
    if (reason) listed.push(reason);
  }
  // Those that exclude first, then those that lower the score, raise it, say something: each group in its order,
  // into an array of the exact length (explanations are kept by the thousand: no spare capacity).
  const reasons = new Array<Reason>(listed.length);
  let placed = 0;
  for (const effect of EFFECT_ORDER)
    for (const reason of listed) if (reason.effect === effect) reasons[placed++] = reason;
  const breakdown: readonly CriterionShare[] = SCORED_CRITERIA.map((criterion, index) =>
    criterionShare(index, criterion, evaluation.values[criterion], evaluation.weights[criterion], context),
  );
  const excluded = evaluation.score < 0;
  // The hard constraints in the order they are checked, so that the first reason names the first one broken.
  let excludedBy: readonly Reason[] = NONE;
  if (hardCount > 0) {
    const found: Reason[] = [];
    excludedBy = found;
    // As a stable sort by the index among the hard constraints broken would: any not named by one come first.
    const named = (criterion: string) =>
      evaluation.broken.some((broken) => broken.mode === 'hard' && broken.id === criterion);
    for (const reason of reasons)
      if (reason.effect === 'excluded' && !named(reason.criterion)) found.push(reason);
    for (const broken of evaluation.broken) {
      if (broken.mode !== 'hard') continue;
      for (const reason of reasons)
        if (reason.effect === 'excluded' && reason.criterion === broken.id) found.push(reason);
    }
  }
  return {
    candidateId: candidate.id,
    offerId: offer.id,
    score: excluded ? 0 : evaluation.score,
    excluded,
    breakdown,
    penaltyFactor,
    reasons,
    // A copy of exact length: the list grown by push keeps spare room, and explanations are kept by the thousand.
    missingSkills: skills.missing.length === 0 ? NONE : skills.missing.slice(),
    excludedBy,
  };
}
