import { afterEach, describe, expect, it } from 'vitest';
import '../../define.js';
import {
  axeViolations,
  cleanup,
  fixture,
  recordEvents,
  settle,
  shadow,
  until,
} from '../../../test/browser-helpers.js';
import { CANDIDATE, CANDIDATE_RECORD, TAXONOMY } from '../../../test/fixtures.js';
import type { PasserelleCandidateCard } from './candidate-card.js';

afterEach(cleanup);

async function card(lang = 'fr'): Promise<PasserelleCandidateCard> {
  const el = await fixture<PasserelleCandidateCard>(
    '<passerelle-candidate-card></passerelle-candidate-card>',
    lang,
  );
  el.taxonomy = TAXONOMY;
  el.candidate = CANDIDATE;
  await el.updateComplete;
  return el;
}

describe('passerelle-candidate-card', () => {
  it('shows the profile with taxonomy labels and Belgian French formats', async () => {
    const el = await card();
    const text = shadow(el).textContent ?? '';
    expect(text).toContain('Candidat cand-001');
    expect(text).toContain('4000 Liège');
    expect(text).toContain('conduire un chariot élévateur');
    expect(text).toContain('Avancé');
    expect(text).toContain('magasinier');
    expect(text).toContain('français (langue maternelle)');
    expect(text).toContain('30 à 38 h');
    expect(text).toMatch(/5 janv\. 2026/);
    expect(shadow(el).querySelector('[role=heading]')?.getAttribute('aria-level')).toBe('3');
  });

  it('never shows protected attributes, nor fields standing for them', async () => {
    const el = await card();
    el.candidate = CANDIDATE_RECORD;
    await el.updateComplete;
    const text = shadow(el).textContent ?? '';
    expect(text).toContain('cand-001');
    for (const hidden of [
      'female',
      '1999',
      'SY',
      'declared',
      'refugee',
      'not_required',
      'newcomers',
      'mire-liege',
    ])
      expect(text).not.toContain(hidden);
  });

  it('follows its lang attribute and the page language', async () => {
    const el = await card('nl');
    expect(shadow(el).textContent).toContain('Kandidaat cand-001');
    expect(shadow(el).textContent).toContain('operate forklift');
    el.lang = 'de';
    await el.updateComplete;
    expect(shadow(el).textContent).toContain('Kandidat cand-001');
    expect(shadow(el).textContent).toContain('30 bis 38 Std.');
  });

  it('reads an inline JSON child', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      `<passerelle-candidate-card><script type="application/json">${JSON.stringify({
        candidate: CANDIDATE,
        taxonomy: TAXONOMY,
      })}</script></passerelle-candidate-card>`,
    );
    expect(shadow(el).textContent).toContain('gérer les stocks');
  });

  it('reads an inline JSON child parsed after the element was connected', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      '<passerelle-candidate-card></passerelle-candidate-card>',
    );
    const script = document.createElement('script');
    script.type = 'application/json';
    el.append(script);
    script.textContent = JSON.stringify({ candidate: CANDIDATE });
    await until(() => (shadow(el).textContent ?? '').includes('Candidat cand-001'));
  });

  it('shows a readable message and fires an error event for a record missing a field', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      '<passerelle-candidate-card></passerelle-candidate-card>',
    );
    const errors = recordEvents(document, 'passerelle-error');
    const { skills: _skills, ...withoutSkills } = CANDIDATE;
    el.candidate = withoutSkills as typeof CANDIDATE;
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Champ « candidate.skills » manquant ou invalide');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.detail).toMatchObject({
      code: 'invalid',
      field: 'candidate.skills',
      source: 'property',
    });
    expect(errors[0]?.bubbles && errors[0]?.composed).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('reports a 404 and malformed JSON from src, in the page language', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      '<passerelle-candidate-card></passerelle-candidate-card>',
      'en',
    );
    const errors = recordEvents(el, 'passerelle-error');
    el.src = '/no-such-file.json';
    await until(() => errors.length === 1);
    await settle(el.parentElement as HTMLElement);
    expect(errors[0]?.detail).toMatchObject({ code: 'http', status: 404 });
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('The server answered 404');

    const bad = URL.createObjectURL(new Blob(['{"candidate": '], { type: 'application/json' }));
    el.src = bad;
    await until(() => errors.length === 2);
    await el.updateComplete;
    expect(errors[1]?.detail.code).toBe('json');
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain('is not valid JSON');
  });

  it('loads a JSON document from src', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      '<passerelle-candidate-card></passerelle-candidate-card>',
    );
    const loads = recordEvents(el, 'passerelle-load');
    const url = URL.createObjectURL(new Blob([JSON.stringify(CANDIDATE)], { type: 'application/json' }));
    el.src = url;
    await until(() => loads.length === 1);
    await el.updateComplete;
    expect(loads[0]?.detail.source).toBe(url);
    expect(shadow(el).textContent).toContain('Candidat cand-001');
  });

  it('loads its src after being moved in the page while loading', async () => {
    const el = await fixture<PasserelleCandidateCard>(
      '<passerelle-candidate-card></passerelle-candidate-card>',
    );
    const loads = recordEvents(el, 'passerelle-load');
    el.src = URL.createObjectURL(new Blob([JSON.stringify(CANDIDATE)], { type: 'application/json' }));
    await el.updateComplete;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el);
    await until(() => loads.length === 1);
    await el.updateComplete;
    expect(shadow(el).textContent).toContain('cand-001');
    elsewhere.remove();
  });

  it('has no axe violations, light and dark', async () => {
    const el = await card();
    expect(await axeViolations(el)).toEqual([]);
    el.theme = 'dark';
    await el.updateComplete;
    expect(await axeViolations(el)).toEqual([]);
  });
});
