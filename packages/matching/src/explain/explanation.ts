import type { ConstraintId, ScoredCriterionId } from '../config/config.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { MatchContext } from '../profiles/context.js';
import type { OfferFeatures } from '../profiles/offer-features.js';
import { SCORED_CRITERIA, type PairEvaluation } from '../ranking/evaluate-pair.js';
import { constraintReason, geographyReasons, languageReasons, occupationReasons } from './other-reasons.js';
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

const ORDER = { excluded: 0, negative: 1, positive: 2, neutral: 3 } as const;

function withEffect(reasons: Reason[], criterion: string, mode: 'hard' | 'soft' | undefined): Reason[] {
  if (mode !== 'hard') return reasons;
  return reasons.map((r) =>
    r.criterion === criterion && r.effect === 'negative' ? { ...r, effect: 'excluded' } : r,
  );
}

/** Builds the explanation of an evaluated pair. */
export function buildExplanation(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  evaluation: PairEvaluation,
  context: MatchContext,
): Explanation {
  const skills = skillReasons(candidate, offer, context);
  const modeOf = (id: ConstraintId) => evaluation.broken.find((b) => b.id === id)?.mode;
  let reasons: Reason[] = [
    ...skills.reasons,
    ...occupationReasons(candidate, offer, context),
    ...geographyReasons(candidate, offer, evaluation.commute),
  ];
  const requiredCodes = new Set(offer.languages.filter((l) => l.required).map((l) => l.code));
  const languages = languageReasons(candidate, offer);
  reasons.push(
    ...languages.filter((r) => !requiredCodes.has(String(r.params.code))),
    ...withEffect(
      languages.filter((r) => requiredCodes.has(String(r.params.code))),
      'languages',
      modeOf('languages'),
    ),
  );
  reasons = withEffect(reasons, 'commute', modeOf('commute'));
  for (const broken of evaluation.broken) {
    const reason = constraintReason(
      broken.id,
      broken.mode === 'hard' ? 'excluded' : 'negative',
      candidate,
      offer,
      skills.missing.length,
    );
    if (reason) reasons.push(reason);
  }
  reasons.sort((a, b) => ORDER[a.effect] - ORDER[b.effect]);
  const breakdown = SCORED_CRITERIA.map((criterion) => {
    const value = evaluation.values[criterion];
    const weight = evaluation.weights[criterion];
    return {
      criterion,
      value: Number.isNaN(value) ? null : value,
      weight,
      contribution: Number.isNaN(value) ? 0 : value * weight,
    };
  });
  const penaltyFactor = evaluation.broken
    .filter((b) => b.mode === 'soft')
    .reduce((f, b) => f * (1 - b.penalty), 1);
  const excluded = evaluation.score < 0;
  // The hard constraints in the order they are checked, so that the first reason names the first one broken.
  const hard = evaluation.broken.filter((b) => b.mode === 'hard').map((b): string => b.id);
  const excludedBy = reasons
    .filter((r) => r.effect === 'excluded')
    .sort((a, b) => hard.indexOf(a.criterion) - hard.indexOf(b.criterion));
  return {
    candidateId: candidate.id,
    offerId: offer.id,
    score: excluded ? 0 : evaluation.score,
    excluded,
    breakdown,
    penaltyFactor,
    reasons,
    missingSkills: skills.missing,
    excludedBy,
  };
}
