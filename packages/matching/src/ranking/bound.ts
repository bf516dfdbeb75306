import type { MatchingConfig } from '../config/config.js';

/**
 * The highest score a pair can reach when its skills score is 0 and the skills criterion applies: every other
 * criterion at 1, normalised with the skills weight included. Soft penalties only lower it.
 */
export function boundWithoutSkills(weights: MatchingConfig['weights']): number {
  const others = weights.occupation + weights.geography + weights.languages;
  const total = others + weights.skills;
  return total === 0 ? 0 : others / total;
}
