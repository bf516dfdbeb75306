import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_CONFIG } from '../config/config.js';
import { groupBase, heldCredit, offerSkillTag, scoreBound, skillWeights } from './skill-bound.js';

const rules = DEFAULT_MATCHING_CONFIG.skills;

describe('scoreBound', () => {
  it('with no skill credit, is the share of the other criteria in the total weight', () => {
    expect(scoreBound(0, DEFAULT_MATCHING_CONFIG.weights)).toBeCloseTo(0.5, 8); // 0.5 / 1
    expect(scoreBound(0, { skills: 3, occupation: 1, geography: 0, languages: 0 })).toBeCloseTo(0.25, 8);
  });

  it('rises with the skill credit up to 1, and is 0 when nothing weighs anything', () => {
    expect(scoreBound(0.5, DEFAULT_MATCHING_CONFIG.weights)).toBeCloseTo(0.75, 8);
    expect(scoreBound(1, DEFAULT_MATCHING_CONFIG.weights)).toBeCloseTo(1, 8);
    expect(scoreBound(1, { skills: 0, occupation: 0, geography: 0, languages: 0 })).toBe(0);
  });
});

describe('skillWeights', () => {
  it('splits the required share among required skills and the rest among wanted ones', () => {
    const w = skillWeights(2, 4, rules);
    expect(w.required).toBeCloseTo(rules.requiredShare / 2, 12);
    expect(w.wanted).toBeCloseTo((1 - rules.requiredShare) / 4, 12);
    expect(2 * w.required + 4 * w.wanted).toBeCloseTo(1, 12);
  });

  it('gives the whole score to the only kind listed', () => {
    expect(skillWeights(3, 0, rules)).toEqual({ required: 1 / 3, wanted: 0 });
    expect(skillWeights(0, 4, rules)).toEqual({ required: 0, wanted: 0.25 });
  });
});

describe('heldCredit and groupBase', () => {
  it('credits a skill held at level fully, below level in proportion but never under the group credit', () => {
    expect(heldCredit(3, 2, 0.4, rules)).toBe(1);
    expect(heldCredit(1, 4, 0, rules)).toBeCloseTo(rules.belowLevelCredit / 4, 12);
    expect(heldCredit(1, 4, 0.4, rules)).toBe(0.4);
  });

  it('sums the group credit of the asked skills that have a group', () => {
    const w = skillWeights(2, 1, rules);
    expect(groupBase([5, -1], [7], w, rules)).toBeCloseTo((w.required + w.wanted) * rules.relatedCredit, 12);
    expect(groupBase([-1], [], skillWeights(1, 0, rules), rules)).toBe(0);
  });

  it('packs the minimum level, the group flag and the required flag of a posting apart', () => {
    expect(offerSkillTag(3, false, false)).toBe(3);
    expect(offerSkillTag(2, true, false)).toBe(2 | 8);
    expect(offerSkillTag(4, true, true)).toBe(4 | 8 | 16);
  });
});
