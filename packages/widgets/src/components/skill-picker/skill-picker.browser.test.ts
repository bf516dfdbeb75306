import { createStarterTaxonomy } from '@passerelle/core';
import { userEvent } from 'vitest/browser';
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
import { TAXONOMY } from '../../../test/fixtures.js';
import type { PasserelleSkillPicker } from './skill-picker.js';

afterEach(cleanup);

async function picker(lang = 'fr', taxonomy: object = TAXONOMY): Promise<PasserelleSkillPicker> {
  const el = await fixture<PasserelleSkillPicker>(
    '<passerelle-skill-picker></passerelle-skill-picker>',
    lang,
  );
  el.taxonomy = taxonomy as PasserelleSkillPicker['taxonomy'];
  await el.updateComplete;
  return el;
}

const input = (el: Element) => shadow(el).querySelector<HTMLInputElement>('input[role=combobox]')!;
const options = (el: Element) => [...shadow(el).querySelectorAll('[role=option]')];

describe('passerelle-skill-picker', () => {
  it('follows the combobox pattern: typing suggests, arrows move, Enter picks, Escape closes', async () => {
    const el = await picker();
    const changes = recordEvents(document, 'passerelle-change');
    const box = input(el);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(box);
    await userEvent.keyboard('c');
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(options(el).map((o) => o.textContent?.trim())).toEqual(['conduire un chariot élévateur']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options(el)[0]!.id);
    expect(await axeViolations(el)).toEqual([]);

    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.value).toEqual([{ id: 'skill-forklift', level: 2 }]);
    expect(changes.map((e) => e.detail)).toEqual([
      { kind: 'skills', skills: [{ id: 'skill-forklift', level: 2 }] },
    ]);
    expect(changes[0]!.bubbles && changes[0]!.composed).toBe(true);
    expect(box.value).toBe('');
    expect(shadow(el).querySelector('[role=status]')?.textContent).toBe(
      'conduire un chariot élévateur ajoutée.',
    );

    await userEvent.keyboard('s');
    await el.updateComplete;
    expect(options(el).map((o) => o.textContent?.trim())).toEqual(['souder', 'gérer les stocks']);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(options(el)[1]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(options(el)[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('s');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(box.value).toBe('');
    expect(changes).toHaveLength(1);
  });

  it('changes a level and removes a skill, firing passerelle-change; setting value fires nothing', async () => {
    const el = await picker('en');
    const changes = recordEvents(el, 'passerelle-change');
    el.value = [
      { id: 'skill-forklift', level: 3 },
      { id: 'skill-weld', level: 1 },
    ];
    await el.updateComplete;
    expect(changes).toHaveLength(0);
    const level = shadow(el).querySelector<HTMLSelectElement>('select[aria-label="Level for weld"]')!;
    level.value = '4';
    level.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(changes[0]!.detail).toEqual({
      kind: 'skills',
      skills: [
        { id: 'skill-forklift', level: 3 },
        { id: 'skill-weld', level: 4 },
      ],
    });
    shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Remove operate forklift"]')!.click();
    await el.updateComplete;
    expect(el.value).toEqual([{ id: 'skill-weld', level: 4 }]);
    expect(changes).toHaveLength(2);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('forgives typos through the engine’s skill normaliser over a full taxonomy', async () => {
    const el = await picker('fr', createStarterTaxonomy());
    const box = input(el);
    box.focus();
    await userEvent.keyboard('chariot elevatuer');
    await until(() => options(el).some((o) => o.textContent?.includes('utiliser un chariot élévateur')));
  });

  it('reports a malformed taxonomy', async () => {
    const el = await fixture<PasserelleSkillPicker>(
      '<passerelle-skill-picker></passerelle-skill-picker>',
      'de',
    );
    const errors = recordEvents(el, 'passerelle-error');
    el.taxonomy = { skills: [{ id: 'x' }] } as never;
    await el.updateComplete;
    expect(errors[0]!.detail).toMatchObject({ code: 'invalid', field: 'taxonomy.skills[0].labels' });
    expect(shadow(el).querySelector('[role=alert]')?.textContent).toContain(
      'Feld „taxonomy.skills[0].labels“ fehlt',
    );
  });
});
