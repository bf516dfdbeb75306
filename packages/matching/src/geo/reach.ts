import { MODES, type MatchingConfig } from '../config/config.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';

/**
 * The straight-line distance (km) beyond which every transport mode of the candidate breaks their own limit:
 * the commute estimate's time and road distance both grow with it, so past this reach the commute constraint fails.
 * Infinity for a candidate without limits; 0 for one whose only modes are unusable.
 */
export function reachKm(candidate: CandidateFeatures, geography: MatchingConfig['geography']): number {
  if (!candidate.hasCommuteLimits) return Number.POSITIVE_INFINITY;
  let reach = 0;
  for (let mode = 0; mode < MODES.length; mode++) {
    const maxMinutes = candidate.maxMinutes[mode] as number;
    if (Number.isNaN(maxMinutes)) continue;
    const speed = geography[MODES[mode] as (typeof MODES)[number]];
    const byTime = ((Math.max(0, maxMinutes - speed.overheadMinutes) / 60) * speed.speedKmh) / speed.detour;
    const byKm = (candidate.maxKm[mode] as number) / speed.detour;
    reach = Math.max(reach, Math.min(byTime, byKm));
  }
  return reach;
}
