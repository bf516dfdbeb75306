// @ts-check
// The Mire-wide view: every open offer of the Mire filled at once from its candidates (each proposed to at most one
// offer, each offer to at most its positions), with @passerelle/matching/assignment on the engine's own lists.
import { assign, buildAssignmentGraph, congestionAwareLists } from '@passerelle/matching/assignment';
import { offerSummary } from './summaries.js';

/** How long the engine's lists are, both ways, when building the assignment graph. */
export const ASSIGNMENT_LIST_LENGTH = 20;

/** How many offers each candidate's list shows, for the congestion figures. */
export const CONGESTION_LIST_LENGTH = 5;

/**
 * Who is proposed where (the exact method: the largest total score), what is left open, and the totals.
 * @param {import('../demo-data.js').DemoData} data
 */
export function computeAssignment(data) {
  const candidates = [...data.candidates.values()];
  const offers = [...data.offers.values()];
  const { graph } = buildAssignmentGraph(data.matcher, candidates, offers, { k: ASSIGNMENT_LIST_LENGTH });
  const result = assign(graph, { method: 'exact' });
  // Each candidate's list of offers, as the engine ranks them and re-ranked so that recommendations spread over
  // the offers by their positions: how crowded the offers are before and after.
  const { report } = congestionAwareLists(graph, { k: CONGESTION_LIST_LENGTH });
  const byOffer = new Map(
    offers.map((offer) => [offer.id, /** @type {{ candidateId: string, score: number }[]} */ ([])]),
  );
  for (const pair of result.pairs)
    byOffer.get(pair.offerId)?.push({ candidateId: pair.candidateId, score: pair.score });
  const positions = offers.reduce((sum, offer) => sum + offer.positions, 0);
  return {
    candidates: candidates.length,
    positions,
    filled: result.pairs.length,
    shareFilled: result.shareFilled,
    meanScore: result.pairs.length === 0 ? 0 : result.totalScore / result.pairs.length,
    totalScore: result.totalScore,
    congestion: report,
    offers: offers
      .map((offer) => ({
        ...offerSummary(data, offer),
        proposed: byOffer.get(offer.id) ?? [],
        open: offer.positions - (byOffer.get(offer.id)?.length ?? 0),
      }))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr') || a.id.localeCompare(b.id)),
  };
}
