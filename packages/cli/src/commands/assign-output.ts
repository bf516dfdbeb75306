import type { Assignment, CongestionAwareLists } from '@passerelle/matching/assignment';
import { toCsvText } from '../io/csv-text.js';

/** The assignment for the JSON output: pairs, who and what is left, and the totals (no internal arrays). */
export function assignmentToJson(assignment: Assignment) {
  return {
    method: assignment.method,
    totalScore: assignment.totalScore,
    shareAssigned: assignment.shareAssigned,
    shareFilled: assignment.shareFilled,
    pairs: assignment.pairs,
    unassignedCandidates: assignment.unassignedCandidates,
    openPositions: assignment.openPositions,
  };
}

/** Congestion-aware lists for the JSON output: each candidate's re-ranked offers, and the before/after report. */
export function congestionToJson(candidateIds: readonly string[], congestion: CongestionAwareLists) {
  return {
    report: congestion.report,
    converged: congestion.converged,
    lists: congestion.lists.map((offers, i) => ({ candidateId: candidateIds[i], offers })),
  };
}

/** The pairs as CSV, one row per proposal: offer, candidate, score. */
export function assignmentToCsv(assignment: Assignment): string {
  return toCsvText(
    ['offer_id', 'candidate_id', 'score'],
    assignment.pairs.map((pair) => [pair.offerId, pair.candidateId, Number(pair.score.toFixed(4))]),
  );
}
