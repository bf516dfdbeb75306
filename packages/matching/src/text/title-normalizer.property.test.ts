import fc from 'fast-check';
import { createStarterTaxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize-text.js';
import { createTitleNormalizer } from './title-normalizer.js';
import type { OccupationMatch, TextLocale } from './types.js';

const taxonomy = createStarterTaxonomy();
const normalizer = createTitleNormalizer(taxonomy);

interface Label {
  readonly occupationId: string;
  readonly text: string;
  readonly locale: TextLocale;
  readonly isPreferred: boolean;
}

/** Every label of every starter occupation, French and English, preferred and alternative. */
const LABELS: readonly Label[] = taxonomy.occupations.flatMap((occupation) =>
  (['fr', 'en'] as const).flatMap((locale) => {
    const { preferred, alt } = occupation.labels[locale];
    return [...(preferred === undefined ? [] : [preferred]), ...alt].map((text, i) => ({
      occupationId: occupation.id,
      text,
      locale,
      isPreferred: i === 0 && preferred !== undefined,
    }));
  }),
);
const WORDS = [...new Set(LABELS.flatMap((label) => label.text.split(/[\s/]+/)))];
const NOISE = [
  '(H/F)',
  'H/F/X',
  'CDI',
  'urgent',
  'temps plein',
  '- full time',
  'Urgently hiring',
  '(m/w/d)',
  'Senior',
];

const arbLocale = fc.constantFrom<TextLocale | undefined>(undefined, 'fr', 'en');
/** Titles made of label words, noise, digits and punctuation, or any text at all. */
const arbTitle = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...WORDS),
        fc.constantFrom(...NOISE),
        fc.constantFrom('-', '/', '(', ')', '&', '42'),
      ),
      {
        maxLength: 6,
      },
    )
    .map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
/** The same text with its accents dropped and its letters in random case. */
const arbRecased = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((upper) =>
      [...text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
        .map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()))
        .join(''),
    );

function expectWellFormed(matches: readonly OccupationMatch[], k: number): void {
  expect(matches.length).toBeLessThanOrEqual(k);
  expect(new Set(matches.map((match) => match.occupationId)).size).toBe(matches.length);
  matches.forEach((match, i) => {
    expect(taxonomy.occupation(match.occupationId)).toBeDefined();
    expect(match.score).toBeGreaterThan(0);
    expect(match.score).toBeLessThanOrEqual(1);
    if (i > 0) expect(match.score).toBeLessThanOrEqual(matches[i - 1]?.score ?? 1);
    expect(match.isExtraSynonym).toBe(false);
  });
}

describe('normalizeTitle properties (starter taxonomy)', () => {
  it('gives at most k distinct occupations, scores in (0, 1] and non-increasing, for any text', () => {
    fc.assert(
      fc.property(arbTitle, fc.integer({ min: 1, max: 40 }), arbLocale, (title, k, locale) => {
        expectWellFormed(normalizer.normalizeTitle(title, locale === undefined ? { k } : { k, locale }), k);
      }),
    );
  });

  it('is deterministic: the same answer twice, whatever was asked in between, and from a second normaliser', () => {
    const other = createTitleNormalizer(taxonomy);
    fc.assert(
      fc.property(arbTitle, arbTitle, fc.integer({ min: 1, max: 10 }), (title, between, k) => {
        const first = normalizer.normalizeTitle(title, { k });
        normalizer.normalizeTitle(between, { k: 20 });
        expect(normalizer.normalizeTitle(title, { k })).toEqual(first);
        expect(other.normalizeTitle(title, { k })).toEqual(first);
      }),
    );
  });

  it('ignores case and accents', () => {
    const arbPair = arbTitle.chain((title) => arbRecased(title).map((recased) => [title, recased] as const));
    fc.assert(
      fc.property(arbPair, arbLocale, ([title, recased], locale) => {
        const options = locale === undefined ? { k: 5 } : { k: 5, locale };
        expect(normalizer.normalizeTitle(recased, options)).toEqual(
          normalizer.normalizeTitle(title, options),
        );
      }),
    );
  });

  // A label typed as is scores 1 when it has the words (in any order) of its occupation's preferred
  // label or of one side of it (`vendeur/vendeuse`), and at least the alternative-label factor, 0.9,
  // otherwise (its other labels may raise it).
  const wordsKey = (text: string, locale: TextLocale) =>
    normalizeText(text, { locale }).split(' ').sort().join(' ');
  const exactScore = (label: Label) => {
    const key = wordsKey(label.text, label.locale);
    const asPreferred = LABELS.some(
      (other) =>
        other.isPreferred &&
        other.occupationId === label.occupationId &&
        other.locale === label.locale &&
        [other.text, ...other.text.split('/')].some((side) => wordsKey(side, label.locale) === key),
    );
    return asPreferred ? 1 : 0.9;
  };

  it('finds each label’s own occupation with score 1 (at least 0.9 for an alternative label), in any case and with noise', () => {
    const arbQuery = fc
      .tuple(fc.constantFrom(...LABELS), fc.subarray(NOISE, { maxLength: 3 }))
      .chain(([label, noise]) =>
        arbRecased([label.text, ...noise].join(' ')).map((text) => ({ label, text })),
      );
    fc.assert(
      fc.property(arbQuery, ({ label, text }) => {
        const matches = normalizer.normalizeTitle(text, { k: 5, locale: label.locale });
        const own = matches.find((match) => match.occupationId === label.occupationId);
        expect(own?.score).toBeGreaterThanOrEqual(exactScore(label) - 1e-6);
        if (!label.isPreferred) return;
        // A preferred label's occupation comes first; ties at 1 only where two occupations share a
        // label once normalised (technicien·ne de surface).
        expect(matches[0]?.score).toBe(1);
        if (matches[0]?.occupationId !== label.occupationId) {
          const first = taxonomy.occupation(matches[0]?.occupationId ?? '');
          const key = normalizeText(label.text, { locale: label.locale });
          const firstKeys = LABELS.filter((other) => other.occupationId === first?.id).map((other) =>
            normalizeText(other.text, { locale: other.locale }),
          );
          expect(firstKeys).toContain(key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on both gendered forms of every French preferred label', () => {
    const pairs = taxonomy.occupations.flatMap((occupation) => {
      const sides = occupation.labels.fr.preferred?.split('/') ?? [];
      return sides.length === 2 ? [{ occupationId: occupation.id, sides }] : [];
    });
    expect(pairs.length).toBeGreaterThan(20);
    for (const { occupationId, sides } of pairs) {
      const [masculine = '', feminine = ''] = sides;
      const results = [masculine, feminine, `${masculine} (H/F)`].map((title) =>
        normalizer.normalizeTitle(title, { k: 3, locale: 'fr' }),
      );
      for (const matches of results) expect(matches[0]?.occupationId, masculine).toBe(occupationId);
      // The same best match, label and score included; the tail may differ a little, since the English
      // reading of the words (`assistante`, `assistant`) still counts, for less.
      if (normalizeText(masculine) === normalizeText(feminine))
        expect(results[1]?.[0], feminine).toEqual(results[0]?.[0]);
      expect(results[2]).toEqual(results[0]);
    }
  });

  it('throws a RangeError naming options.k for any k that is not a positive integer', () => {
    const arbBadK = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double().filter((k) => !Number.isInteger(k) || k <= 0),
    );
    fc.assert(
      fc.property(arbTitle, arbBadK, (title, k) => {
        expect(() => normalizer.normalizeTitle(title, { k })).toThrow(RangeError);
        expect(() => normalizer.normalizeTitle(title, { k })).toThrow(/options\.k/);
      }),
    );
  });
});
