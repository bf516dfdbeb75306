// The two baselines the title normaliser is compared with, over every preferred and alternative label (French
// and English) of a taxonomy's occupations: plain fuse.js, and a character-3-gram TF-IDF cosine.
import type { Taxonomy } from '@passerelle/core';
import Fuse from 'fuse.js';
import { TEXT_LOCALES } from '../../text/types.js';

/** A title → occupation ids, best first: what the title-normalisation experiment evaluates. */
export type TitleRanker = (title: string) => readonly string[];

/** One label of an occupation. */
export interface OccupationLabel {
  readonly text: string;
  readonly occupationId: string;
}

/** Every label of every occupation: French then English, preferred first, occupations in taxonomy order. */
export function occupationLabels(taxonomy: Taxonomy): OccupationLabel[] {
  const labels: OccupationLabel[] = [];
  for (const occupation of taxonomy.occupations) {
    for (const locale of TEXT_LOCALES) {
      const { preferred, alt } = occupation.labels[locale];
      for (const text of preferred === undefined ? alt : [preferred, ...alt]) {
        labels.push({ text, occupationId: occupation.id });
      }
    }
  }
  return labels;
}

function checkK(k: number, caller: string): void {
  if (!Number.isInteger(k) || k <= 0) {
    throw new RangeError(`${caller}: k must be a positive integer, got ${String(k)}.`);
  }
}

/**
 * Plain fuse.js over the labels with its default options (a baseline: slow, about two titles a second over full
 * ESCO): the occupations of the best-scoring labels, each once, the first `k`.
 *
 * @throws RangeError when `k` is not a positive integer.
 */
export function createFuseTitleBaseline(taxonomy: Taxonomy, k = 10): TitleRanker {
  checkK(k, 'createFuseTitleBaseline');
  const fuse = new Fuse(occupationLabels(taxonomy), { keys: ['text'] });
  return (title) => {
    const ids: string[] = [];
    for (const { item } of fuse.search(title.trim())) {
      if (!ids.includes(item.occupationId)) ids.push(item.occupationId);
      if (ids.length === k) break;
    }
    return ids;
  };
}

// The distinct character 3-grams of a text lower-cased, its spaces collapsed and one space added at each end.
function trigrams(text: string): string[] {
  const padded = ` ${text.toLowerCase().trim().replace(/\s+/g, ' ')} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}

/**
 * A character-3-gram TF-IDF cosine over the labels (binary term frequency, idf = ln(labels / labels with the
 * 3-gram), inverted index on typed arrays); an occupation scores its best label; ties keep the taxonomy's order.
 * Returns the first `k` occupations with a positive score.
 *
 * @throws RangeError when `k` is not a positive integer.
 */
export function createTrigramTitleBaseline(taxonomy: Taxonomy, k = 10): TitleRanker {
  checkK(k, 'createTrigramTitleBaseline');
  const labels = occupationLabels(taxonomy);
  const gramIds = new Map<string, number>();
  const idOf = (gram: string): number => {
    let id = gramIds.get(gram);
    if (id === undefined) gramIds.set(gram, (id = gramIds.size));
    return id;
  };
  const grams = labels.map((label) => trigrams(label.text).map(idOf));
  const size = gramIds.size;
  const df = new Float64Array(size);
  for (const list of grams) for (const id of list) df[id] = (df[id] as number) + 1;
  const idf = Float64Array.from(df, (count) => Math.log(labels.length / count));
  // Postings by 3-gram (compressed sparse rows): the labels holding it and its weight there.
  const start = new Int32Array(size + 1);
  for (const list of grams) for (const id of list) start[id + 1] = (start[id + 1] as number) + 1;
  for (let g = 0; g < size; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const postings = new Int32Array(start[size] as number);
  const weights = new Float32Array(start[size] as number);
  const cursor = start.slice(0, size);
  grams.forEach((list, label) => {
    const norm = Math.hypot(...list.map((id) => idf[id] as number)) || 1;
    for (const id of list) {
      const at = (cursor[id] as number)++;
      postings[at] = label;
      weights[at] = (idf[id] as number) / norm;
    }
  });
  const occupationOf = Int32Array.from(labels, (label) => taxonomy.occupationIndex(label.occupationId) ?? 0);
  const scores = new Float32Array(labels.length);
  const best = new Float32Array(taxonomy.occupationCount);
  const touched: number[] = [];
  return (title) => {
    for (const id of trigrams(title)) {
      const g = gramIds.get(id);
      if (g === undefined) continue;
      const weight = idf[g] as number;
      for (let p = start[g] as number; p < (start[g + 1] as number); p++) {
        const label = postings[p] as number;
        if (scores[label] === 0) touched.push(label);
        scores[label] = (scores[label] as number) + weight * (weights[p] as number);
      }
    }
    const occupations: number[] = [];
    for (const label of touched) {
      const score = scores[label] as number;
      scores[label] = 0;
      if (!(score > 0)) continue;
      const occupation = occupationOf[label] as number;
      if (best[occupation] === 0) occupations.push(occupation);
      if (score > (best[occupation] as number)) best[occupation] = score;
    }
    touched.length = 0;
    occupations.sort((a, b) => (best[b] as number) - (best[a] as number) || a - b);
    const ranked = occupations.slice(0, k).map((o) => taxonomy.occupationIdAt(o));
    for (const o of occupations) best[o] = 0;
    return ranked;
  };
}
