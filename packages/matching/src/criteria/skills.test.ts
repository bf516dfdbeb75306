import type { SkillLevel } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { candidate, offer, project } from '../../test/pairs.js';
import { SKILLS, TAXONOMY } from '../../test/starter.js';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfigInput } from '../config/config.js';
import { holdsAllRequired, skillCoverage, skillCredit, skillsScore } from './skills.js';

const held = (...skills: Array<[id: string, level: SkillLevel]>) =>
  candidate({ skills: skills.map(([id, level]) => ({ id, level })) });

/** The credit a candidate holding `skills` earns for `asked` at `minLevel`. */
function credit(
  skills: Array<[string, SkillLevel]>,
  asked: string,
  minLevel: number,
  config: MatchingConfigInput = {},
) {
  const { candidate: c, context } = project(held(...skills), offer(), config);
  const number = context.skillNumber(asked);
  const group = context.skillGroup(number);
  const result = skillCredit(c, number, minLevel, group, context.config.skills);
  // The explanations' allocation-free reading must say the same as the scorer's.
  expect(skillCoverage(c, number, minLevel, group)).toBe(result[1]);
  return result;
}

describe('skillCredit', () => {
  it('forklift and reach truck share a skill group in the starter taxonomy', () => {
    expect(TAXONOMY.broader(SKILLS.forklift)).toEqual(['group:material-handling']);
    expect(TAXONOMY.broader(SKILLS.reachTruck)).toEqual(['group:material-handling']);
    expect(TAXONOMY.broader(SKILLS.pickOrders)).toEqual(['group:warehouse']);
  });

  it('gives 1 for a skill held at or above the level asked', () => {
    expect(credit([[SKILLS.forklift, 3]], SKILLS.forklift, 2)).toEqual([1, 'held']);
    expect(credit([[SKILLS.forklift, 2]], SKILLS.forklift, 2)).toEqual([1, 'held']);
  });

  it('gives 0.6 × held / asked below the level, never less than the related credit for a grouped skill', () => {
    const [value, how] = credit([[SKILLS.forklift, 3]], SKILLS.forklift, 4); // 0.6 × 3/4
    expect(how).toBe('below_level');
    expect(value).toBeCloseTo(0.45, 12);
    expect(credit([[SKILLS.forklift, 1]], SKILLS.forklift, 4)).toEqual([0.4, 'below_level']); // 0.15 < 0.4
    const [ungrouped] = credit([['sk-no-group', 1]], 'sk-no-group', 3); // no group: 0.6 × 1/3
    expect(ungrouped).toBeCloseTo(0.2, 12);
    const custom = { skills: { belowLevelCredit: 0.8, relatedCredit: 0.1 } };
    expect(credit([[SKILLS.forklift, 1]], SKILLS.forklift, 2, custom)).toEqual([0.4, 'below_level']);
  });

  it('gives the related credit (0.4) for a skill of the same group: reach truck for forklift', () => {
    expect(credit([[SKILLS.reachTruck, 1]], SKILLS.forklift, 2)).toEqual([0.4, 'related']);
    expect(credit([[SKILLS.reachTruck, 1]], SKILLS.forklift, 2, { skills: { relatedCredit: 0.25 } })).toEqual(
      [0.25, 'related'],
    );
  });

  it('gives 0 for a skill neither held nor related', () => {
    expect(credit([[SKILLS.pickOrders, 4]], SKILLS.forklift, 1)).toEqual([0, 'missing']);
    expect(credit([], SKILLS.forklift, 1)).toEqual([0, 'missing']);
    expect(credit([[SKILLS.forklift, 4]], 'sk-unknown', 1)).toEqual([0, 'missing']);
  });
});

describe('skillsScore', () => {
  const score = (skills: Array<[string, SkillLevel]>, o = offer(), config: MatchingConfigInput = {}) => {
    const pair = project(held(...skills), o, config);
    return skillsScore(pair.candidate, pair.offer, pair.context.config.skills);
  };

  it('weighs required skills 0.75 and wanted ones 0.25', () => {
    expect(
      score([
        [SKILLS.forklift, 3],
        [SKILLS.pickOrders, 2],
      ]),
    ).toBe(1);
    expect(score([[SKILLS.forklift, 3]])).toBe(0.75);
    expect(score([[SKILLS.pickOrders, 1]])).toBe(0.25);
    // Reach truck for forklift (0.4), nothing for order picking: 0.75 × 0.4.
    expect(score([[SKILLS.reachTruck, 2]])).toBeCloseTo(0.3, 12);
    // Forklift below the level (0.4) and stacking for order picking (related, 0.4).
    expect(
      score([
        [SKILLS.forklift, 1],
        [SKILLS.stackGoods, 1],
      ]),
    ).toBeCloseTo(0.4, 12);
    expect(score([[SKILLS.forklift, 3]], offer(), { skills: { requiredShare: 0.5 } })).toBe(0.5);
  });

  it('averages each list over its skills, and uses the wanted ones alone when none is required', () => {
    const wantedOnly = offer({
      requiredSkills: [],
      wantedSkills: [
        { id: SKILLS.pickOrders, minLevel: 1 },
        { id: SKILLS.packGoods, minLevel: 1 },
      ],
    });
    expect(score([[SKILLS.pickOrders, 2]], wantedOnly)).toBe(0.5);
    expect(score([[SKILLS.forklift, 2]], offer({ wantedSkills: [] }))).toBe(1);
  });

  it('does not apply (NaN) when the offer asks for no skill and has no known occupation', () => {
    const none = offer({ requiredSkills: [], wantedSkills: [], occupation: undefined });
    expect(score([[SKILLS.forklift, 2]], none)).toBeNaN();
  });
});

describe('holdsAllRequired', () => {
  it('asks for every must-have skill at any level', () => {
    const check = (skills: Array<[string, SkillLevel]>) => {
      const pair = project(held(...skills), offer());
      return holdsAllRequired(pair.candidate, pair.offer);
    };
    expect(check([[SKILLS.forklift, 1]])).toBe(true);
    expect(
      check([
        [SKILLS.reachTruck, 4],
        [SKILLS.pickOrders, 4],
      ]),
    ).toBe(false);
    expect(DEFAULT_MATCHING_CONFIG.constraints.mustHaveSkills.mode).toBe('off');
  });
});
