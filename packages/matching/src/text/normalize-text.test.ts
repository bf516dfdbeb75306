import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';
import { normalizeText } from './normalize-text.js';
import { singularWord } from './singular.js';
import type { TextLocale } from './types.js';

describe('normalizeText', () => {
  it('drops gender markers, advert noise and repeated words, and unifies French feminine forms', () => {
    expect(normalizeText('Vendeuse (H/F) - CDI urgent')).toBe('vendeur');
    expect(normalizeText('Vendeur/Vendeuse temps plein')).toBe('vendeur');
    expect(normalizeText("Agent·e d'entretien")).toBe('agent entretien');
  });

  it('expands the abbreviations of the language it is told', () => {
    expect(normalizeText('Sr. Asst Mgr', { locale: 'en' })).toBe('assistant manager');
    expect(normalizeText('Resp. RH', { locale: 'fr' })).toBe('responsable ressources humain');
    expect(normalizeText('HR officer', { locale: 'en' })).toBe('human resources officer');
  });

  it('spells out abbreviations that hold a symbol before tokenizing', () => {
    expect(normalizeText('F&B Supervisor', { locale: 'en' })).toBe('food beverage supervisor');
    expect(normalizeText('C++ / C# developer', { locale: 'en' })).toBe('cplusplus csharp developer');
  });

  it('keeps advert words in skill phrases, dropping only grammatical words', () => {
    expect(normalizeText('travail de nuit', { kind: 'skill' })).toBe('travail nuit');
    expect(normalizeText('travail de nuit', { kind: 'title' })).toBe('travail');
  });

  it('drops a word that is advert noise in one language only in that language (stage: an internship)', () => {
    expect(normalizeText('Stage manager', { locale: 'en' })).toBe('stage manager');
    expect(normalizeText('Stage commercial', { locale: 'fr' })).toBe('commercial');
    expect(normalizeText('Urgent: stage technician (CDI)', { locale: 'en' })).toBe('stage technician');
  });

  it('gives an empty string when nothing meaningful is left', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('  (H/F) CDI - 2024  ')).toBe('');
  });
});

describe('analyzeText', () => {
  it('gives each word once with its singular form and its stem in the language', () => {
    expect(analyzeText('Software developers, developer', 'en', 'title')).toEqual({
      words: ['software', 'developers', 'developer'],
      roles: ['plain', 'head', 'plain'],
      forms: ['software', 'developer'],
      stems: ['softwar', 'develop'],
      formRoles: ['plain', 'head'],
      stemRoles: ['plain', 'head'],
    });
    expect(analyzeText('Conductrices de chariots', 'fr', 'title')).toEqual({
      words: ['conducteur', 'chariots'],
      roles: ['head', 'plain'],
      forms: ['conducteur', 'chariot'],
      stems: ['conducteur', 'chariot'],
      formRoles: ['head', 'plain'],
      stemRoles: ['head', 'plain'],
    });
  });

  it('reads the head word of the first phrase: the last in English, the first in French', () => {
    const roles = (text: string, locale: TextLocale) => {
      const { words, roles: found } = analyzeText(text, locale, 'title');
      return Object.fromEntries(words.map((word, i) => [word, found[i]]));
    };
    expect(roles('Physics teacher of secondary school', 'en')).toEqual({
      physics: 'plain',
      teacher: 'head',
      secondary: 'plain',
      school: 'plain',
    });
    expect(roles('Cashier, Food & Beverages', 'en')).toEqual({
      cashier: 'head',
      food: 'plain',
      beverages: 'plain',
    });
    expect(roles('Sales Manager - Retail / Outlet', 'en')).toMatchObject({
      manager: 'head',
      retail: 'plain',
    });
    expect(roles('Vendeuse en magasin (H/F)', 'fr')).toEqual({ vendeur: 'head', magasin: 'plain' });
  });

  it('marks bracketed words as asides and rank words as generic, in titles only', () => {
    const { words, roles } = analyzeText('Marketing Executive (Kuala Lumpur)', 'en', 'title');
    expect(words).toEqual(['marketing', 'executive', 'kuala', 'lumpur']);
    expect(roles).toEqual(['plain', 'generic', 'aside', 'aside']);
    // A word outside the brackets keeps its own role when the brackets repeat it.
    expect(analyzeText('Driver (driver for delivery)', 'en', 'title').roles).toEqual(['head', 'aside']);
    const skill = analyzeText('Java (computer programming) executive', 'en', 'skill');
    expect(new Set(skill.roles)).toEqual(new Set(['plain']));
  });

  it('keeps symbol abbreviations whole while reading phrases (c++, f&b)', () => {
    expect(analyzeText('C++ developer (f&b)', 'en', 'title').words).toEqual([
      'cplusplus',
      'developer',
      'food',
      'beverage',
    ]);
  });

  it('gives each form and stem the strongest role of its words', () => {
    const text = analyzeText('Drivers (driver)', 'en', 'title');
    expect(text.forms).toEqual(['driver']);
    expect(text.formRoles).toEqual(['head']);
  });
});

describe('analyzeText properties', () => {
  const arbText = fc.array(
    fc.constantFrom('sales', 'Executive', 'of', '(', ')', ',', ' - ', '/', 'vendeuse', 'de', 'teacher', 'x'),
    { maxLength: 8 },
  );
  it('gives the same words as normalizeText, roles parallel to them, and at most one head', () => {
    fc.assert(
      fc.property(arbText, fc.constantFrom<TextLocale>('fr', 'en'), (parts, locale) => {
        const text = analyzeText(parts.join(' '), locale, 'title');
        expect(text.words.join(' ')).toBe(normalizeText(parts.join(' '), { locale }));
        expect(text.roles).toHaveLength(text.words.length);
        expect(text.formRoles).toHaveLength(text.forms.length);
        expect(text.stemRoles).toHaveLength(text.stems.length);
        expect(text.roles.filter((role) => role === 'head').length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('singularWord', () => {
  it.each([
    ['en', 'companies', 'company'],
    ['en', 'boxes', 'boxe'],
    ['en', 'coaches', 'coach'],
    ['en', 'business', 'business'],
    ['en', 'analysis', 'analysis'],
    ['en', 'cooks', 'cook'],
    ['fr', 'travaux', 'traval'],
    ['fr', 'chevaux', 'cheval'],
    ['fr', 'vendeurs', 'vendeur'],
    ['fr', 'bus', 'bus'],
  ] as const)('in %s gives %s → %s', (locale, word, singular) => {
    expect(singularWord(word, locale)).toBe(singular);
  });
});
