import { buildTaxonomy, createStarterTaxonomy, type Taxonomy } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { createTitleNormalizer } from './title-normalizer.js';
import type { ExtraSynonym } from './types.js';

const taxonomy = createStarterTaxonomy();
const normalizer = createTitleNormalizer(taxonomy);

/** The starter occupation with this English preferred label. */
function occupation(label: string): string {
  const found = taxonomy.occupations.find((concept) => concept.labels.en.preferred === label);
  if (found === undefined) throw new RangeError(`No starter occupation is labelled "${label}".`);
  return found.id;
}

const SALES_ASSISTANT = occupation('sales assistant');
const FORKLIFT_OPERATOR = occupation('forklift operator');
const WAREHOUSE_WORKER = occupation('warehouse worker');
const ORDER_PICKER = occupation('warehouse order picker');

const top = (title: string, locale?: 'fr' | 'en') =>
  normalizer.normalizeTitle(title, locale === undefined ? { k: 1 } : { k: 1, locale })[0];

describe('createTitleNormalizer on the starter taxonomy', () => {
  it('finds the occupation of a French advert title, with the label that matched', () => {
    expect(top('Vendeuse (H/F) - CDI urgent')).toEqual({
      occupationId: SALES_ASSISTANT,
      score: 1,
      matchedLabel: 'vendeur/vendeuse',
      locale: 'fr',
      isExtraSynonym: false,
    });
  });

  it('gives the same results for every gendered spelling of a French title', () => {
    const expected = normalizer.normalizeTitle('vendeur', { k: 5, locale: 'fr' });
    expect(expected.length).toBeGreaterThan(1);
    for (const title of [
      'vendeuse',
      'Vendeur (H/F)',
      'VENDEUR H/F/X',
      'vendeur·euse',
      'Vendeur/Vendeuse',
      'vendeuses',
    ]) {
      expect(normalizer.normalizeTitle(title, { k: 5, locale: 'fr' }), title).toEqual(expected);
      // Without the language, the English reading of the word weighs a little on the tail, not the head.
      expect(normalizer.normalizeTitle(title, { k: 1 }), title).toEqual(expected.slice(0, 1));
    }
  });

  it('finds English titles with abbreviations and advert noise', () => {
    expect(top('Forklift Driver', 'en')?.occupationId).toBe(FORKLIFT_OPERATOR);
    expect(top('Sr. Forklift Operator (m/f/d) - full time', 'en')?.occupationId).toBe(FORKLIFT_OPERATOR);
    expect(top('Warehouse Operatives needed ASAP', 'en')?.occupationId).toBe(WAREHOUSE_WORKER);
  });

  it('ranks best first with scores in [0, 1], and a partial match below an exact one', () => {
    const matches = normalizer.normalizeTitle('chauffeur livreur poids lourd', { k: 10 });
    expect(matches.length).toBeGreaterThan(2);
    for (const [i, match] of matches.entries()) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(i === 0 ? 1 : (matches[i - 1]?.score ?? 1));
    }
    expect(matches[0]?.score).toBeLessThan(1);
  });

  it('counts labels of the other language for less when the language is given', () => {
    const french = top('cariste', 'fr');
    const english = top('cariste', 'en');
    expect(top('cariste')).toEqual(french);
    expect(french).toMatchObject({ occupationId: FORKLIFT_OPERATOR, score: 1, locale: 'fr' });
    expect(english?.occupationId).toBe(FORKLIFT_OPERATOR);
    expect(english?.score).toBeLessThan(0.9);
  });

  it('tolerates a typo in a short title with fuse.js, unless told not to', () => {
    expect(top('magazinier')).toMatchObject({
      occupationId: WAREHOUSE_WORKER,
      matchedLabel: 'magasinier/magasinière',
    });
    expect(top('forklfit driver', 'en')?.occupationId).toBe(FORKLIFT_OPERATOR);
    const strict = createTitleNormalizer(taxonomy, { fuzzy: false });
    expect(strict.normalizeTitle('forklfit driver', { k: 1, locale: 'en' })[0]?.occupationId).not.toBe(
      FORKLIFT_OPERATOR,
    );
    expect(strict.normalizeTitle('magazinier', { k: 1 })[0]?.score).toBeLessThan(0.5);
  });

  it('re-scores with fuse.js only for a word one edit from a label word, not for any unknown word', () => {
    // `resort` is no label word and no typo of one: fuse.js would pull in loose matches of `waiter`.
    const strict = createTitleNormalizer(taxonomy, { fuzzy: false });
    expect(normalizer.normalizeTitle('waiter resort', { k: 3, locale: 'en' })).toEqual(
      strict.normalizeTitle('waiter resort', { k: 3, locale: 'en' }),
    );
  });

  it('gives no match for a title with no meaningful word', () => {
    for (const title of ['', '   ', '(H/F) CDI', 'Urgent - full time', '2024', '!!!']) {
      expect(normalizer.normalizeTitle(title, { k: 3 }), JSON.stringify(title)).toEqual([]);
    }
  });

  it('returns at most k matches, and all it has when k is large', () => {
    expect(normalizer.normalizeTitle('assistant', { k: 1 })).toHaveLength(1);
    const all = normalizer.normalizeTitle('assistant', { k: 10_000 });
    expect(all.length).toBeGreaterThan(3);
    expect(all.length).toBeLessThanOrEqual(taxonomy.occupationCount);
    expect(new Set(all.map((match) => match.occupationId)).size).toBe(all.length);
  });
});

describe('normalizeTitle arguments', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3', undefined])(
    'throws a RangeError naming options.k for k = %s',
    (k) => {
      expect(() => normalizer.normalizeTitle('vendeur', { k } as never)).toThrow(RangeError);
      expect(() => normalizer.normalizeTitle('vendeur', { k } as never)).toThrow(
        /normalizeTitle: options\.k must be a positive integer/,
      );
    },
  );

  it('throws a RangeError naming options.locale for an unknown language', () => {
    expect(() => normalizer.normalizeTitle('vendeur', { k: 3, locale: 'de' as never })).toThrow(
      /normalizeTitle: options\.locale must be 'fr' or 'en'.*"de"/,
    );
  });

  it('throws a TypeError for a title that is not a string, or options that are not an object', () => {
    expect(() => normalizer.normalizeTitle(42 as never, { k: 3 })).toThrow(
      new TypeError('normalizeTitle: the text must be a string, got 42.'),
    );
    expect(() => normalizer.normalizeTitle('vendeur', undefined as never)).toThrow(
      /normalizeTitle: options must be an object/,
    );
  });

  it('throws a TypeError naming the taxonomy or options.extraSynonyms when they are wrong', () => {
    expect(() => createTitleNormalizer(null as never)).toThrow(
      /createTitleNormalizer: taxonomy must be a Taxonomy/,
    );
    expect(() => createTitleNormalizer({} as Taxonomy)).toThrow(TypeError);
    expect(() => createTitleNormalizer(taxonomy, { extraSynonyms: 'vendeur' as never })).toThrow(
      /createTitleNormalizer: options\.extraSynonyms must be an array/,
    );
  });
});

describe('extra synonyms', () => {
  const title = 'Agent logistique polyvalent';

  it('index labelled titles as synonyms of their occupation, and say so when one matched', () => {
    expect(top(title)?.occupationId).not.toBe(ORDER_PICKER);
    const withSynonyms = createTitleNormalizer(taxonomy, {
      extraSynonyms: [{ title, occupationId: ORDER_PICKER, locale: 'fr' }],
    });
    expect(withSynonyms.extraSynonymCount).toBe(1);
    expect(withSynonyms.ignoredSynonyms).toEqual([]);
    expect(withSynonyms.normalizeTitle('agente logistique polyvalente (H/F)', { k: 1 })[0]).toEqual({
      occupationId: ORDER_PICKER,
      score: 1,
      matchedLabel: title,
      locale: 'fr',
      isExtraSynonym: true,
    });
    expect(withSynonyms.normalizeTitle('cariste', { k: 1 })[0]?.isExtraSynonym).toBe(false);
  });

  it('leave out unusable entries with their position and reason, never throwing', () => {
    const entries: ExtraSynonym[] = [
      { title: 'Picker réserve', occupationId: ORDER_PICKER },
      { title: 'Vendeur magasin', occupationId: 'no-such-occupation' },
      { title: '(H/F) CDI urgent', occupationId: SALES_ASSISTANT },
      { title: 'Verkäufer', occupationId: SALES_ASSISTANT, locale: 'de' as never },
      { title: 'Vendeuse (H/F)', occupationId: SALES_ASSISTANT, locale: 'fr' },
      { title: 'picker  RÉSERVE', occupationId: ORDER_PICKER },
      null as never,
    ];
    const withSynonyms = createTitleNormalizer(taxonomy, { extraSynonyms: entries });
    expect(withSynonyms.extraSynonymCount).toBe(1);
    expect(withSynonyms.ignoredSynonyms.map(({ index, reason }) => [index, reason])).toEqual([
      [1, 'unknown_occupation'],
      [2, 'empty_title'],
      [3, 'invalid_locale'],
      [4, 'duplicate_synonym'],
      [5, 'duplicate_synonym'],
      [6, 'unknown_occupation'],
    ]);
    expect(withSynonyms.ignoredSynonyms[0]?.entry).toBe(entries[1]);
  });
});

describe('createTitleNormalizer: word roles and ISCO groups', () => {
  // Occupations whose labels match some titles equally well, told apart by the rules under test.
  const { taxonomy: small } = buildTaxonomy({
    skills: [],
    iscoGroups: [
      { code: '2512', labels: { en: 'Software developers', fr: 'Concepteurs de logiciels' } },
      { code: '8132', labels: { en: 'Photographic products machine operators' } },
    ],
    occupations: [
      { id: 'photo', iscoGroup: '8132', labels: { en: { preferred: 'developer', alt: ['film developer'] } } },
      { id: 'software', iscoGroup: '2512', labels: { en: { preferred: 'developer', alt: ['coder'] } } },
      { id: 'ceo', labels: { en: { preferred: 'executive officer' } } },
      { id: 'sales', labels: { en: { preferred: 'sales and marketing representative' } } },
      { id: 'driver', labels: { en: { preferred: 'driver' } } },
      { id: 'kuala', labels: { en: { preferred: 'kuala lumpur guide' } } },
    ],
  });
  const titles = createTitleNormalizer(small);
  const ids = (title: string) =>
    titles.normalizeTitle(title, { k: 3, locale: 'en' }).map((m) => m.occupationId);

  it('ranks the occupation whose ISCO group title shares the title’s words first, among equal labels', () => {
    expect(ids('software developer')[0]).toBe('software');
    expect(ids('developer (photographic)')[0]).toBe('photo');
  });

  it('weighs rank words such as executive less than the trade', () => {
    // Weighed alike, `executive` would win: it is half of the shorter label.
    expect(ids('Sales Executive')[0]).toBe('sales');
  });

  it('weighs bracketed words less than the title’s own', () => {
    expect(ids('Driver (Kuala Lumpur)')[0]).toBe('driver');
  });

  it('still gives a label typed as is the score 1', () => {
    expect(titles.normalizeTitle('Executive Officer', { k: 1 })[0]).toMatchObject({
      occupationId: 'ceo',
      score: 1,
    });
  });
});

describe('createTitleNormalizer: preferred labels and rank words', () => {
  const { taxonomy: small } = buildTaxonomy({
    skills: [],
    occupations: [
      // An alternative label of one occupation that is the preferred label of another; the first one
      // has more labels, so that only the preferred-label rule puts the second first.
      {
        id: 'physio',
        labels: { en: { preferred: 'physiotherapist', alt: ['occupational therapist', 'physio', 'pt'] } },
      },
      { id: 'occupational', labels: { en: { preferred: 'occupational therapist' } } },
      {
        id: 'account-manager',
        labels: { en: { preferred: 'account manager', alt: ['key account manager'] } },
      },
      { id: 'accounts-assistant', labels: { en: { preferred: 'accounts assistant' } } },
    ],
  });
  const titles = createTitleNormalizer(small);
  const ids = (title: string) =>
    titles.normalizeTitle(title, { k: 2, locale: 'en' }).map((m) => m.occupationId);

  it('ranks the occupation whose preferred label has the title’s words above one where it is an alternative', () => {
    expect(titles.normalizeTitle('Occupational Therapist', { k: 2, locale: 'en' })).toMatchObject([
      { occupationId: 'occupational', score: 1, matchedLabel: 'occupational therapist' },
      { occupationId: 'physio', matchedLabel: 'occupational therapist' },
    ]);
    expect(titles.normalizeTitle('occupational therapist', { k: 2 })[1]?.score).toBeLessThan(1);
  });

  it('reads an English rank word such as executive as an assistant too', () => {
    expect(ids('Accounts Executive')[0]).toBe('accounts-assistant');
    expect(ids('Account Officer')[0]).toBe('accounts-assistant');
    // The title's own words still decide.
    expect(ids('Account Manager')[0]).toBe('account-manager');
  });
});
