import type { MatchingConfig } from '../config/config.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { OfferFeatures } from '../profiles/offer-features.js';

/** Length of the common prefix of two ISCO codes (0–4 digits). */
export function sharedIscoDigits(a: string, b: string): number {
  let digits = 0;
  while (digits < 4 && digits < a.length && a[digits] === b[digits]) digits++;
  return digits;
}

/** The best ISCO prefix a wanted occupation shares with the offered one (0 when none or unknown). */
export function bestSharedIsco(candidate: CandidateFeatures, offer: OfferFeatures): number {
  if (offer.isco === undefined) return 0;
  let best = 0;
  for (const code of candidate.wantedIsco) best = Math.max(best, sharedIscoDigits(code, offer.isco));
  return best;
}

/**
 * The occupation score in [0, 1]: 1 when the offered occupation is one the candidate wants, else the credit of the
 * deepest ISCO group they share (4 digits first). NaN when the offer has no occupation or the candidate wants none.
 */
export function occupationScore(
  candidate: CandidateFeatures,
  offer: OfferFeatures,
  rules: MatchingConfig['occupation'],
): number {
  if (offer.occupation === undefined || candidate.wantedOccupations.length === 0) return Number.NaN;
  if (candidate.wantedOccupations.includes(offer.occupation)) return 1;
  const digits = bestSharedIsco(candidate, offer);
  return digits === 0 ? 0 : (rules.iscoCredit[4 - digits] as number);
}
