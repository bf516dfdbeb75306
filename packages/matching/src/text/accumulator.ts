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
    for (let i = 0; i < this.count; i++) this.scores[this.touched[i] ?? 0] = 0;
    this.count = 0;
  }

  /** Adds `query`'s postings over `index`. */
  accumulate(index: FeatureIndex, query: QueryVector): void {
    const { start, document, weight } = index;
    const { scores, touched } = this;
    let count = this.count;
    for (let q = 0; q < query.ids.length; q++) {
      const feature = query.ids[q] ?? 0;
      const queryWeight = query.weights[q] ?? 0;
      const end = start[feature + 1] ?? 0;
      for (let p = start[feature] ?? 0; p < end; p++) {
        const d = document[p] ?? 0;
        const before = scores[d] ?? 0;
        if (before === 0) touched[count++] = d;
        scores[d] = before + queryWeight * (weight[p] ?? 0);
      }
    }
    this.count = count;
  }
}
