import { describe, expect, it } from 'vitest';
import { skillLabel, type LabelledReason, type TaxonomyLike } from './taxonomy-labels.js';

const taxonomy: TaxonomyLike = {
  skills: [{ id: 'sk-1', labels: { fr: { preferred: 'cariste' }, en: { preferred: 'forklift driving' } } }],
};
const reasons: LabelledReason[] = [
  { params: { skill: 'sk-2', labelFr: 'préparer des commandes', labelEn: 'pick orders' } },
  { params: { skill: 'sk-3', labelFr: '', labelEn: 'weld' } },
  { params: {} },
];

describe('skillLabel', () => {
  it('takes the taxonomy label when the widget has a taxonomy that knows the skill', () => {
    expect(skillLabel(taxonomy, 'sk-1', 'fr', reasons)).toBe('cariste');
    expect(skillLabel(taxonomy, 'sk-1', 'nl', reasons)).toBe('forklift driving');
  });

  it('else reads the label the engine wrote in the result’s reasons, in the widget’s language', () => {
    expect(skillLabel(undefined, 'sk-2', 'fr', reasons)).toBe('préparer des commandes');
    expect(skillLabel(taxonomy, 'sk-2', 'en', reasons)).toBe('pick orders');
    expect(skillLabel(undefined, 'sk-2', 'de', reasons)).toBe('pick orders');
  });

  it('falls back to the other language, then to the id', () => {
    expect(skillLabel(undefined, 'sk-3', 'fr', reasons)).toBe('weld');
    expect(skillLabel(undefined, 'sk-4', 'fr', reasons)).toBe('sk-4');
    expect(skillLabel(undefined, 'sk-4', 'fr')).toBe('sk-4');
  });
});
