/**
 * `@passerelle/matching/assignment`: who should be proposed where, for a whole Mire at once. Capacity-aware
 * assignment of candidates to offers on the engine's sparse lists (exact maximum total score, greedy, stable
 * deferred acceptance), and congestion-aware lists that spread recommendations over offers by their positions.
 *
 * @packageDocumentation
 */

// The sparse graph.
export { createAssignmentGraph, assignmentGraphFromArrays, totalPositions } from './graph.js';
export type {
  AssignmentGraph,
  AssignmentGraphInput,
  AssignmentArrays,
  GraphOptions,
  OfferPositions,
  ScoredPair,
} from './graph.js';
export { buildAssignmentGraph } from './from-matcher.js';
export type { BuildGraphOptions, EngineGraph } from './from-matcher.js';

// Assignment.
export { assign, restrictGraph, describeSolution, ASSIGNMENT_METHODS } from './assign.js';
export type { Assignment, AssignOptions, AssignmentMethod, OpenPositions } from './assign.js';
export { solveExactAssignment } from './solve-exact.js';
export { solveGreedyAssignment } from './greedy.js';
export { solveAuctionAssignment } from './solve-auction.js';
export type { AuctionOptions, AuctionSolution } from './solve-auction.js';
export { solveStableAssignment } from './deferred-acceptance.js';
export type { StableAssignmentOptions } from './deferred-acceptance.js';
export type { PairPreference } from './preferences.js';
export type { AssignmentSolution } from './solution.js';

// Congestion-aware lists.
export { congestionAwareLists, summarizeLists } from './congestion.js';
export type {
  CongestionOptions,
  CongestionAwareLists,
  CongestionReport,
  ListedOffer,
  ListsSummary,
} from './congestion.js';
export { transportPlan } from './sinkhorn.js';
export type { SinkhornOptions, TransportPlan } from './sinkhorn.js';
export { gini, quantile } from './inequality.js';
