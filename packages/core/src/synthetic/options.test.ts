import { describe, expect, it } from 'vitest';
import type { SyntheticCatalogue } from './catalogue.js';
import { generateDataset } from './dataset.js';

// A tiny catalogue of our own: two occupations, three places, two Mire.
const tiny: SyntheticCatalogue = {
  occupations: [
    {
      id: 'oc-picker',
      label: 'Préparateur de commandes',
      sector: 'logistics',
      essentialSkillIds: ['sk-pick', 'sk-scan'],
      optionalSkillIds: ['sk-forklift'],
    },
    {
      id: 'oc-cleaner',
      label: "Agent d'entretien",
      sector: 'cleaning',
      essentialSkillIds: ['sk-clean'],
      optionalSkillIds: [],
    },
  ],
  places: [
    {
      nisCode: '52011',
      postalCode: '6000',
      name: 'Charleroi',
      coordinates: { lat: 50.41, lon: 4.44 },
      weight: 200,
      mireId: 'mirec',
    },
    {
      nisCode: '92094',
      postalCode: '5000',
      name: 'Namur',
      coordinates: { lat: 50.47, lon: 4.87 },
      weight: 110,
      mireId: 'mirena',
    },
    {
      nisCode: '52021',
      postalCode: '6220',
      name: 'Fleurus',
      coordinates: { lat: 50.48, lon: 4.55 },
      weight: 20,
    },
  ],
  mires: [
    { id: 'mirec', name: 'MIREC' },
    { id: 'mirena', name: 'Mirena', source: 'https://fr.wikipedia.org/wiki/Mirena_(agence)' },
  ],
};

describe('generateDataset options', () => {
  it('runs on a catalogue of its caller, giving unnamed places to the nearest Mire', () => {
    const data = generateDataset({ seed: 5, candidates: 200, catalogue: tiny });
    expect(data.territories).toEqual([
      { id: 'mirec', name: 'MIREC', communes: ['52011', '52021'] },
      {
        id: 'mirena',
        name: 'Mirena',
        communes: ['92094'],
        source: 'https://fr.wikipedia.org/wiki/Mirena_(agence)',
      },
    ]);
    const skills = new Set(data.candidates.flatMap((r) => r.candidate.skills.map((s) => s.id)));
    expect([...skills].every((id) => id.startsWith('sk-'))).toBe(true);
  });

  it('cuts places into west-to-east bands when none names a known Mire', () => {
    const places = tiny.places.map(({ mireId: _mireId, ...place }) => place);
    const data = generateDataset({ seed: 5, candidates: 10, catalogue: { ...tiny, places } });
    expect(data.territories.map((t) => [t.id, t.communes])).toEqual([
      ['mirec', ['52011', '52021']],
      ['mirena', ['92094']],
    ]);
  });

  it('generates employers, offers and territories even without candidates', () => {
    const data = generateDataset({ seed: 1, candidates: 0, employers: 3, offers: 4, catalogue: tiny });
    expect(data.candidates).toEqual([]);
    expect(data.contracts).toEqual([]);
    expect(data.employers).toHaveLength(3 + 3); // one CPAS per commune, then the regular ones
    expect(data.offers).toHaveLength(4);
  });

  it('throws a RangeError or TypeError that names the remedy on bad options', () => {
    expect(() => generateDataset({ seed: 1, candidates: -1 })).toThrow(/whole number from 0/);
    expect(() => generateDataset({ seed: 1, candidates: 1.5 })).toThrow(RangeError);
    expect(() => generateDataset({ seed: Number.NaN, candidates: 1 })).toThrow(TypeError);
    expect(() => generateDataset({ seed: 1, candidates: 1, referenceDate: '2026-02-30' })).toThrow(
      /YYYY-MM-DD/,
    );
    expect(() => generateDataset({ seed: 1, candidates: 1, years: 0 })).toThrow(/"years"/);
    expect(() => generateDataset({ seed: 1, candidates: 1, rates: { licenceB: 1.2 } })).toThrow(
      /rates.licenceB/,
    );
  });

  it('rejects a catalogue whose records would not parse', () => {
    const bad = (patch: Partial<SyntheticCatalogue>) => () =>
      generateDataset({ seed: 1, candidates: 1, catalogue: { ...tiny, ...patch } });
    const [picker] = tiny.occupations;
    expect(bad({ occupations: [] })).toThrow(/"occupations" is empty/);
    expect(bad({ occupations: [{ ...picker!, essentialSkillIds: ['bad id'] }] })).toThrow(
      /skill id "bad id"/,
    );
    expect(bad({ occupations: [{ ...picker!, label: ' padded ' }] })).toThrow(/occupation label/);
    expect(bad({ places: tiny.places.map((p) => ({ ...p, weight: 0 })) })).toThrow(/positive weight/);
    expect(bad({ places: [{ ...tiny.places[0]!, postalCode: '600' }] })).toThrow(/postal code/);
  });
});
