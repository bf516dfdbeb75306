// The custom-elements manifest, generated from the source at build: every element documented for tools.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Declaration {
  readonly tagName?: string;
  readonly attributes?: readonly { name: string }[];
  readonly events?: readonly { name: string; description?: string }[];
  readonly cssParts?: readonly { name: string }[];
  readonly cssProperties?: readonly { name: string }[];
  readonly members?: readonly { name: string; kind: string; privacy?: string; description?: string }[];
}

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '../custom-elements.json'), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const elements = new Map(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [declaration.tagName as string, declaration]),
);

const EXPECTED: Record<string, { events: string[]; attributes: string[] }> = {
  'passerelle-match-list': {
    events: [
      'passerelle-select',
      'passerelle-open',
      'passerelle-change',
      'passerelle-load',
      'passerelle-error',
    ],
    attributes: [
      'src',
      'lang',
      'theme',
      'page-size',
      'min-score',
      'max-distance',
      'hard-constraints',
      'sort',
      'selectable',
    ],
  },
  'passerelle-score-breakdown': {
    events: ['passerelle-load', 'passerelle-error'],
    attributes: ['src', 'lang', 'theme'],
  },
  'passerelle-candidate-card': {
    events: ['passerelle-load', 'passerelle-error'],
    attributes: ['src', 'heading-level'],
  },
  'passerelle-offer-card': {
    events: ['passerelle-load', 'passerelle-error'],
    attributes: ['src', 'heading-level'],
  },
  'passerelle-skill-picker': {
    events: ['passerelle-change', 'passerelle-load', 'passerelle-error'],
    attributes: ['label', 'max-suggestions', 'default-level', 'fuzzy'],
  },
  'passerelle-kpi-dashboard': {
    events: ['passerelle-change', 'passerelle-load', 'passerelle-error'],
    attributes: ['src', 'dimension', 'heading-level'],
  },
};

describe('custom-elements.json', () => {
  it('lists the six widgets and the context provider, and no other', () => {
    expect([...elements.keys()].sort()).toEqual([...Object.keys(EXPECTED), 'passerelle-context'].sort());
  });

  it('documents what passerelle-context shares', () => {
    const fields = (elements.get('passerelle-context')?.members ?? []).filter(
      (m) => m.kind === 'field' && !m.privacy,
    );
    expect(fields.map((m) => m.name).sort()).toEqual(['config', 'gazetteer', 'taxonomy']);
    expect(fields.every((m) => (m.description ?? '').length > 0)).toBe(true);
  });

  it.each(Object.entries(EXPECTED))(
    'documents %s: its events, attributes, parts and custom properties',
    (tag, expected) => {
      const element = elements.get(tag) as Declaration;
      expect(element.events?.map((event) => event.name)).toEqual(expected.events);
      expect(element.events?.every((event) => (event.description ?? '').length > 0)).toBe(true);
      const attributes = element.attributes?.map((attribute) => attribute.name) ?? [];
      for (const name of expected.attributes) expect(attributes, name).toContain(name);
      expect(element.cssParts?.length).toBeGreaterThan(0);
      expect(element.cssParts?.map((part) => part.name)).toContain('error');
      expect(element.cssProperties?.every((property) => property.name.startsWith('--passerelle-'))).toBe(
        true,
      );
      const publicFields = (element.members ?? []).filter(
        (m) => m.kind === 'field' && !m.privacy && !m.name.startsWith('#'),
      );
      const undocumented = publicFields.filter((m) => !(m.description ?? '').trim()).map((m) => m.name);
      expect(undocumented).toEqual([]);
    },
  );
});
