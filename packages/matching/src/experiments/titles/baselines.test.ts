import { createStarterTaxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { createFuseTitleBaseline, createTrigramTitleBaseline, occupationLabels } from './baselines.js';

const taxonomy = createStarterTaxonomy();
const idOf = (label: string) => taxonomy.occupations.find((o) => o.labels.en.preferred === label)!.id;

describe('the title baselines', () => {
  it('list every label of every occupation, French and English', () => {
    const labels = occupationLabels(taxonomy);
    expect(labels).toContainEqual({ text: 'forklift driver', occupationId: idOf('forklift operator') });
    expect(labels).toContainEqual({ text: 'cariste', occupationId: idOf('forklift operator') });
    expect(new Set(labels.map((l) => l.occupationId)).size).toBe(taxonomy.occupationCount);
  });

  it('3-gram cosine: a label as written comes first, each occupation once, at most k, nothing for no shared 3-gram', () => {
    const rank = createTrigramTitleBaseline(taxonomy, 3);
    const ranked = rank('Forklift Driver');
    expect(ranked[0]).toBe(idOf('forklift operator'));
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(new Set(ranked).size).toBe(ranked.length);
    expect(rank('qqq')).toEqual([]);
    // The scratch arrays are cleared between calls: the same title gives the same list.
    expect(rank('Forklift Driver')).toEqual(ranked);
  });

  it('fuse.js: a label as written comes first', () => {
    expect(createFuseTitleBaseline(taxonomy, 5)('window cleaner')[0]).toBe(idOf('window cleaner'));
  });

  it('reject a k that is not a positive integer', () => {
    expect(() => createTrigramTitleBaseline(taxonomy, 0)).toThrow(RangeError);
    expect(() => createFuseTitleBaseline(taxonomy, 1.5)).toThrow(/positive integer/);
  });
});
