/**
 * Ranking metrics, one query at a time: the ids an engine recommended, best first, against the ids that were right
 * (e.g. the offer a candidate was hired on). Conventions follow microsoft/recommenders' python_evaluation: a cut-off
 * k, binary relevance unless gains are given, NDCG with log2 discounts. Averages over queries are left to
 * {@link meanOverQueries}, which skips queries without any relevant id (they cannot be scored).
 */

/** One query: what was recommended and what was right. */
export interface RankedQuery {
  /** Recommended ids, best first. */
  readonly recommended: readonly string[];
  /** The right ids (binary relevance). */
  readonly relevant: readonly string[];
  /** Graded relevance for NDCG (id → gain ≥ 0); defaults to 1 for each relevant id. */
  readonly gains?: ReadonlyMap<string, number>;
}

function checkK(k: number): void {
  if (!Number.isInteger(k) || k <= 0) throw new RangeError(`k must be a positive integer, got ${String(k)}.`);
}

function hits(query: RankedQuery, k: number): boolean[] {
  checkK(k);
  const relevant = new Set(query.relevant);
  return query.recommended.slice(0, k).map((id) => relevant.has(id));
}

/** Precision@k = |top k ∩ relevant| / k. Range [0, 1], higher is better. */
export function precisionAtK(query: RankedQuery, k: number): number {
  return hits(query, k).filter(Boolean).length / k;
}

/** Recall@k = |top k ∩ relevant| / |relevant|. Range [0, 1], higher is better; 0 without relevant ids. */
export function recallAtK(query: RankedQuery, k: number): number {
  const relevant = new Set(query.relevant).size;
  return relevant === 0 ? 0 : hits(query, k).filter(Boolean).length / relevant;
}

/**
 * Average precision@k = Σ_{i ≤ k, item i relevant} precision@i / min(|relevant|, k); its mean over queries is MAP@k.
 * Range [0, 1], higher is better.
 */
export function averagePrecisionAtK(query: RankedQuery, k: number): number {
  const relevant = new Set(query.relevant).size;
  if (relevant === 0) return 0;
  let found = 0;
  let sum = 0;
  hits(query, k).forEach((hit, i) => {
    if (!hit) return;
    found++;
    sum += found / (i + 1);
  });
  return sum / Math.min(relevant, k);
}

/**
 * NDCG@k = DCG@k / IDCG@k, DCG = Σ_{i=1..k} gainᵢ / log2(i + 1), IDCG the DCG of the best possible order of the
 * gains. Range [0, 1], higher is better; 0 when no gain is positive.
 */
export function ndcgAtK(query: RankedQuery, k: number): number {
  checkK(k);
  const gains = query.gains ?? new Map(query.relevant.map((id) => [id, 1]));
  for (const [id, gain] of gains) {
    if (!(gain >= 0))
      throw new RangeError(`gain of "${id}" must be a non-negative number, got ${String(gain)}.`);
  }
  let dcg = 0;
  const seen = new Set<string>();
  query.recommended.slice(0, k).forEach((id, i) => {
    if (seen.has(id)) return; // a repeated id earns nothing twice
    seen.add(id);
    dcg += (gains.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...gains.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Reciprocal rank@k = 1 / rank of the first relevant id within the top k, 0 if none. Its mean is MRR@k. */
export function reciprocalRankAtK(query: RankedQuery, k: number): number {
  const first = hits(query, k).indexOf(true);
  return first < 0 ? 0 : 1 / (first + 1);
}

/** Hit@k = 1 if a relevant id is in the top k, else 0. Its mean is the hit rate. */
export function hitAtK(query: RankedQuery, k: number): number {
  return hits(query, k).includes(true) ? 1 : 0;
}

/** Mean of a per-query metric over the queries with at least one relevant id; 0 when there is none. */
export function meanOverQueries(
  queries: readonly RankedQuery[],
  metric: (query: RankedQuery, k: number) => number,
  k: number,
): number {
  let sum = 0;
  let count = 0;
  for (const query of queries) {
    if (query.relevant.length === 0) continue;
    sum += metric(query, k);
    count++;
  }
  return count === 0 ? 0 : sum / count;
}
