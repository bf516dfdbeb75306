// Every element in the dark theme (attribute) and under a branded page's tokens: no axe violation (contrast
// included), and the tokens reach the shadow roots.
import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import { afterEach, describe, expect, it } from 'vitest';
import '../src/define.js';
import { axeViolations, cleanup, fixture, shadow, until } from './browser-helpers.js';
import { CANDIDATE, OFFER, TAXONOMY } from './fixtures.js';

afterEach(cleanup);

const data = generateDataset({ seed: 2, candidates: 100 });
const taxonomy = createStarterTaxonomy();
const matcher = createMatcher({ taxonomy });
const offer = data.offers.find((o) => o.status === 'open')!;
const candidates = data.candidates.map((r) => r.candidate);
const ranking = matcher.rankCandidates(offer, candidates, { k: 10 });

async function mountAll(theme: string): Promise<HTMLElement[]> {
  const list = await fixture<HTMLElementTagNameMap['passerelle-match-list']>(
    `<passerelle-match-list theme="${theme}" selectable></passerelle-match-list>`,
  );
  list.results = ranking;
  list.selected = [ranking.results[0]!.id];
  const breakdown = await fixture<HTMLElementTagNameMap['passerelle-score-breakdown']>(
    `<passerelle-score-breakdown theme="${theme}"></passerelle-score-breakdown>`,
  );
  breakdown.match = ranking.results[0]!;
  const card = await fixture<HTMLElementTagNameMap['passerelle-candidate-card']>(
    `<passerelle-candidate-card theme="${theme}"></passerelle-candidate-card>`,
  );
  card.candidate = CANDIDATE;
  const offerCard = await fixture<HTMLElementTagNameMap['passerelle-offer-card']>(
    `<passerelle-offer-card theme="${theme}"></passerelle-offer-card>`,
  );
  offerCard.offer = OFFER;
  const picker = await fixture<HTMLElementTagNameMap['passerelle-skill-picker']>(
    `<passerelle-skill-picker theme="${theme}"></passerelle-skill-picker>`,
  );
  picker.taxonomy = TAXONOMY;
  picker.value = [{ id: 'skill-weld', level: 3 }];
  const elements = [list, breakdown, card, offerCard, picker] as HTMLElement[];
  await Promise.all(
    elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
  );
  return elements;
}

describe('themes', () => {
  it('has no axe violation in the dark theme', async () => {
    for (const el of await mountAll('dark')) {
      expect(getComputedStyle(el).colorScheme, el.tagName).toBe('dark');
      expect(await axeViolations(el), el.tagName).toEqual([]);
    }
  });

  it('sets no inline style, so that a page whose CSP forbids inline styles shows them whole', async () => {
    for (const el of await mountAll('light')) {
      expect(shadow(el).querySelectorAll('[style]').length, el.tagName).toBe(0);
    }
  });

  it('takes a branded page’s accent from an ancestor; the dark theme reads the dark token instead', async () => {
    document.body.style.setProperty('--passerelle-color-accent', 'rgb(122, 31, 92)');
    try {
      const [list] = await mountAll('light');
      await until(() => shadow(list!).querySelector('.bar rect') !== null);
      const bar = shadow(list!).querySelector('.bar rect')!;
      expect(getComputedStyle(bar).fill).toBe('rgb(122, 31, 92)');
      list!.setAttribute('theme', 'dark');
      expect(getComputedStyle(bar).fill).not.toBe('rgb(122, 31, 92)');
    } finally {
      document.body.style.removeProperty('--passerelle-color-accent');
    }
  });
});
