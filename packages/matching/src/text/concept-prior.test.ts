import { createStarterTaxonomy, type Concept } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { labelCount, labelCountPrior } from './concept-prior.js';

function concept(labels: number): Concept {
  const alt = Array.from({ length: Math.max(labels - 1, 0) }, (_, i) => `synonym ${i}`);
  return {
    id: `c${labels}`,
    kind: 'occupation',
    broader: [],
    labels: { fr: { alt: [] }, en: { preferred: 'label', alt } },
  };
}

describe('labelCountPrior', () => {
  it('counts preferred and alternative labels of both languages', () => {
    const [first] = createStarterTaxonomy().occupations;
    expect(first?.labels.fr.preferred).toBe('magasinier/magasinière');
    // 1 + 4 French, 1 + 3 English.
    expect(first === undefined ? 0 : labelCount(first)).toBe(9);
  });

  it('runs from 1 − weight to 1 on a log scale of the label count', () => {
    const prior = labelCountPrior([concept(1), concept(3), concept(15)], 0.2);
    expect(prior?.[2]).toBeCloseTo(1, 6);
    expect(prior?.[0]).toBeCloseTo(0.8 + (0.2 * Math.log(2)) / Math.log(16), 6);
    expect(prior?.[1]).toBeCloseTo(0.8 + (0.2 * Math.log(4)) / Math.log(16), 6);
  });

  it('is off for a weight of 0', () => {
    expect(labelCountPrior([concept(2)], 0)).toBeUndefined();
  });
});
