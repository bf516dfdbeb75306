import type { AssignmentGraph } from './graph.js';
import { candidateLists, edgePreferences, type PairPreference } from './preferences.js';
import { offersOfEdges, solutionFromEdges, type AssignmentSolution } from './solution.js';

/** Options of {@link solveStableAssignment}. */
export interface StableAssignmentOptions {
  /** How candidates rank their acceptable offers (default: the pair's score). */
  readonly candidatePreference?: PairPreference;
  /** How employers rank their acceptable candidates (default: the pair's score). */
  readonly offerPreference?: PairPreference;
  /**
   * Which side proposes (default `candidates`): the proposing side gets its best stable outcome (Gale and Shapley
   * 1962; Roth 1984 for capacities), the other side its worst.
   */
  readonly proposing?: 'candidates' | 'offers';
}

/**
 * Deferred acceptance with capacities: a stable matching, where no candidate and offer with an edge between them
 * would both rather be together (the offer having a free position or a held candidate it ranks lower). For when
 * the two sides rank differently, e.g. candidates by commute and employers by skills. Pairs are the graph's edges
 * only, so hard constraints and the minimum score hold. Ties are broken by number (smaller first).
 */
export function solveStableAssignment(
  graph: AssignmentGraph,
  options: StableAssignmentOptions = {},
): AssignmentSolution {
  const offerOfEdge = offersOfEdges(graph);
  const candidatePreference = edgePreferences(graph, options.candidatePreference, offerOfEdge);
  const offerPreference = edgePreferences(graph, options.offerPreference, offerOfEdge);
  const edgeOfCandidate =
    (options.proposing ?? 'candidates') === 'candidates'
      ? candidatesPropose(graph, candidatePreference, offerPreference, offerOfEdge)
      : offersPropose(graph, candidatePreference, offerPreference, offerOfEdge);
  return solutionFromEdges(graph, edgeOfCandidate);
}

// Whether the offer ranks edge a below edge b (lower preference, or equal and a larger candidate number).
function offerRanksLower(preference: Float64Array, candidates: Int32Array, a: number, b: number): boolean {
  const pa = preference[a] as number;
  const pb = preference[b] as number;
  return pa < pb || (pa === pb && (candidates[a] as number) > (candidates[b] as number));
}

function candidatesPropose(
  graph: AssignmentGraph,
  candidatePreference: Float64Array,
  offerPreference: Float64Array,
  offerOfEdge: Int32Array,
): Int32Array {
  const n = graph.candidateIds.length;
  const lists = candidateLists(graph, candidatePreference, offerOfEdge);
  const held = new HeldProposals(graph, offerPreference);
  const next = lists.start.slice(0, n);
  const edgeOfCandidate = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (let c = n - 1; c >= 0; c--) queue.push(c);
  while (queue.length > 0) {
    const c = queue.pop() as number;
    while ((next[c] as number) < (lists.start[c + 1] as number)) {
      const e = lists.edges[next[c]!++] as number;
      const rejected = held.propose(offerOfEdge[e] as number, e);
      if (rejected === e) continue;
      edgeOfCandidate[c] = e;
      if (rejected >= 0) {
        const loser = graph.edgeCandidate[rejected] as number;
        edgeOfCandidate[loser] = -1;
        queue.push(loser);
      }
      break;
    }
  }
  return edgeOfCandidate;
}

/** The proposals each offer holds, at most its positions, worst on top of a per-offer heap. */
class HeldProposals {
  readonly #start: Int32Array;
  readonly #count: Int32Array;
  readonly #slots: Int32Array;
  readonly #graph: AssignmentGraph;
  readonly #preference: Float64Array;

  constructor(graph: AssignmentGraph, preference: Float64Array) {
    const m = graph.positions.length;
    this.#graph = graph;
    this.#preference = preference;
    this.#start = new Int32Array(m + 1);
    for (let o = 0; o < m; o++) {
      const degree = (graph.offerStart[o + 1] as number) - (graph.offerStart[o] as number);
      this.#start[o + 1] = (this.#start[o] as number) + Math.min(graph.positions[o] as number, degree);
    }
    this.#count = new Int32Array(m);
    this.#slots = new Int32Array(this.#start[m] as number);
  }

  /** Offers edge e to its offer; returns the edge rejected (e itself, a held one, or −1 when none). */
  propose(o: number, e: number): number {
    const base = this.#start[o] as number;
    const capacity = (this.#start[o + 1] as number) - base;
    const count = this.#count[o] as number;
    if (count < capacity) {
      this.#slots[base + count] = e;
      this.#count[o] = count + 1;
      this.#siftUp(base, count);
      return -1;
    }
    if (capacity === 0) return e;
    const worst = this.#slots[base] as number;
    if (!this.#lower(worst, e)) return e;
    this.#slots[base] = e;
    this.#siftDown(base, capacity);
    return worst;
  }

  #lower(a: number, b: number): boolean {
    return offerRanksLower(this.#preference, this.#graph.edgeCandidate, a, b);
  }

  #siftUp(base: number, i: number): void {
    const slots = this.#slots;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#lower(slots[base + i] as number, slots[base + parent] as number)) return;
      const t = slots[base + i] as number;
      slots[base + i] = slots[base + parent] as number;
      slots[base + parent] = t;
      i = parent;
    }
  }

  #siftDown(base: number, size: number): void {
    const slots = this.#slots;
    for (let i = 0; ;) {
      let low = i;
      const left = 2 * i + 1;
      if (left < size && this.#lower(slots[base + left] as number, slots[base + low] as number)) low = left;
      if (left + 1 < size && this.#lower(slots[base + left + 1] as number, slots[base + low] as number))
        low = left + 1;
      if (low === i) return;
      const t = slots[base + i] as number;
      slots[base + i] = slots[base + low] as number;
      slots[base + low] = t;
      i = low;
    }
  }
}

function offersPropose(
  graph: AssignmentGraph,
  candidatePreference: Float64Array,
  offerPreference: Float64Array,
  offerOfEdge: Int32Array,
): Int32Array {
  const m = graph.positions.length;
  // Each offer's edges, most preferred by the employer first.
  const order = new Int32Array(graph.edgeCandidate.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  for (let o = 0; o < m; o++) {
    order
      .subarray(graph.offerStart[o] as number, graph.offerStart[o + 1] as number)
      .sort(
        (a, b) =>
          (offerPreference[b] as number) - (offerPreference[a] as number) ||
          (graph.edgeCandidate[a] as number) - (graph.edgeCandidate[b] as number),
      );
  }
  const next = graph.offerStart.slice(0, m);
  const free = Int32Array.from(graph.positions);
  const edgeOfCandidate = new Int32Array(graph.candidateIds.length).fill(-1);
  // Whether a candidate ranks edge a above edge b (higher preference, or equal and a smaller offer number).
  const prefers = (a: number, b: number): boolean => {
    const pa = candidatePreference[a] as number;
    const pb = candidatePreference[b] as number;
    return pa > pb || (pa === pb && (offerOfEdge[a] as number) < (offerOfEdge[b] as number));
  };
  const queue: number[] = [];
  for (let o = m - 1; o >= 0; o--) queue.push(o);
  while (queue.length > 0) {
    const o = queue.pop() as number;
    while ((free[o] as number) > 0 && (next[o] as number) < (graph.offerStart[o + 1] as number)) {
      const e = order[next[o]!++] as number;
      const c = graph.edgeCandidate[e] as number;
      const current = edgeOfCandidate[c] as number;
      if (current >= 0 && !prefers(e, current)) continue;
      edgeOfCandidate[c] = e;
      free[o]!--;
      if (current >= 0) {
        const loser = offerOfEdge[current] as number;
        free[loser]!++;
        queue.push(loser);
      }
    }
  }
  return edgeOfCandidate;
}
