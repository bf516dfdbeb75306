import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import { userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define.js';
import { cleanup, fixture, recordEvents, settle, shadow, until } from '../../../test/browser-helpers.js';
import { CANDIDATE, TAXONOMY } from '../../../test/fixtures.js';
import type { PasserelleContext } from './context.js';

afterEach(cleanup);

describe('passerelle-context', () => {
  it('shares its taxonomy with the widgets inside, follows its changes, and lets a widget’s own win', async () => {
    const context = await fixture<PasserelleContext>(
      `<passerelle-context>
        <div><passerelle-candidate-card id="shared"></passerelle-candidate-card></div>
        <passerelle-candidate-card id="own"></passerelle-candidate-card>
        <passerelle-skill-picker></passerelle-skill-picker>
      </passerelle-context>`,
    );
    const shared = context.querySelector<HTMLElementTagNameMap['passerelle-candidate-card']>('#shared')!;
    const own = context.querySelector<HTMLElementTagNameMap['passerelle-candidate-card']>('#own')!;
    shared.candidate = CANDIDATE;
    own.candidate = CANDIDATE;
    own.taxonomy = {
      skills: [{ id: 'skill-forklift', labels: { fr: { preferred: 'cariste' }, en: {} } }],
    } as never;
    context.taxonomy = TAXONOMY;
    await settle(context.parentElement!);
    expect(shadow(shared).textContent).toContain('conduire un chariot élévateur');
    expect(shadow(own).textContent).toContain('cariste');
    expect(shadow(own).textContent).not.toContain('conduire un chariot élévateur');

    const picker = context.querySelector('passerelle-skill-picker')!;
    shadow(picker).querySelector<HTMLInputElement>('input')!.focus();
    await userEvent.keyboard('soud');
    await until(() => (shadow(picker).querySelector('[role=option]')?.textContent ?? '').includes('souder'));

    context.taxonomy = {
      skills: [{ id: 'skill-forklift', labels: { fr: { preferred: 'chariot (nouveau libellé)' }, en: {} } }],
    } as never;
    await until(() => (shadow(shared).textContent ?? '').includes('chariot (nouveau libellé)'));
  });

  it('gives the engine of a list inside it the shared taxonomy and configuration', async () => {
    const data = generateDataset({ seed: 4, candidates: 60 });
    const taxonomy = createStarterTaxonomy();
    const offer = data.offers.find((o) => o.status === 'open')!;
    const pool = data.candidates.map((r) => r.candidate);
    const context = await fixture<PasserelleContext>(
      '<passerelle-context><passerelle-match-list></passerelle-match-list></passerelle-context>',
    );
    const config = { weights: { skills: 1, occupation: 0, geography: 0, languages: 0 } };
    context.taxonomy = taxonomy;
    context.config = config;
    await context.updateComplete;
    const list = context.querySelector('passerelle-match-list')!;
    const loads = recordEvents(list, 'passerelle-load');
    list.candidates = pool;
    list.offer = offer;
    await until(() => loads.length >= 1);
    const expected = createMatcher({ taxonomy, config }).rankCandidates(offer, pool, { k: 100 }).results;
    const byDefault = createMatcher({ taxonomy }).rankCandidates(offer, pool, { k: 100 }).results;
    expect(expected.map((m) => m.score)).not.toEqual(byDefault.map((m) => m.score));
    expect(list.rankedMatches.map((m) => m.score)).toEqual(expected.map((m) => m.score));
  });
});
