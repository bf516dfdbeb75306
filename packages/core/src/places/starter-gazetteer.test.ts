import { describe, it, expect } from 'vitest';
import { NIS_CODE_PATTERN, POSTAL_CODE_PATTERN } from '../model/common.js';
import { isInBelgiumBounds } from './belgium-bounds.js';
import { normalizePlaceName } from './normalize.js';
import { STARTER_ARRONDISSEMENTS, STARTER_COMMUNES, STARTER_PROVINCES } from './starter-communes.js';
import { createStarterGazetteer } from './starter-gazetteer.js';

const gazetteer = createStarterGazetteer();

// The towns the brief names, as users type them.
const REQUIRED_TOWNS = [
  'Charleroi',
  'Liège',
  'Namur',
  'Mons',
  'La Louvière',
  'Tournai',
  'Verviers',
  'Seraing',
  'Mouscron',
  'Arlon',
  'Wavre',
  'Nivelles',
  'Huy',
  'Dinant',
  'Marche-en-Famenne',
  'Libramont-Chevigny',
  'Bastogne',
  'Ath',
  'Soignies',
  'Binche',
  'Couvin',
  'Chimay',
  'Philippeville',
  'Eupen',
  'Malmedy',
  'Waremme',
  'Ottignies-Louvain-la-Neuve',
  'Gembloux',
  'Andenne',
  'Ciney',
  'Thuin',
  'Virton',
  'Bouillon',
  'Spa',
  'Herstal',
  'Châtelet',
  'Fleurus',
  'Sambreville',
  'Jemeppe-sur-Sambre',
  'Walcourt',
  'Beaumont',
  "Braine-l'Alleud",
  'Tubize',
  'Enghien',
  'Péruwelz',
  'Comines-Warneton',
  'Saint-Ghislain',
  'Frameries',
];

describe('createStarterGazetteer', () => {
  it('holds about fifty Walloon towns, each with one locality', () => {
    expect(gazetteer.communeCount).toBe(STARTER_COMMUNES.length);
    expect(gazetteer.communeCount).toBeGreaterThanOrEqual(40);
    expect(gazetteer.communeCount).toBeLessThanOrEqual(60);
    expect(gazetteer.localityCount).toBe(gazetteer.communeCount);
    expect(gazetteer.listCommunes({ region: 'wallonia' })).toHaveLength(gazetteer.communeCount);
  });

  it.each(REQUIRED_TOWNS)('knows %s', (town) => {
    const [commune, ...others] = gazetteer.findCommunes(town);
    expect(others).toEqual([]);
    expect(normalizePlaceName(commune?.name ?? '')).toBe(normalizePlaceName(town));
  });

  it('has well-formed, distinct codes', () => {
    const nis = STARTER_COMMUNES.map(([code]) => code);
    const postal = STARTER_COMMUNES.map(([, , , code]) => code);
    expect(new Set(nis).size).toBe(nis.length);
    expect(new Set(postal).size).toBe(postal.length);
    expect(nis.every((code) => NIS_CODE_PATTERN.test(code))).toBe(true);
    expect(postal.every((code) => POSTAL_CODE_PATTERN.test(code))).toBe(true);
    expect([...nis].sort()).toEqual(nis);
  });

  it('gives every town an arrondissement and a province of its own NIS prefix', () => {
    for (const commune of gazetteer.listCommunes()) {
      expect(commune.arrondissement?.nis).toBe(`${commune.nis.slice(0, 2)}000`);
      const [name, provinceNis] = STARTER_ARRONDISSEMENTS[commune.arrondissement?.nis ?? ''] ?? [];
      expect(commune.arrondissement?.name).toBe(name);
      expect(commune.province).toEqual({ nis: provinceNis, name: STARTER_PROVINCES[provinceNis ?? ''] });
      expect(isInBelgiumBounds(commune.coordinates)).toBe(true);
    }
  });

  it('knows the main postal codes, NIS codes and units of the big towns', () => {
    expect(gazetteer.lookupPostalCode('6000')?.communes[0]).toMatchObject({
      nis: '52011',
      name: 'Charleroi',
      province: { nis: '50000', name: 'Hainaut' },
      region: 'wallonia',
    });
    expect(gazetteer.lookupPostalCode('4000')?.communes[0]?.nis).toBe('62063');
    expect(gazetteer.lookupPostalCode('5000')?.communes[0]?.name).toBe('Namur');
    expect(gazetteer.lookupNis('25112')?.province?.name).toBe('Brabant wallon');
    expect(gazetteer.lookupNis('81001')?.province?.name).toBe('Luxembourg');
    expect(gazetteer.lookupNis('54007')?.name).toBe('Mouscron');
    expect(gazetteer.findLocality('braine-l’alleud')[0]?.postalCode).toBe('1420');
  });

  it('places towns where they are: Arlon is south-east of Mouscron, Namur between Charleroi and Liège', () => {
    const at = (nis: string) => gazetteer.lookupNis(nis)?.coordinates ?? { lat: 0, lon: 0 };
    expect(at('81001').lat).toBeLessThan(at('57096').lat);
    expect(at('81001').lon).toBeGreaterThan(at('57096').lon);
    expect(at('92094').lon).toBeGreaterThan(at('52011').lon);
    expect(at('92094').lon).toBeLessThan(at('62063').lon);
    expect(gazetteer.nearestCommune({ lat: 50.47, lon: 4.87 })?.commune.name).toBe('Namur');
  });
});
