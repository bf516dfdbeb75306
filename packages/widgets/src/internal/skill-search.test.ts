import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../test/fixtures.js';
import { foldText, mergeSuggestions, searchSkills } from './skill-search.js';

describe('searchSkills', () => {
  it('finds skills by a prefix of any word of a label or synonym, accents and case ignored', () => {
    expect(searchSkills(TAXONOMY, 'ELEVAT', { locale: 'fr', limit: 5 }).map((s) => s.id)).toEqual([
      'skill-forklift',
    ]);
    const byAlt = searchSkills(TAXONOMY, 'cariste', { locale: 'fr', limit: 5 });
    expect(byAlt).toEqual([
      { id: 'skill-forklift', label: 'conduire un chariot élévateur', matched: 'cariste', score: 3.1 },
    ]);
    expect(searchSkills(TAXONOMY, 'weld', { locale: 'en', limit: 5 })[0]).toMatchObject({
      id: 'skill-weld',
      label: 'weld',
    });
  });

  it('ranks full matches before partial ones, and leaves excluded skills out', () => {
    const results = searchSkills(TAXONOMY, 'gérer chariot', { locale: 'fr', limit: 5 });
    expect(results.every((r) => r.score < 2)).toBe(true);
    expect(
      searchSkills(TAXONOMY, 'sou', { locale: 'fr', limit: 5, exclude: new Set(['skill-weld']) }),
    ).toEqual([]);
  });

  it('returns nothing for a text without letters or digits', () => {
    expect(searchSkills(TAXONOMY, ' ,;- ', { locale: 'fr', limit: 5 })).toEqual([]);
  });

  it('every result has each typed word starting a word of the matched label, or scores below 2', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('fr' as const, 'en' as const),
        (text, locale) => {
          const results = searchSkills(TAXONOMY, text, { locale, limit: 10 });
          const words = foldText(text).split(' ').filter(Boolean);
          for (const result of results) {
            if (result.score < 2) continue;
            const label = foldText(result.matched ?? result.label).split(' ');
            for (const word of words) expect(label.some((w) => w.startsWith(word))).toBe(true);
          }
          expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
        },
      ),
    );
  });
});

describe('mergeSuggestions', () => {
  it('puts typo-tolerant matches after full matches and before partial ones, once each', () => {
    const full = { id: 'a', label: 'A', score: 2.2 };
    const partial = { id: 'b', label: 'B', score: 0.5 };
    const fuzzy = [
      { id: 'c', label: 'C', score: 0.8 },
      { id: 'a', label: 'A', score: 0.7 },
    ];
    expect(mergeSuggestions([full, partial], fuzzy, 10).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(mergeSuggestions([full, partial], fuzzy, 2).map((s) => s.id)).toEqual(['a', 'c']);
  });
});
