import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_CONFIG } from '../config/config.js';
import { boundWithoutSkills } from './bound.js';

describe('boundWithoutSkills', () => {
  it('is the share of the other criteria in the total weight', () => {
    expect(boundWithoutSkills(DEFAULT_MATCHING_CONFIG.weights)).toBeCloseTo(0.5, 12); // 0.5 / 1
    expect(boundWithoutSkills({ skills: 3, occupation: 1, geography: 0, languages: 0 })).toBe(0.25);
  });

  it('is 1 when skills weigh nothing, and 0 when nothing weighs anything', () => {
    expect(boundWithoutSkills({ skills: 0, occupation: 1, geography: 1, languages: 0 })).toBe(1);
    expect(boundWithoutSkills({ skills: 0, occupation: 0, geography: 0, languages: 0 })).toBe(0);
  });
});
