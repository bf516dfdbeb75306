import type { Candidate, Issue, JobOffer } from '@passerelle/core';
import type { Matcher } from '../matcher.js';
import type { Ranking } from '../ranking/results.js';
import { createAssignmentGraph, type AssignmentGraph, type ScoredPair } from './graph.js';

/** Options of {@link buildAssignmentGraph}. */
export interface BuildGraphOptions {
  /** Length of each list, both ways (default 20): the graph's edges are the union of the lists. */
  readonly k?: number;
  /** Leave out pairs below this score (default: the matcher's configuration). */
  readonly minScore?: number;
  /** Build explanations for every listed pair, for counsellors' screens (default false: scores only). */
  readonly explain?: boolean;
}

/** The engine's lists both ways and the graph made of them. */
export interface EngineGraph {
  readonly graph: AssignmentGraph;
  /** Each candidate's top-k offers, in the order of the candidates given. */
  readonly offersByCandidate: readonly Ranking[];
  /** Each offer's top-k candidates, in the order of the offers given. */
  readonly candidatesByOffer: readonly Ranking[];
  /** What the engine noticed in the candidates and offers (an unknown place or skill), naming record and field. */
  readonly issues: readonly Issue[];
}

/**
 * Ranks offers for every candidate and candidates for every offer with the engine, and joins the top-k lists into
 * the sparse graph the assignment methods work on. Hard constraints hold by construction: the engine never lists a
 * pair one of them excludes. Each offer brings its `positions`; pass only the offers to fill (e.g. open ones).
 */
export function buildAssignmentGraph(
  matcher: Matcher,
  candidates: readonly Candidate[],
  offers: readonly JobOffer[],
  options: BuildGraphOptions = {},
): EngineGraph {
  const rank = { k: options.k ?? 20, explain: options.explain ?? false, minScore: options.minScore };
  const { offersByCandidate, candidatesByOffer, issues } = matcher.rankBothWays(candidates, offers, rank);
  const pairs: ScoredPair[] = [];
  offersByCandidate.forEach((ranking, i) => {
    const candidateId = (candidates[i] as Candidate).id;
    for (const r of ranking.results) pairs.push({ candidateId, offerId: r.id, score: r.score });
  });
  candidatesByOffer.forEach((ranking, i) => {
    const offerId = (offers[i] as JobOffer).id;
    for (const r of ranking.results) pairs.push({ candidateId: r.id, offerId, score: r.score });
  });
  const graph = createAssignmentGraph({
    candidateIds: candidates.map((c) => c.id),
    offers: offers.map((o) => ({ id: o.id, positions: o.positions })),
    pairs,
  });
  return { graph, offersByCandidate, candidatesByOffer, issues };
}
