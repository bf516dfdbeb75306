import type { MatchingConfig } from '../config/config.js';
import { indexOfSorted } from '../internal/sorted.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';

/** How a candidate covers one skill an offer asks for. */
export type SkillCoverage = 'held' | 'below_level' | 'related' | 'missing';

/** The credit (0–1) a candidate earns for one skill asked at `minLevel`, and how. */
export function skillCredit(
  candidate: CandidateFeatures,
  skill: number,
  minLevel: number,
  group: number,
  rules: MatchingConfig['skills'],
): [credit: number, how: SkillCoverage] {
  const at = indexOfSorted(candidate.skills, skill);
  if (at >= 0) {
    const level = candidate.levels[at] as number;
    if (level >= minLevel) return [1, 'held'];
    // Never less than a related skill earns: holding the skill itself, even below the level, is at least that.
    const related = group >= 0 ? rules.relatedCredit : 0;
    return [Math.max((rules.belowLevelCredit * level) / minLevel, related), 'below_level'];
  }
  if (group >= 0 && indexOfSorted(candidate.groups, group) >= 0) return [rules.relatedCredit, 'related'];
  return [0, 'missing'];
}

/** How a candidate covers one skill, as {@link skillCredit} says, without allocating (explanations of every result). */
export function skillCoverage(
  candidate: CandidateFeatures,
  skill: number,
  minLevel: number,
  group: number,
): SkillCoverage {
  const at = indexOfSorted(candidate.skills, skill);
  if (at >= 0) return (candidate.levels[at] as number) >= minLevel ? 'held' : 'below_level';
  return group >= 0 && indexOfSorted(candidate.groups, group) >= 0 ? 'related' : 'missing';
}

/** The credit alone, as {@link skillCredit} gives it, without allocating (the scorer's hot loop). */
export function skillCreditValue(
  candidate: CandidateFeatures,
  skill: number,
  minLevel: number,
  group: number,
  rules: MatchingConfig['skills'],
): number {
  const at = indexOfSorted(candidate.skills, skill);
  if (at >= 0) {
    const level = candidate.levels[at] as number;
    if (level >= minLevel) return 1;
    return Math.max((rules.belowLevelCredit * level) / minLevel, group >= 0 ? rules.relatedCredit : 0);
  }
  return group >= 0 && indexOfSorted(candidate.groups, group) >= 0 ? rules.relatedCredit : 0;
}

function coverage(
  candidate: CandidateFeatures,
  skills: Int32Array,
  minLevels: Uint8Array,
  groups: Int32Array,
  rules: MatchingConfig['skills'],
): number {
  let sum = 0;
  for (let i = 0; i < skills.length; i++) {
    sum += skillCreditValue(
      candidate,
      skills[i] as number,
      minLevels[i] as number,
      groups[i] as number,
      rules,
    );
  }
  return sum / skills.length;
}

/**
 * The skills score in [0, 1]: coverage of the required skills (and of the wanted ones, for `1 − requiredShare`),
 * with credit for skills held below the level or related through a skill group. NaN when the offer asks for no
 * skill (the criterion does not apply). Adding a skill to a candidate never lowers it.
 */
export function skillsScore(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  rules: MatchingConfig['skills'],
): number {
  const hasRequired = offer.required.length > 0;
  const hasWanted = offer.wanted.length > 0;
  if (!hasRequired && !hasWanted) return Number.NaN;
  const required = hasRequired
    ? coverage(candidate, offer.required, offer.requiredMin, offer.requiredGroup, rules)
    : 0;
  if (!hasWanted) return required;
  const wanted = coverage(candidate, offer.wanted, offer.wantedMin, offer.wantedGroup, rules);
  return hasRequired ? rules.requiredShare * required + (1 - rules.requiredShare) * wanted : wanted;
}

/** Whether the candidate holds every required skill (at any level): the must-have constraint. */
export function holdsAllRequired(candidate: CandidateFeatures, offer: OfferFeatures): boolean {
  for (let i = 0; i < offer.required.length; i++) {
    if (indexOfSorted(candidate.skills, offer.required[i] as number) < 0) return false;
  }
  return true;
}
