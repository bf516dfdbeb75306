import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze-text.js';
import { withRankAliases } from './rank-word-aliases.js';

describe('withRankAliases', () => {
  it('adds the alias of an English rank word as a generic word, with its form and stem', () => {
    const read = withRankAliases(analyzeText('Marketing Executive', 'en', 'title'), 'en');
    expect(read.words).toEqual(['marketing', 'executive', 'assistant']);
    expect(read.roles).toEqual(['plain', 'generic', 'generic']);
    expect(read.forms.at(-1)).toBe('assistant');
    expect(read.stems.at(-1)).toBe('assist');
    expect(read.formRoles.at(-1)).toBe('generic');
    expect(read.stemRoles.at(-1)).toBe('generic');
  });

  it('adds an alias once, never one the title already has, and nothing to French readings', () => {
    expect(withRankAliases(analyzeText('Executive Officer', 'en', 'title'), 'en').words).toEqual([
      'executive',
      'officer',
      'assistant',
    ]);
    const assistant = analyzeText('Executive Assistant', 'en', 'title');
    expect(withRankAliases(assistant, 'en')).toBe(assistant);
    const french = analyzeText('Technician', 'fr', 'title');
    expect(withRankAliases(french, 'fr')).toBe(french);
  });
});
