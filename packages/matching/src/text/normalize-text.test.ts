import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';
import { normalizeText } from './normalize-text.js';
import { singularWord } from './singular.js';

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

  it('gives an empty string when nothing meaningful is left', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('  (H/F) CDI - 2024  ')).toBe('');
  });
});

describe('analyzeText', () => {
  it('gives each word once with its singular form and its stem in the language', () => {
    expect(analyzeText('Software developers, developer', 'en', 'title')).toEqual({
      words: ['software', 'developers', 'developer'],
      forms: ['software', 'developer'],
      stems: ['softwar', 'develop'],
    });
    expect(analyzeText('Conductrices de chariots', 'fr', 'title')).toEqual({
      words: ['conducteur', 'chariots'],
      forms: ['conducteur', 'chariot'],
      stems: ['conducteur', 'chariot'],
    });
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
