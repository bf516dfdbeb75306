import { equirectangularKm } from '@passerelle/core';
import { MODES, type MatchingConfig } from '../config/config.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';

/** The best way for a candidate to reach an offer: the mode, its estimated time and road distance. */
export interface CommuteEstimate {
  /** Straight-line distance in km (NaN when a place is unknown). */
  distanceKm: number;
  /** Index in MODES of the best mode, −1 when the candidate uses none. */
  mode: number;
  minutes: number;
  roadKm: number;
  /** Share of the candidate's limit the commute uses (≤ 1 when within it). */
  ratio: number;
}

/** A fresh estimate to reuse across pairs (the hot loop allocates nothing). */
export function newCommuteEstimate(): CommuteEstimate {
  return {
    distanceKm: Number.NaN,
    mode: -1,
    minutes: Number.NaN,
    roadKm: Number.NaN,
    ratio: Number.POSITIVE_INFINITY,
  };
}

/**
 * Estimates the commute per mode (road km = straight km × detour; minutes = overhead + road km / speed) and keeps the
 * mode with the smallest share of the candidate's own limit. Modes the candidate does not use are skipped.
 */
export function estimateCommute(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  geography: MatchingConfig['geography'],
  into: CommuteEstimate,
): CommuteEstimate {
  // Both features carry lat and lon: passing them as they are allocates nothing in the hot loop.
  const distance = equirectangularKm(candidate, offer);
  into.distanceKm = distance;
  into.mode = -1;
  into.ratio = Number.POSITIVE_INFINITY;
  for (let mode = 0; mode < MODES.length; mode++) {
    const maxMinutes = candidate.maxMinutes[mode] as number;
    if (Number.isNaN(maxMinutes)) continue;
    const speed = geography[MODES[mode] as (typeof MODES)[number]];
    const roadKm = distance * speed.detour;
    const minutes = speed.overheadMinutes + (roadKm / speed.speedKmh) * 60;
    const ratio = Math.max(minutes / maxMinutes, roadKm / (candidate.maxKm[mode] as number));
    if (ratio < into.ratio) {
      into.mode = mode;
      into.minutes = minutes;
      into.roadKm = roadKm;
      into.ratio = ratio;
    }
  }
  return into;
}

/**
 * The geography score in [0, 1]: 1 at the door, falling linearly to `scoreAtLimit` at the candidate's limit, 0
 * beyond it; for a candidate who set no limit, halving every `halfScoreKm`. NaN when a place is unknown.
 * It never rises with distance.
 */
export function geographyScore(
  candidate: CandidateFeatures,
  estimate: CommuteEstimate,
  geography: MatchingConfig['geography'],
): number {
  if (Number.isNaN(estimate.distanceKm)) return Number.NaN;
  if (!candidate.hasCommuteLimits) return 2 ** (-estimate.distanceKm / geography.halfScoreKm);
  if (estimate.ratio > 1) return 0;
  return 1 - (1 - geography.scoreAtLimit) * estimate.ratio;
}
