import type { LanguageLevel } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { candidate, offer, project } from '../../test/pairs.js';
import { languageCredit, languagesScore, meetsRequiredLanguages } from './languages.js';

type Need = [code: string, level: LanguageLevel, required: boolean];

function pair(spoken: Array<[string, LanguageLevel]>, needs: Need[]) {
  return project(
    candidate({ languages: spoken.map(([code, level]) => ({ code, level })) }),
    offer({ languages: needs.map(([code, minLevel, required]) => ({ code, minLevel, required })) }),
  );
}

describe('languageCredit', () => {
  it('gives 1 at or above the level, half the ratio of CEFR ranks below it, 0 without the language', () => {
    const credit = (held: LanguageLevel | undefined, asked: LanguageLevel) => {
      const p = pair(held ? [['nl', held]] : [], [['nl', asked, false]]);
      return languageCredit(p.candidate, p.offer.languages[0] as (typeof p.offer.languages)[0]);
    };
    expect(credit('B2', 'B1')).toBe(1);
    expect(credit('native', 'C2')).toBe(1);
    expect(credit('B1', 'B1')).toBe(1);
    expect(credit('A2', 'B2')).toBe(0.25); // 0.5 × 2 / 4
    expect(credit('A1', 'C2')).toBeCloseTo(0.5 / 6, 12);
    expect(credit(undefined, 'A1')).toBe(0);
  });
});

describe('languagesScore', () => {
  it('averages the credit over the languages the offer names', () => {
    const p = pair(
      [
        ['fr', 'native'],
        ['nl', 'A2'],
      ],
      [
        ['fr', 'B1', true],
        ['nl', 'B2', false],
      ],
    );
    expect(languagesScore(p.candidate, p.offer)).toBe(0.625); // (1 + 0.25) / 2
  });

  it('does not apply (NaN) when the offer names no language', () => {
    const p = pair([['fr', 'native']], []);
    expect(languagesScore(p.candidate, p.offer)).toBeNaN();
  });
});

describe('meetsRequiredLanguages', () => {
  it('asks for every required language at its level, and ignores the others', () => {
    const meets = (spoken: Array<[string, LanguageLevel]>, needs: Need[]) => {
      const p = pair(spoken, needs);
      return meetsRequiredLanguages(p.candidate, p.offer);
    };
    expect(meets([['fr', 'B1']], [['fr', 'B1', true]])).toBe(true);
    expect(meets([['fr', 'A2']], [['fr', 'B1', true]])).toBe(false);
    expect(meets([], [['fr', 'A1', true]])).toBe(false);
    expect(meets([['fr', 'A1']], [['nl', 'C1', false]])).toBe(true);
  });
});
