/** A position left empty: cheaper than every pair it could take, once prices are counted. */
export const EMPTY = -2;

/** A free position, or a free candidate. */
export const UNSET = -1;

/** The exact solver's state: rows are offer positions, columns candidates, all on typed arrays. */
export interface Workspace {
  readonly offerStart: Int32Array;
  readonly edgeCandidate: Int32Array;
  readonly edgeScore: Float64Array;
  readonly rowOffer: Int32Array;
  /** Each row's edge (its pair), UNSET while free, EMPTY once it stays empty. */
  readonly rowEdge: Int32Array;
  readonly colRow: Int32Array;
  /** Candidates' prices (never positive; 0 while free). */
  readonly price: Float64Array;
  readonly dist: Float64Array;
  readonly predRow: Int32Array;
  readonly predEdge: Int32Array;
  /** Per search, stamped with its number so that nothing is reset between searches. */
  readonly seen: Int32Array;
  readonly settled: Int32Array;
  readonly offerStamp: Int32Array;
  readonly scanned: Int32Array;
  /** Binary heap of candidates keyed by `dist`, with each candidate's place in it (decrease-key). */
  readonly heap: Int32Array;
  readonly heapAt: Int32Array;
  search: number;
}
