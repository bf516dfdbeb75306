import type { MatchingConfig } from '../config/config.js';

// Upper bounds on the skills score that the inverted index can add up without touching profiles. For each skill an
// offer asks (weight w, minimum level, related credit r = relatedCredit when the skill has a group, else 0), a
// candidate earns at most r through the group, or exactly credit(level) when holding the skill. So
//   skills ≤ Σ w·r  +  Σ over held skills of w·(credit − r),
// the first term the same for every candidate ("base"), the second summed from the postings of the asked skills.

/** Tag of an offer's posting for one skill: minimum level (3 bits), has a group, is required. */
export function offerSkillTag(minLevel: number, hasGroup: boolean, required: boolean): number {
  return Math.min(minLevel, 7) | (hasGroup ? 8 : 0) | (required ? 16 : 0);
}

/** The credit for holding a skill at `level` when `minLevel` is asked (as `skillCredit` computes it). */
export function heldCredit(
  level: number,
  minLevel: number,
  related: number,
  rules: MatchingConfig['skills'],
): number {
  return level >= minLevel ? 1 : Math.max((rules.belowLevelCredit * level) / minLevel, related);
}

/** The weights of one required and one wanted skill in an offer's skills score. */
export function skillWeights(
  requiredCount: number,
  wantedCount: number,
  rules: MatchingConfig['skills'],
): { required: number; wanted: number } {
  const share = wantedCount === 0 ? 1 : requiredCount === 0 ? 0 : rules.requiredShare;
  return {
    required: requiredCount === 0 ? 0 : share / requiredCount,
    wanted: wantedCount === 0 ? 0 : (1 - share) / wantedCount,
  };
}

/** What every candidate earns at most through skill groups alone, for an offer's skills. */
export function groupBase(
  requiredGroup: ArrayLike<number>,
  wantedGroup: ArrayLike<number>,
  weights: { required: number; wanted: number },
  rules: MatchingConfig['skills'],
): number {
  let base = 0;
  for (let i = 0; i < requiredGroup.length; i++)
    if ((requiredGroup[i] as number) >= 0) base += weights.required * rules.relatedCredit;
  for (let i = 0; i < wantedGroup.length; i++)
    if ((wantedGroup[i] as number) >= 0) base += weights.wanted * rules.relatedCredit;
  return base;
}

/**
 * The highest final score a pair can reach with a skills score of at most `skills`, the given geography score
 * and an occupation score of at most `occupation` (NaN: does not apply, counted as 1; a geography of −1: the pair
 * is excluded, and so is the bound). Same reasoning as {@link scoreBound}: a criterion counted at 1 only raises a
 * weighted mean that is at most 1.
 */
export function pairBound(
  skills: number,
  geography: number,
  occupation: number,
  weights: MatchingConfig['weights'],
): number {
  if (geography < 0) return -1;
  const total = weights.skills + weights.geography + weights.occupation + weights.languages;
  const place = Number.isNaN(geography) ? 1 : geography;
  const trade = Number.isNaN(occupation) ? 1 : occupation;
  const sum =
    weights.skills * skills + weights.geography * place + weights.occupation * trade + weights.languages;
  return total === 0 ? 0 : sum / total + 1e-9;
}

/**
 * The highest final score a pair can reach with a skills score of at most `skills`: every other criterion at 1 and
 * applying (a criterion at 1 only raises a weighted mean that is at most 1), no penalty. A hair above, for rounding.
 */
export function scoreBound(skills: number, weights: MatchingConfig['weights']): number {
  const others = weights.occupation + weights.geography + weights.languages;
  const total = others + weights.skills;
  return total === 0 ? 0 : (weights.skills * skills + others) / total + 1e-9;
}
