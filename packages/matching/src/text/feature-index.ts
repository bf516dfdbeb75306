// An inverted index from features to documents (label variants, or concept profiles), with TF-IDF
// weights already divided by the norm of the document's part, so that a query's cosines are sums of
// postings. Built once, queried many times.

/** A document to index: its concept and its feature keys in parts, each part with its own norm. */
export interface IndexDocument {
  /** Dense index of the concept; documents come grouped by concept. */
  readonly concept: number;
  /** Feature keys by part; keys of different parts never collide. */
  readonly parts: readonly (readonly string[])[];
  /** Term frequency of each key, parallel to `parts`; 1 when absent. */
  readonly counts?: readonly (readonly number[])[];
  /** A factor on the weight of each key (such as the head word's), parallel to `parts`; 1 when absent. */
  readonly boosts?: readonly (readonly number[] | undefined)[];
}

/** The inverted index: postings in compressed sparse rows (CSR) of typed arrays. */
export interface FeatureIndex {
  /** Feature key → feature id. */
  readonly featureIds: ReadonlyMap<string, number>;
  /** Weight of each feature: an idf counted over concepts (not documents), flattened (see conceptIdf). */
  readonly idf: Float32Array;
  /** The largest idf, given to features a query has and the index has not. */
  readonly maxIdf: number;
  /** Postings of feature `f`: entries `start[f]` to `start[f + 1] - 1`. */
  readonly start: Int32Array;
  /** Document of each posting. */
  readonly document: Int32Array;
  /** Weight of each posting: tf-idf / norm of the document's part. */
  readonly weight: Float32Array;
  /** Concept of each document. */
  readonly concept: Int32Array;
}

function internKeys(documents: readonly IndexDocument[], featureIds: Map<string, number>): number[][][] {
  const intern = (key: string) => {
    let id = featureIds.get(key);
    if (id === undefined) featureIds.set(key, (id = featureIds.size));
    return id;
  };
  return documents.map((document) => document.parts.map((keys) => keys.map(intern)));
}

/**
 * idf = √ln(1 + concepts / concepts having the feature). Counting concepts rather than labels keeps a
 * word repeated in one occupation's many synonyms discriminating; the square root flattens the weights,
 * which ranked better on the JobBERT validation titles than plain ln (job titles mix rare noise words
 * with the common head word that matters: "assistant", "manager").
 */
function conceptIdf(documents: readonly IndexDocument[], ids: readonly number[][][], featureCount: number) {
  const df = new Int32Array(featureCount);
  const lastConcept = new Int32Array(featureCount).fill(-1);
  let concepts = 0;
  ids.forEach((parts, d) => {
    const concept = documents[d]?.concept ?? -1;
    if (d === 0 || documents[d - 1]?.concept !== concept) concepts++;
    for (const part of parts) {
      for (const id of part) {
        if (lastConcept[id] === concept) continue;
        lastConcept[id] = concept;
        df[id] = (df[id] ?? 0) + 1;
      }
    }
  });
  return Float32Array.from(df, (count) =>
    Math.sqrt(Math.log(1 + Math.max(concepts, 1) / Math.max(count, 1))),
  );
}

// Per-feature weights of one document: √tf · boost · idf divided by the norm of its part.
function documentWeights(
  parts: readonly number[][],
  { counts, boosts }: IndexDocument,
  idf: Float32Array,
): number[][] {
  return parts.map((part, p) => {
    const raw = part.map(
      (id, i) => Math.sqrt(counts?.[p]?.[i] ?? 1) * (boosts?.[p]?.[i] ?? 1) * (idf[id] ?? 0),
    );
    const norm = Math.sqrt(raw.reduce((sum, w) => sum + w * w, 0)) || 1;
    return raw.map((w) => w / norm);
  });
}

/** Builds the index of `documents`. */
export function buildFeatureIndex(documents: readonly IndexDocument[]): FeatureIndex {
  const featureIds = new Map<string, number>();
  const ids = internKeys(documents, featureIds);
  const featureCount = featureIds.size;
  const idf = conceptIdf(documents, ids, featureCount);
  const start = new Int32Array(featureCount + 1);
  for (const parts of ids)
    for (const part of parts) for (const id of part) start[id + 1] = (start[id + 1] ?? 0) + 1;
  for (let f = 0; f < featureCount; f++) start[f + 1] = (start[f + 1] ?? 0) + (start[f] ?? 0);
  const document = new Int32Array(start[featureCount] ?? 0);
  const weight = new Float32Array(document.length);
  const cursor = start.slice(0, featureCount);
  ids.forEach((parts, d) => {
    const weights = documentWeights(parts, documents[d] ?? { concept: 0, parts: [] }, idf);
    parts.forEach((part, p) =>
      part.forEach((id, i) => {
        const at = cursor[id] ?? 0;
        cursor[id] = at + 1;
        document[at] = d;
        weight[at] = weights[p]?.[i] ?? 0;
      }),
    );
  });
  const maxIdf = idf.reduce((max, value) => Math.max(max, value), 0);
  return {
    featureIds,
    idf,
    maxIdf,
    start,
    document,
    weight,
    concept: Int32Array.from(documents, (d) => d.concept),
  };
}
