import { describe, expect, it } from 'vitest';
import { parseTitleExperimentConfig, TITLE_METRIC_NAMES } from './config.js';

const VALID = {
  experiment: 'title-normalization',
  seed: 1,
  data: { titles: 'titles.csv' },
};

const issuesOf = (input: unknown) => {
  const parsed = parseTitleExperimentConfig(input);
  return parsed.ok ? [] : parsed.issues;
};

describe('parseTitleExperimentConfig', () => {
  it('fills in the defaults: the normaliser and both baselines, MRR@10 and recall@1/5/10, halves', () => {
    const parsed = parseTitleExperimentConfig(VALID);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.config.methods.map((m) => m.kind)).toEqual(['normalizer', 'trigram', 'fuse']);
    expect(parsed.config.metrics).toEqual(['mrr@10', 'recall@1', 'recall@5', 'recall@10']);
    expect(parsed.metrics[0]).toEqual({ name: 'mrr', k: 10 });
    expect(parsed.config).toMatchObject({ listLength: 10, halves: true, name: 'title normalisation' });
    expect(parsed.config.extraSynonyms).toBeUndefined();
    expect(
      parseTitleExperimentConfig({ ...VALID, extraSynonyms: {} }).ok &&
        (
          parseTitleExperimentConfig({ ...VALID, extraSynonyms: {} }) as {
            config: { extraSynonyms: unknown };
          }
        ).config.extraSynonyms,
    ).toEqual({ folds: 2, groupBy: 'normalized-title' });
  });

  it('rejects every problem at once, each with its path and what would be valid', () => {
    const issues = issuesOf({
      ...VALID,
      seed: 1.5,
      metrics: ['mrr@-3', 'precison@5', 'totalScore', 'recall@20'],
      methods: [
        { name: 'a', kind: 'normalizer' },
        { name: 'a', kind: 'trigram', fuzzy: false },
        { name: 'b', kind: 'bm25' },
      ],
      extraSynonyms: { folds: 1 },
      listLength: 10,
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath.seed).toBe('an integer (the same seed gives the same numbers)');
    expect(byPath['metrics[0]']).toBe('k must be a positive integer in mrr@k, got -3');
    expect(byPath['metrics[1]']).toContain('unknown metric "precison" (valid: precision@k, recall@k');
    expect(byPath['metrics[2]']).toContain('"totalScore" is not a metric of ranked titles (valid:');
    expect(byPath['methods[2].kind']).toContain('normalizer');
    expect(byPath['extraSynonyms.folds']).toBe('folds: an integer from 2 to 20');
    // Checks needing the whole configuration run once its fields are valid.
    const later = issuesOf({
      ...VALID,
      metrics: ['recall@20'],
      methods: [
        { name: 'a', kind: 'normalizer' },
        { name: 'a', kind: 'trigram', fuzzy: false },
      ],
    });
    expect(later).toEqual([
      { path: 'methods[1].name', message: '"a" is used twice: names must be unique' },
      { path: 'methods[1].fuzzy', message: 'only for kind "normalizer"' },
      { path: 'metrics[0]', message: 'k = 20 exceeds listLength (10): raise listLength or lower k' },
    ]);
  });

  it('rejects a negative list length, an unknown field and a missing titles file name', () => {
    const issues = issuesOf({ ...VALID, listLength: -2, colour: 'blue', data: {} });
    expect(issues.map((i) => i.path).sort()).toEqual(['(root)', 'data.titles', 'listLength']);
    expect(issues.find((i) => i.path === 'listLength')!.message).toBe('listLength: a positive integer');
  });

  it('offers the ranking metrics, catalogue coverage and exposure, not the assignment ones', () => {
    expect(TITLE_METRIC_NAMES).toEqual(
      expect.arrayContaining(['mrr', 'recall', 'hitRate', 'ndcg', 'coverage', 'exposureGini']),
    );
    expect(TITLE_METRIC_NAMES).not.toContain('totalScore');
    expect(TITLE_METRIC_NAMES).not.toContain('applicantsPerPosition');
  });
});
