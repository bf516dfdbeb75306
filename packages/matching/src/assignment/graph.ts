/**
 * The sparse bipartite graph every assignment method works on: candidates on one side, offers with their number of
 * positions on the other, and one scored edge per allowed pair (pairs a hard constraint excludes are simply absent).
 * Edges are stored by offer (compressed sparse rows) on typed arrays, so the solvers' hot loops touch no objects.
 */
export interface AssignmentGraph {
  /** Candidate ids, by candidate number. */
  readonly candidateIds: readonly string[];
  /** Offer ids, by offer number. */
  readonly offerIds: readonly string[];
  /** Positions of each offer (how many candidates it can take), by offer number; 0 takes none. */
  readonly positions: Int32Array;
  /**
   * Offer `o`'s edges are `offerStart[o]` to `offerStart[o + 1] - 1`, best score first (ties: smaller candidate
   * number first), which lets the solvers stop scanning an offer's edges early.
   */
  readonly offerStart: Int32Array;
  /** The candidate number of each edge. */
  readonly edgeCandidate: Int32Array;
  /** The score of each edge, in (0, 1] (higher is better). */
  readonly edgeScore: Float64Array;
}

/** One scored pair, by ids. */
export interface ScoredPair {
  readonly candidateId: string;
  readonly offerId: string;
  /** Score in [0, 1], higher is better (as the engine's rankings give it). */
  readonly score: number;
}

/** An offer and its number of positions. */
export interface OfferPositions {
  readonly id: string;
  /** How many candidates the offer can take: a non-negative integer. */
  readonly positions: number;
}

/** Input of {@link createAssignmentGraph}. */
export interface AssignmentGraphInput {
  readonly candidateIds: readonly string[];
  readonly offers: readonly OfferPositions[];
  /** Allowed pairs with their scores; a pair given twice keeps its higher score. */
  readonly pairs: Iterable<ScoredPair>;
}

/** Typed-array input of {@link assignmentGraphFromArrays}: edge `e` joins `edgeCandidate[e]` and `edgeOffer[e]`. */
export interface AssignmentArrays {
  readonly candidateCount: number;
  readonly positions: ArrayLike<number>;
  readonly edgeCandidate: ArrayLike<number>;
  readonly edgeOffer: ArrayLike<number>;
  readonly edgeScore: ArrayLike<number>;
  /** Ids by number (default: `c0`, `c1`… and `o0`, `o1`…). */
  readonly candidateIds?: readonly string[];
  readonly offerIds?: readonly string[];
}

/** Options of the graph builders. */
export interface GraphOptions {
  /** Leave out pairs scoring below this (default 0); pairs scoring 0 are always left out, they add nothing. */
  readonly minScore?: number;
}

function checkScore(score: number, where: string): void {
  if (!(score >= 0 && score <= 1)) {
    throw new RangeError(`${where}: a score must be a number between 0 and 1, got ${String(score)}.`);
  }
}

function checkPositions(positions: number, where: string): void {
  if (!Number.isInteger(positions) || positions < 0) {
    throw new RangeError(`${where}: positions must be a non-negative integer, got ${String(positions)}.`);
  }
}

function checkMinScore(minScore: number): number {
  if (!(minScore >= 0 && minScore <= 1)) {
    throw new RangeError(`minScore must be between 0 and 1, got ${String(minScore)}.`);
  }
  return minScore;
}

/**
 * Builds the graph from typed arrays (the fast path for large instances). Keeps, per pair, the highest score, and
 * drops pairs below `minScore` or at 0.
 *
 * @throws RangeError on a number out of range (candidate or offer number, score, positions), naming the edge.
 */
export function assignmentGraphFromArrays(
  input: AssignmentArrays,
  options: GraphOptions = {},
): AssignmentGraph {
  const minScore = checkMinScore(options.minScore ?? 0);
  const offerCount = input.positions.length;
  const n = input.candidateCount;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`candidateCount must be a non-negative integer.`);
  const edges = input.edgeCandidate.length;
  if (input.edgeOffer.length !== edges || input.edgeScore.length !== edges) {
    throw new RangeError('edgeCandidate, edgeOffer and edgeScore must have the same length.');
  }
  const positions = new Int32Array(offerCount);
  for (let o = 0; o < offerCount; o++) {
    const p = input.positions[o] as number;
    checkPositions(p, `offer ${o}`);
    positions[o] = p;
  }
  const start = new Int32Array(offerCount + 1);
  for (let e = 0; e < edges; e++) {
    const c = input.edgeCandidate[e] as number;
    const o = input.edgeOffer[e] as number;
    const s = input.edgeScore[e] as number;
    if (!(c >= 0 && c < n && Number.isInteger(c)))
      throw new RangeError(`edge ${e}: no candidate ${String(c)}.`);
    if (!(o >= 0 && o < offerCount && Number.isInteger(o)))
      throw new RangeError(`edge ${e}: no offer ${String(o)}.`);
    checkScore(s, `edge ${e}`);
    start[o + 1]! += 1;
  }
  for (let o = 0; o < offerCount; o++) start[o + 1]! += start[o] as number;
  const fill = start.slice(0, offerCount);
  const order = new Int32Array(edges);
  for (let e = 0; e < edges; e++) order[fill[input.edgeOffer[e] as number]!++] = e;
  return compact(input, positions, start, order, minScore);
}

// Per offer: keep each candidate once (its best score) and only scores above zero and at least minScore.
function compact(
  input: AssignmentArrays,
  positions: Int32Array,
  start: Int32Array,
  order: Int32Array,
  minScore: number,
): AssignmentGraph {
  const offerCount = positions.length;
  const n = input.candidateCount;
  const seenAt = new Int32Array(n).fill(-1);
  const offerStart = new Int32Array(offerCount + 1);
  const edgeCandidate = new Int32Array(order.length);
  const edgeScore = new Float64Array(order.length);
  let kept = 0;
  for (let o = 0; o < offerCount; o++) {
    const first = kept;
    for (let i = start[o] as number; i < (start[o + 1] as number); i++) {
      const e = order[i] as number;
      const s = input.edgeScore[e] as number;
      if (s <= 0 || s < minScore) continue;
      const c = input.edgeCandidate[e] as number;
      const at = seenAt[c] as number;
      if (at >= first) {
        if (s > (edgeScore[at] as number)) edgeScore[at] = s;
        continue;
      }
      seenAt[c] = kept;
      edgeCandidate[kept] = c;
      edgeScore[kept++] = s;
    }
    offerStart[o + 1] = kept;
    sortSegment(edgeCandidate, edgeScore, first, kept);
  }
  return {
    candidateIds: input.candidateIds ?? Array.from({ length: n }, (_, i) => `c${i}`),
    offerIds: input.offerIds ?? Array.from({ length: offerCount }, (_, i) => `o${i}`),
    positions,
    offerStart,
    edgeCandidate: edgeCandidate.slice(0, kept),
    edgeScore: edgeScore.slice(0, kept),
  };
}

// Sorts one offer's edges by decreasing score, then increasing candidate number (insertion sort for short runs).
// Runs already in order, as in a graph being restricted to a minimum score, are left as they are.
function sortSegment(candidates: Int32Array, scores: Float64Array, from: number, to: number): void {
  let sorted = true;
  for (let i = from + 1; i < to && sorted; i++) {
    const previous = scores[i - 1] as number;
    const score = scores[i] as number;
    sorted =
      previous > score || (previous === score && (candidates[i - 1] as number) < (candidates[i] as number));
  }
  if (sorted) return;
  if (to - from <= 24) {
    for (let i = from + 1; i < to; i++) {
      const c = candidates[i] as number;
      const s = scores[i] as number;
      let j = i - 1;
      for (; j >= from; j--) {
        const sj = scores[j] as number;
        if (sj > s || (sj === s && (candidates[j] as number) < c)) break;
        candidates[j + 1] = candidates[j] as number;
        scores[j + 1] = sj;
      }
      candidates[j + 1] = c;
      scores[j + 1] = s;
    }
    return;
  }
  // Heapsort in place, the heap's root being the edge that comes last (candidates are unique in a run: no ties).
  const size = to - from;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftLast(candidates, scores, from, i, size);
  for (let end = size - 1; end > 0; end--) {
    swap(candidates, scores, from, from + end);
    siftLast(candidates, scores, from, 0, end);
  }
}

// Whether edge a comes after edge b: a lower score, or the same score and a larger candidate number.
function after(candidates: Int32Array, scores: Float64Array, a: number, b: number): boolean {
  const sa = scores[a] as number;
  const sb = scores[b] as number;
  return sa < sb || (sa === sb && (candidates[a] as number) > (candidates[b] as number));
}

function swap(candidates: Int32Array, scores: Float64Array, a: number, b: number): void {
  const c = candidates[a] as number;
  const s = scores[a] as number;
  candidates[a] = candidates[b] as number;
  scores[a] = scores[b] as number;
  candidates[b] = c;
  scores[b] = s;
}

// Moves heap place i (of a heap of `size` places starting at `base`) down until no child comes after it.
function siftLast(candidates: Int32Array, scores: Float64Array, base: number, i: number, size: number): void {
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) return;
    if (child + 1 < size && after(candidates, scores, base + child + 1, base + child)) child++;
    if (!after(candidates, scores, base + child, base + i)) return;
    swap(candidates, scores, base + i, base + child);
    i = child;
  }
}

/**
 * Builds the graph from ids and scored pairs (for instance the engine's rankings both ways, see
 * `assignmentGraphFromMatcher`).
 *
 * @throws TypeError on a repeated id or a pair naming an unknown candidate or offer; RangeError on a bad score or
 * number of positions.
 */
export function createAssignmentGraph(
  input: AssignmentGraphInput,
  options: GraphOptions = {},
): AssignmentGraph {
  const candidateNumber = numbering(input.candidateIds, 'candidate');
  const offerIds = input.offers.map((offer) => offer.id);
  const offerNumber = numbering(offerIds, 'offer');
  const edgeCandidate: number[] = [];
  const edgeOffer: number[] = [];
  const edgeScore: number[] = [];
  for (const pair of input.pairs) {
    const c = candidateNumber.get(pair.candidateId);
    const o = offerNumber.get(pair.offerId);
    if (c === undefined)
      throw new TypeError(`A pair names candidate "${pair.candidateId}", absent from candidateIds.`);
    if (o === undefined) throw new TypeError(`A pair names offer "${pair.offerId}", absent from offers.`);
    edgeCandidate.push(c);
    edgeOffer.push(o);
    edgeScore.push(pair.score);
  }
  input.offers.forEach((offer) => checkPositions(offer.positions, `offer "${offer.id}"`));
  return assignmentGraphFromArrays(
    {
      candidateCount: input.candidateIds.length,
      positions: input.offers.map((offer) => offer.positions),
      edgeCandidate,
      edgeOffer,
      edgeScore,
      candidateIds: input.candidateIds,
      offerIds,
    },
    options,
  );
}

function numbering(ids: readonly string[], kind: string): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => {
    if (map.has(id)) throw new TypeError(`The ${kind} id "${id}" is given twice: ids must be unique.`);
    map.set(id, i);
  });
  return map;
}

/** Total number of positions of a graph's offers. */
export function totalPositions(graph: AssignmentGraph): number {
  let total = 0;
  for (let o = 0; o < graph.positions.length; o++) total += graph.positions[o] as number;
  return total;
}
