import { describe, expect, it } from 'vitest';
import { de } from './de.js';
import { en } from './en.js';
import { Formats } from './format.js';
import { fr } from './fr.js';
import { localeOf, TRANSLATIONS } from './locale.js';
import { nl } from './nl.js';
import type { Translation } from './translation.js';

/** Every leaf of a catalogue, as `path: kind` (string or function of n arguments). */
function shapeOf(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`];
  if (typeof value === 'string') return [`${path}: string`];
  if (Array.isArray(value)) return [`${path}: array/${value.length}`];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    path === '.vocab' && key !== 'skillLevels' && key !== 'native'
      ? [
          `${path}.${key}: ${Object.keys(child as object)
            .sort()
            .join(',')}`,
        ]
      : shapeOf(child, `${path}.${key}`),
  );
}

describe('catalogues', () => {
  it('give Dutch, German and English the same texts as French, arguments included', () => {
    for (const catalogue of [nl, de, en] as Translation[]) expect(shapeOf(catalogue)).toEqual(shapeOf(fr));
  });

  it('use the Belgian Intl locales', () => {
    expect(Object.values(TRANSLATIONS).map((t) => t.intlLocale)).toEqual([
      'fr-BE',
      'nl-BE',
      'de-BE',
      'en-BE',
    ]);
  });

  it('write plurals in each language', () => {
    expect(fr.matchList.selected(1)).toBe('1 sélectionné');
    expect(fr.matchList.selected(2)).toBe('2 sélectionnés');
    expect(en.skillPicker.suggestions(1)).toBe('1 suggestion');
    expect(nl.skillPicker.suggestions(3)).toBe('3 suggesties');
    expect(de.cards.durationMonths(1)).toBe('1 Monat');
  });
});

describe('localeOf', () => {
  it('reads the language of a lang value, French when unknown or empty', () => {
    expect(['nl-BE', 'DE', 'en_GB', 'fr', 'wa', '', null, undefined].map(localeOf)).toEqual([
      'nl',
      'de',
      'en',
      'fr',
      'fr',
      'fr',
      'fr',
      'fr',
    ]);
  });
});

describe('Formats', () => {
  const space = (text: string) => text.replace(/\s/g, ' ');
  it('formats numbers, shares and calendar days in Belgian French and Dutch', () => {
    const frBE = new Formats('fr-BE');
    expect(space(frBE.integer(1234))).toBe('1 234');
    expect(space(frBE.percent(0.473))).toBe('47 %');
    expect(frBE.decimal(12.45)).toBe('12,5');
    expect(frBE.points(0.734)).toBe('73');
    expect(frBE.date('2026-01-05')).toBe('5 janv. 2026');
    expect(new Formats('nl-BE').date('2026-03-01')).toBe('1 mrt 2026');
  });

  it('never shifts a day across time zones, and returns other text as it is', () => {
    expect(new Formats('en-BE').date('2025-12-31')).toContain('31');
    expect(new Formats('fr-BE').date('31/12/2025')).toBe('31/12/2025');
    expect(new Formats('fr-BE').date('2025-02-30')).toBe('2025-02-30');
  });
});
