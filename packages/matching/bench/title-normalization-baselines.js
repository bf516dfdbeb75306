// The two baselines of the title-normalisation benchmark, over every preferred and alternative label
// (French and English) of the taxonomy's occupations: plain fuse.js, and a character-3-gram TF-IDF cosine.
import Fuse from 'fuse.js';

/** Every label of every occupation: `{ text, occupationId }`. */
export function occupationLabels(taxonomy) {
  const labels = [];
  for (const occupation of taxonomy.occupations) {
    for (const locale of ['fr', 'en']) {
      const { preferred, alt } = occupation.labels[locale];
      for (const text of preferred === undefined ? alt : [preferred, ...alt]) {
        labels.push({ text, occupationId: occupation.id });
      }
    }
  }
  return labels;
}

// The first `k` distinct occupations of label hits, best first.
function distinctOccupations(hits, k) {
  const ids = [];
  for (const hit of hits) {
    if (!ids.includes(hit.occupationId)) ids.push(hit.occupationId);
    if (ids.length === k) break;
  }
  return ids;
}

/** Plain fuse.js over the labels, default options: `rank(title) → occupation ids`. */
export function createFuseBaseline(taxonomy, k = 10) {
  const fuse = new Fuse(occupationLabels(taxonomy), { keys: ['text'] });
  return (title) =>
    distinctOccupations(
      fuse.search(title.trim()).map((result) => result.item),
      k,
    );
}

// Character 3-grams of a lower-cased text padded with one space at each end.
function trigrams(text) {
  const padded = ` ${text.toLowerCase().trim().replace(/\s+/g, ' ')} `;
  const grams = new Set();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/**
 * Character-3-gram TF-IDF cosine over the labels (binary tf, idf = ln(labels / df), inverted index in
 * typed arrays); an occupation scores its best label: `rank(title) → occupation ids`.
 */
export function createTrigramBaseline(taxonomy, k = 10) {
  const labels = occupationLabels(taxonomy);
  const ids = new Map();
  const grams = labels.map((label) =>
    trigrams(label.text).map((g) => ids.get(g) ?? ids.set(g, ids.size).get(g)),
  );
  const df = new Float64Array(ids.size);
  for (const list of grams) for (const id of list) df[id] += 1;
  const idf = Float64Array.from(df, (count) => Math.log(labels.length / count));
  const start = new Int32Array(ids.size + 1);
  for (const list of grams) for (const id of list) start[id + 1] += 1;
  for (let g = 0; g < ids.size; g++) start[g + 1] += start[g];
  const postings = new Int32Array(start[ids.size]);
  const weights = new Float32Array(start[ids.size]);
  const cursor = start.slice(0, ids.size);
  grams.forEach((list, label) => {
    const norm = Math.hypot(...list.map((id) => idf[id])) || 1;
    for (const id of list) {
      postings[cursor[id]] = label;
      weights[cursor[id]++] = idf[id] / norm;
    }
  });
  const scores = new Float32Array(labels.length);
  return (title) => {
    scores.fill(0);
    const query = trigrams(title)
      .filter((g) => ids.has(g))
      .map((g) => ids.get(g));
    for (const id of query)
      for (let p = start[id]; p < start[id + 1]; p++) scores[postings[p]] += idf[id] * weights[p];
    const best = new Map();
    scores.forEach((score, label) => {
      if (score <= 0) return;
      const occupationId = labels[label].occupationId;
      if (score > (best.get(occupationId) ?? 0)) best.set(occupationId, score);
    });
    return [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([id]) => id);
  };
}
