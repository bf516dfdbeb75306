import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_CONFIG, resolveMatchingConfig, type MatchingConfigInput } from './config.js';

describe('resolveMatchingConfig', () => {
  it('fills every default, and the defaults are frozen', () => {
    expect(resolveMatchingConfig()).toEqual(DEFAULT_MATCHING_CONFIG);
    expect(DEFAULT_MATCHING_CONFIG.weights).toEqual({
      skills: 0.5,
      occupation: 0.15,
      geography: 0.25,
      languages: 0.1,
    });
    expect(DEFAULT_MATCHING_CONFIG.constraints.commute).toEqual({ mode: 'hard', penalty: 0.5 });
    expect(DEFAULT_MATCHING_CONFIG.constraints.mustHaveSkills).toEqual({ mode: 'off', penalty: 0.3 });
    expect(DEFAULT_MATCHING_CONFIG.geography.car).toEqual({ speedKmh: 55, detour: 1.3, overheadMinutes: 5 });
    expect(Object.isFrozen(DEFAULT_MATCHING_CONFIG)).toBe(true);
  });

  it('keeps the defaults of the fields a partial configuration leaves out', () => {
    const config = resolveMatchingConfig({
      weights: { skills: 2 },
      constraints: { schedule: { mode: 'hard' } },
      geography: { car: { speedKmh: 40 } },
    });
    expect(config.weights).toEqual({ skills: 2, occupation: 0.15, geography: 0.25, languages: 0.1 });
    expect(config.constraints.schedule).toEqual({ mode: 'hard', penalty: 0.3 });
    expect(config.geography.car).toEqual({ speedKmh: 40, detour: 1.3, overheadMinutes: 5 });
  });

  it.each<[string, MatchingConfigInput, string]>([
    ['a negative weight', { weights: { skills: -1 } }, 'weights.skills'],
    ['a weight over 100', { weights: { geography: 101 } }, 'weights.geography'],
    ['a weight that is not a number', { weights: { languages: '0.1' as never } }, 'weights.languages'],
    ['NaN as a weight', { weights: { occupation: Number.NaN } }, 'weights.occupation'],
    [
      'an unknown mode',
      { constraints: { licence: { mode: 'strict' as never } } },
      'constraints.licence.mode',
    ],
    ['a penalty over 1', { constraints: { hours: { penalty: 1.5 } } }, 'constraints.hours.penalty'],
    ['a zero speed', { geography: { walk: { speedKmh: 0 } } }, 'geography.walk.speedKmh'],
    ['a fractional grace', { availabilityGraceDays: 1.5 }, 'availabilityGraceDays'],
  ])('rejects %s with a RangeError naming the field', (_name, input, field) => {
    expect(() => resolveMatchingConfig(input)).toThrow(RangeError);
    expect(() => resolveMatchingConfig(input)).toThrow(field);
  });

  it('names every bad field at once', () => {
    expect(() => resolveMatchingConfig({ weights: { skills: -1, geography: -2 } })).toThrow(
      /weights\.skills.*weights\.geography/,
    );
  });
});
