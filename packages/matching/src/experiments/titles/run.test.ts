import { createStarterTaxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { ExperimentConfigError } from '../config.js';
import type { ExperimentClock } from './evaluate.js';
import { randomFolds } from './folds.js';
import { titleNormalizationMarkdown } from './report.js';
import { runTitleNormalizationExperiment } from './run.js';

const taxonomy = createStarterTaxonomy();
const idOf = (label: string) => taxonomy.occupations.find((o) => o.labels.en.preferred === label)!.id;

function countingClock(): ExperimentClock {
  let t = 0;
  return { kind: 'wall', now: () => (t += 1) };
}

// Hand-made: four titles written as an English label of their occupation (rank 1 for the normaliser and the
// 3-gram cosine), two with no word any label has (nothing listed), one labelled with an occupation the taxonomy
// lacks (left out).
const ROWS = [
  { title: 'Window Cleaner', occupationId: idOf('window cleaner') },
  { title: 'cashier', occupationId: idOf('cashier') },
  { title: 'Forklift Driver', occupationId: idOf('forklift operator') },
  { title: 'bricklayer', occupationId: idOf('bricklayer') },
  { title: 'zorblax', occupationId: idOf('cook') },
  { title: 'qwxzv', occupationId: idOf('receptionist') },
  { title: 'astronaut', occupationId: 'not-in-the-taxonomy' },
];

const CONFIG = {
  experiment: 'title-normalization',
  name: 'starter',
  seed: 5,
  data: { titles: 'titles.csv' },
  locale: 'en',
  halves: false,
  methods: [
    { name: 'normaliser', kind: 'normalizer', fuzzy: false },
    { name: '3-grams', kind: 'trigram' },
  ],
};

describe('runTitleNormalizationExperiment', () => {
  const result = runTitleNormalizationExperiment(CONFIG, { rows: ROWS, taxonomy, clock: countingClock() });

  it('gives MRR and recall as computed by hand, and leaves out titles of unknown occupations', () => {
    expect(result.data).toEqual({
      titles: 7,
      unknownOccupation: 1,
      rejectedRows: 0,
      evaluated: 6,
      labelledOccupations: 6,
      occupations: taxonomy.occupationCount,
    });
    const normaliser = result.rows.find((row) => row.method === 'normaliser')!;
    // Four titles at rank 1, two with no result: 4 / 6 for every metric.
    expect(normaliser).toMatchObject({ subset: 'all', titles: 6 });
    for (const metric of ['mrr@10', 'recall@1', 'recall@5', 'recall@10']) {
      expect(normaliser.values[metric]).toBeCloseTo(4 / 6, 12);
    }
    expect(result.rows.map((row) => row.method)).toEqual(['normaliser', '3-grams']);
    expect(result.builds.map((b) => b.method)).toEqual(['normaliser', '3-grams']);
  });

  it('gives the same numbers for the same configuration and seed', () => {
    const again = runTitleNormalizationExperiment(CONFIG, { rows: ROWS, taxonomy, clock: countingClock() });
    expect(again).toEqual(result);
  });

  it('reports each method on the two seeded halves too, and samples a method to its maxTitles', () => {
    const halves = runTitleNormalizationExperiment(
      {
        ...CONFIG,
        halves: true,
        methods: [
          { name: 'n', kind: 'normalizer', fuzzy: false },
          { name: 'f', kind: 'fuse', maxTitles: 2, halves: false },
        ],
      },
      { rows: ROWS, taxonomy },
    );
    expect(halves.rows.map((row) => [row.subset, row.method, row.titles])).toEqual([
      ['all', 'n', 6],
      ['half 1', 'n', 3],
      ['half 2', 'n', 3],
      ['all', 'f', 2],
    ]);
    const [, first, second] = halves.rows;
    // The halves' MRRs average to the whole set's (equal halves).
    expect(((first!.values['mrr@10'] as number) + (second!.values['mrr@10'] as number)) / 2).toBeCloseTo(
      4 / 6,
      12,
    );
  });

  it('reports progress up to the planned total of titles', () => {
    const events: { phase: string; done: number; total: number }[] = [];
    runTitleNormalizationExperiment(
      { ...CONFIG, extraSynonyms: { folds: 2 } },
      {
        rows: ROWS,
        taxonomy,
        onProgress: (p) => events.push(p),
      },
    );
    const last = events[events.length - 1]!;
    expect(last).toMatchObject({ phase: 'done', done: 18, total: 18 });
    expect(events.every((e) => e.total === 18 && e.done <= 18)).toBe(true);
  });

  it('writes a Markdown table per set and method, and the synonyms apart', () => {
    const markdown = titleNormalizationMarkdown(
      runTitleNormalizationExperiment({ ...CONFIG, extraSynonyms: { folds: 2 } }, { rows: ROWS, taxonomy }),
    );
    expect(markdown).toContain('# starter');
    expect(markdown).toContain('| all | normaliser | 6 | 0.667 | 0.667 | 0.667 | 0.667 |');
    expect(markdown).toContain('1 with an occupation the taxonomy lacks left out');
    expect(markdown).toContain('## With labelled titles as extra synonyms');
    expect(markdown).toContain("no evaluated title's words are among its synonyms");
  });

  it('rejects a bad configuration before any work, and missing rows or taxonomy', () => {
    let ranked = 0;
    const bad = () =>
      runTitleNormalizationExperiment(
        { ...CONFIG, seed: 'seven', metrics: ['mrr@0'] },
        { rows: ROWS, taxonomy, onProgress: () => ranked++ },
      );
    expect(bad).toThrow(ExperimentConfigError);
    expect(bad).toThrow(/seed: .*\nmetrics\[0\]: k must be a positive integer/);
    expect(ranked).toBe(0);
    expect(() => runTitleNormalizationExperiment(CONFIG, { taxonomy } as never)).toThrow(TypeError);
  });
});

describe('labelled titles as extra synonyms', () => {
  // Two copies of a made-up title labelled as cook: split between folds, each finds the other among the
  // synonyms and ranks cook first (a leak); kept together, neither can.
  const rows = [
    { title: 'Zorblax', occupationId: idOf('cook') },
    { title: 'zorblax (m/f)', occupationId: idOf('cook') },
    { title: 'cashier', occupationId: idOf('cashier') },
    { title: 'bricklayer', occupationId: idOf('bricklayer') },
  ];
  const config = (groupBy: string, seed: number) => ({
    ...CONFIG,
    seed,
    methods: [{ name: 'normaliser', kind: 'normalizer', fuzzy: false }],
    extraSynonyms: { folds: 2, groupBy, fuzzy: false },
  });
  // A seed whose random halves split the two copies.
  const seed = Array.from({ length: 50 }, (_, s) => s).find((s) => {
    const [first] = randomFolds(rows, 2, s).folds;
    return first!.filter((row) => row.title.toLowerCase().startsWith('zorblax')).length === 1;
  })!;

  it('leak when cut at random: the evaluated title is among the synonyms (MRR 4/4 by hand)', () => {
    const { extraSynonyms } = runTitleNormalizationExperiment(config('none', seed), { rows, taxonomy });
    expect(extraSynonyms!.all.titlesAmongSynonyms).toBe(2);
    expect(extraSynonyms!.all.values['mrr@10']).toBe(1);
  });

  it('do not leak when grouped by normalised title: the made-up titles find nothing (MRR 2/4 by hand)', () => {
    const { extraSynonyms } = runTitleNormalizationExperiment(config('normalized-title', seed), {
      rows,
      taxonomy,
    });
    expect(extraSynonyms).toMatchObject({ folds: 2, groupBy: 'normalized-title', groups: 3 });
    expect(extraSynonyms!.all.titlesAmongSynonyms).toBe(0);
    expect(extraSynonyms!.all.values['mrr@10']).toBe(0.5);
    const perFold = extraSynonyms!.perFold;
    expect(perFold.map((fold) => fold.titles).reduce((a, b) => a + b)).toBe(4);
    for (const fold of perFold) {
      expect(fold.synonymsGiven).toBe(4 - fold.titles);
      expect(fold.titlesAmongSynonyms).toBe(0);
    }
  });
});
