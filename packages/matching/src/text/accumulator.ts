// The hot loop: a query's postings summed into per-document scores, in reusable typed arrays.
import type { FeatureIndex } from './feature-index.js';
import type { QueryVector } from './query-vector.js';

/** Per-document scores of the current query, and the list of documents it touched. */
export class ScoreAccumulator {
  /** Score of each document (0 when untouched). */
  readonly scores: Float32Array;
  /** The touched documents, in `touched[0..count-1]`. */
  readonly touched: Int32Array;
  count = 0;

  constructor(documentCount: number) {
    this.scores = new Float32Array(documentCount);
    this.touched = new Int32Array(documentCount);
  }

  /** Clears the scores of the last query. */
  reset(): void {
    const { scores, touched, count } = this;
    // Zeroing the whole array is a memset: faster than visiting a large share of it at random.
    if (count > scores.length >>> 3) scores.fill(0);
    else for (let i = 0; i < count; i++) scores[touched[i]!] = 0;
    this.count = 0;
  }

  /** Adds `query`'s postings over `index`. */
  accumulate(index: FeatureIndex, query: QueryVector): void {
    const { start, document, weight } = index;
    const { scores, touched } = this;
    let count = this.count;
    const { ids, weights } = query;
    for (let q = 0; q < ids.length; q++) {
      const feature = ids[q]!;
      const queryWeight = weights[q]!;
      const end = start[feature + 1]!;
      for (let p = start[feature]!; p < end; p++) {
        const d = document[p]!;
        const before = scores[d]!;
        if (before === 0) touched[count++] = d;
        scores[d] = before + queryWeight * weight[p]!;
      }
    }
    this.count = count;
  }
}
