import fc from 'fast-check';
import { createStarterTaxonomy, type Taxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { createSkillNormalizer } from './skill-normalizer.js';
import type { TextLocale } from './types.js';

const taxonomy = createStarterTaxonomy();
const normalizer = createSkillNormalizer(taxonomy);

function skill(label: string): string {
  const found = taxonomy.skills.find((concept) => concept.labels.en.preferred === label);
  if (found === undefined) throw new RangeError(`No starter skill is labelled "${label}".`);
  return found.id;
}

const FORKLIFT = skill('operate forklift');
const LABELS = taxonomy.skills.flatMap((concept) =>
  (['fr', 'en'] as const).flatMap((locale) => {
    const { preferred, alt } = concept.labels[locale];
    return [...(preferred === undefined ? [] : [preferred]), ...alt].map((text) => ({
      skillId: concept.id,
      text,
      locale,
    }));
  }),
);
const WORDS = [...new Set(LABELS.flatMap((label) => label.text.split(/\s+/)))];

describe('createSkillNormalizer on the starter taxonomy', () => {
  it('finds a skill from a French or an English phrase, with the label that matched', () => {
    expect(normalizer.normalizeSkill('Conduite de chariot élévateur', { k: 1 })[0]).toEqual({
      skillId: FORKLIFT,
      score: 1,
      matchedLabel: 'conduite de chariot élévateur',
      locale: 'fr',
    });
    expect(normalizer.normalizeSkill('forklift driving', { k: 1, locale: 'en' })[0]?.skillId).toBe(FORKLIFT);
    expect(normalizer.normalizeSkill('chariot elevateur', { k: 1 })[0]).toMatchObject({
      skillId: FORKLIFT,
      locale: 'fr',
    });
  });

  it('keeps the advert words that titles drop (`level`)', () => {
    expect(normalizer.normalizeSkill('monitor stock level', { k: 1, locale: 'en' })[0]).toMatchObject({
      skillId: skill('monitor stock level'),
      score: 1,
    });
    expect(normalizer.normalizeSkill('level', { k: 1, locale: 'en' })[0]?.matchedLabel).toBe(
      'monitor stock level',
    );
  });

  it('gives no match for a phrase with only grammatical words, and checks its arguments', () => {
    expect(normalizer.normalizeSkill(' de la ', { k: 3 })).toEqual([]);
    expect(() => normalizer.normalizeSkill('forklift', { k: 0 })).toThrow(
      /normalizeSkill: options\.k must be a positive integer/,
    );
    expect(() => normalizer.normalizeSkill(null as never, { k: 2 })).toThrow(TypeError);
    expect(() => createSkillNormalizer(undefined as unknown as Taxonomy)).toThrow(
      /createSkillNormalizer: taxonomy must be a Taxonomy/,
    );
  });
});

describe('normalizeSkill properties (starter taxonomy)', () => {
  const arbLocale = fc.constantFrom<TextLocale | undefined>(undefined, 'fr', 'en');
  const arbPhrase = fc.oneof(
    fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }).map((words) => words.join(' ')),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );

  it('gives at most k distinct skills with scores in (0, 1], non-increasing, deterministically', () => {
    fc.assert(
      fc.property(
        arbPhrase,
        arbPhrase,
        fc.integer({ min: 1, max: 30 }),
        arbLocale,
        (phrase, between, k, locale) => {
          const options = locale === undefined ? { k } : { k, locale };
          const matches = normalizer.normalizeSkill(phrase, options);
          expect(matches.length).toBeLessThanOrEqual(k);
          expect(new Set(matches.map((match) => match.skillId)).size).toBe(matches.length);
          matches.forEach((match, i) => {
            expect(taxonomy.skill(match.skillId)).toBeDefined();
            expect(match.score).toBeGreaterThan(0);
            expect(match.score).toBeLessThanOrEqual(i === 0 ? 1 : (matches[i - 1]?.score ?? 1));
          });
          normalizer.normalizeSkill(between, { k: 10 });
          expect(normalizer.normalizeSkill(phrase, options)).toEqual(matches);
        },
      ),
    );
  });

  it('finds each label’s own skill with score 1, first or tied with a skill sharing the label', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS), fc.boolean(), (label, upper) => {
        const text = upper ? label.text.toUpperCase() : label.text;
        const matches = normalizer.normalizeSkill(text, { k: 5, locale: label.locale });
        expect(matches[0]?.score).toBe(1);
        expect(matches.find((match) => match.skillId === label.skillId)?.score).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
