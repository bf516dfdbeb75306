// A query as a weighted feature vector over an index, made of parts (stems, forms, n-grams…) each
// scaled to a unit vector times its share, so that accumulating postings sums weighted cosines.
import type { FeatureIndex } from './feature-index.js';

/** A query's features present in the index and their weights. */
export interface QueryVector {
  readonly ids: number[];
  readonly weights: number[];
}

/** One part of a query: its feature keys and its share of the score. */
export interface QueryPart {
  readonly keys: Iterable<string>;
  /** Weight of this part's cosine in the score; the shares of a query add up to at most 1. */
  readonly share: number;
  /**
   * Features with more postings than this count in the norm but are not looked up: they are frequent
   * (low idf, little effect on the ranking) and costly. Default: no limit.
   */
  readonly maxPostings?: number;
  /** A factor on the weight of each key, parallel to `keys` (in their iteration order); 1 when absent. */
  readonly boosts?: readonly number[];
}

function postingCount(index: FeatureIndex, id: number): number {
  return (index.start[id + 1] ?? 0) - (index.start[id] ?? 0);
}

// Adds one part. Keys the index does not know count in the norm at the highest idf, so that the
// unexplained words of a query lower its score.
function addPart(index: FeatureIndex, part: QueryPart, out: QueryVector): void {
  const known: number[] = [];
  const maxPostings = part.maxPostings ?? Infinity;
  const knownWeights: number[] = [];
  let sum = 0;
  let i = 0;
  for (const key of part.keys) {
    const id = index.featureIds.get(key);
    const boost = part.boosts?.[i] ?? 1;
    i++;
    const weight = (id === undefined ? index.maxIdf : (index.idf[id] ?? 0)) * boost;
    sum += weight * weight;
    if (id !== undefined && postingCount(index, id) <= maxPostings) {
      known.push(id);
      knownWeights.push(weight);
    }
  }
  if (sum === 0 || part.share <= 0) return;
  const scale = part.share / Math.sqrt(sum);
  known.forEach((id, k) => {
    out.ids.push(id);
    out.weights.push(scale * (knownWeights[k] ?? 0));
  });
}

/** The query vector of `parts` over `index`. */
export function buildQueryVector(index: FeatureIndex, parts: readonly QueryPart[]): QueryVector {
  const vector: QueryVector = { ids: [], weights: [] };
  for (const part of parts) addPart(index, part, vector);
  return vector;
}
