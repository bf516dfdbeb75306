import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { LanguageNeed, OfferFeatures } from '../profiles/offer-features.js';

/** Credit (0–1) for one language need: 1 at or above the level, half the ratio of levels below it, 0 without it. */
export function languageCredit(candidate: CandidateFeatures, need: LanguageNeed): number {
  const held = candidate.languages.get(need.code) ?? 0;
  if (held >= need.rank) return 1;
  return held === 0 ? 0 : (0.5 * held) / need.rank;
}

/** The languages score in [0, 1]: mean credit over the offer's languages; NaN when it names none. */
export function languagesScore(candidate: CandidateFeatures, offer: OfferFeatures): number {
  if (offer.languages.length === 0) return Number.NaN;
  let sum = 0;
  for (const need of offer.languages) sum += languageCredit(candidate, need);
  return sum / offer.languages.length;
}

/** Whether every required language is held at its level. */
export function meetsRequiredLanguages(candidate: CandidateFeatures, offer: OfferFeatures): boolean {
  for (const need of offer.languages) {
    if (need.required && (candidate.languages.get(need.code) ?? 0) < need.rank) return false;
  }
  return true;
}
