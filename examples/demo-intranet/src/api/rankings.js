// @ts-check
// Rankings both ways for the page: the engine's results with their explanations, and the short forms of the records
// they name, so that the page draws them without asking again.
import { HttpError } from '../http/respond.js';
import { candidateSummary, offerSummary } from './summaries.js';

/** @typedef {import('../demo-data.js').DemoData} DemoData */

/** How many candidates the page lists for an offer, and offers for a candidate. */
export const LIST_LENGTH = 15;

/**
 * Counts the pairs a hard constraint excluded, per constraint (`{ commute: 120, licence: 8 }`).
 * @param {readonly import('@passerelle/matching').ExcludedMatch[]} excluded
 */
function countByConstraint(excluded) {
  /** @type {Record<string, number>} */
  const counts = {};
  for (const match of excluded) counts[match.constraint] = (counts[match.constraint] ?? 0) + 1;
  return counts;
}

/** @param {string} kind @param {string} id */
function notFound(kind, id) {
  return new HttpError(404, `unknown_${kind}`, {
    fr: `Aucun${kind === 'offer' ? 'e offre' : ' candidat'} « ${id} ».`,
    en: `No ${kind} "${id}".`,
  });
}

/**
 * The Mire's candidates for one offer, best first, explained.
 * @param {DemoData} data
 * @param {string} offerId
 */
export function candidatesForOffer(data, offerId) {
  // An offer of another Mire (reached from a candidate's offers) is ranked against this Mire's pool too.
  const offer = data.offers.get(offerId) ?? data.regionOffer(offerId);
  if (offer === undefined) throw notFound('offer', offerId);
  const ranking = data.matcher.rankCandidates(offer, data.candidatePool, {
    k: LIST_LENGTH,
    includeExcluded: true,
  });
  return {
    offer,
    summary: offerSummary(data, offer),
    matches: ranking.results,
    poolSize: ranking.poolSize,
    excluded: countByConstraint(ranking.excluded),
    issues: ranking.issues,
    // The profiles of the candidates listed, for the widgets to name and place them (no protected attribute).
    candidates: ranking.results.map((match) => data.candidates.get(match.id)),
  };
}

/**
 * The open offers of the region within a candidate's reach, best first, explained.
 * @param {DemoData} data
 * @param {string} candidateId
 */
export function offersForCandidate(data, candidateId) {
  const candidate = data.candidates.get(candidateId);
  if (candidate === undefined) throw notFound('candidate', candidateId);
  const ranking = data.matcher.rankOffers(candidate, data.regionOffers, {
    k: LIST_LENGTH,
    includeExcluded: true,
  });
  return {
    candidate,
    summary: candidateSummary(data, candidate),
    matches: ranking.results,
    poolSize: ranking.poolSize,
    excluded: countByConstraint(ranking.excluded),
    issues: ranking.issues,
    // The offers listed, for the widgets to title and place them.
    offers: ranking.results.map((match) => data.regionOffer(match.id)),
  };
}
