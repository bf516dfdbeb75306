import { afterEach, describe, expect, it } from 'vitest';
import '../../define.js';
import {
  axeViolations,
  cleanup,
  fixture,
  recordEvents,
  shadow,
  until,
} from '../../../test/browser-helpers.js';
import { OFFER, TAXONOMY } from '../../../test/fixtures.js';
import type { PasserelleOfferCard } from './offer-card.js';

afterEach(cleanup);

describe('passerelle-offer-card', () => {
  it('shows the offer with labels and Belgian formats, without axe violations', async () => {
    const el = await fixture<PasserelleOfferCard>(
      '<passerelle-offer-card heading-level="2"></passerelle-offer-card>',
    );
    el.taxonomy = TAXONOMY;
    el.offer = OFFER;
    await el.updateComplete;
    const text = shadow(el).textContent ?? '';
    expect(text).toContain('Cariste (H/F)');
    expect(text).toContain('magasinier');
    expect(text).toContain('4040 Herstal');
    expect(text).toContain('CDI');
    expect(text).toContain('38 h');
    expect(text).toContain('conduire un chariot élévateur');
    expect(text).toContain('Compétences requises');
    expect(text).toMatch(/31 déc\. 2025/);
    expect(shadow(el).querySelector('[part=title]')?.getAttribute('aria-level')).toBe('2');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('switches language when the page does', async () => {
    const el = await fixture<PasserelleOfferCard>('<passerelle-offer-card></passerelle-offer-card>', '');
    el.parentElement!.removeAttribute('lang');
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de-BE';
      el.offer = OFFER;
      await el.updateComplete;
      expect(shadow(el).textContent).toContain('Erforderliche Kompetenzen');
      document.documentElement.lang = 'en';
      await until(() => (shadow(el).textContent ?? '').includes('Required skills'));
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('reports an offer without a title from an inline child, in the page language', async () => {
    const { title: _title, ...untitled } = OFFER;
    const errors = recordEvents(document, 'passerelle-error');
    const el = await fixture<PasserelleOfferCard>(
      `<passerelle-offer-card><script type="application/json">${JSON.stringify(untitled)}</script></passerelle-offer-card>`,
      'nl',
    );
    expect(errors.map((e) => e.detail)).toEqual([
      expect.objectContaining({ code: 'invalid', field: 'offer.title', source: 'inline' }),
    ]);
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('Veld „offer.title” ontbreekt');
    expect(await axeViolations(el)).toEqual([]);
  });
});
