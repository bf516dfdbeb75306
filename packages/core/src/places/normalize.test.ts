import { describe, it, expect } from 'vitest';
import { normalizeNisCode, normalizePlaceName, normalizePostalCode } from './normalize.js';
import { parseRegion, regionOfNis } from './regions.js';

describe('normalizePlaceName', () => {
  it('ignores case, accents, typographic apostrophes and punctuation', () => {
    const key = 'braine l alleud';
    expect(normalizePlaceName('Braine-l’Alleud')).toBe(key);
    expect(normalizePlaceName("BRAINE-L'ALLEUD")).toBe(key);
    expect(normalizePlaceName('  braine l  alleud ')).toBe(key);
    expect(normalizePlaceName('Liège')).toBe('liege');
    expect(normalizePlaceName('Châtelet')).toBe(normalizePlaceName('chatelet'));
  });

  it('spells out ligatures and keeps names apart that differ by letters', () => {
    expect(normalizePlaceName('Œudeghien')).toBe('oeudeghien');
    expect(normalizePlaceName('Straße')).toBe('strasse');
    expect(normalizePlaceName('Sankt Vith')).not.toBe(normalizePlaceName('Saint-Vith'));
  });
});

describe('normalizePostalCode', () => {
  it.each([
    ['6000', '6000'],
    [' 6000 ', '6000'],
    ['B-6000', '6000'],
    ['b6000', '6000'],
    ['BE 6000', '6000'],
    ['6 000', '6000'],
    [6000, '6000'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizePostalCode(input)).toBe(expected);
  });

  it.each(['0600', '60000', '600', 'ABCD', '', 'B-', 6000.5, 999, 10000, Number.NaN])(
    'rejects %j',
    (input) => {
      expect(normalizePostalCode(input)).toBeUndefined();
    },
  );
});

describe('normalizeNisCode', () => {
  it('pads numbers that lost their leading zero and trims strings', () => {
    expect(normalizeNisCode(3000)).toBe('03000');
    expect(normalizeNisCode(52011)).toBe('52011');
    expect(normalizeNisCode(' 52011 ')).toBe('52011');
  });

  it('rejects what is not five digits', () => {
    expect(normalizeNisCode('5201')).toBeUndefined();
    expect(normalizeNisCode('520111')).toBeUndefined();
    expect(normalizeNisCode(-1)).toBeUndefined();
    expect(normalizeNisCode(520111)).toBeUndefined();
  });
});

describe('regions', () => {
  it('reads the spellings of the sources', () => {
    expect(parseRegion('Région wallonne')).toBe('wallonia');
    expect(parseRegion('WAL')).toBe('wallonia');
    expect(parseRegion('Vlaanderen')).toBe('flanders');
    expect(parseRegion('Région de Bruxelles-Capitale')).toBe('brussels');
    expect(parseRegion('04000')).toBe('brussels');
    expect(parseRegion('Hainaut')).toBeUndefined();
  });

  it('reads the region from a REFNIS code', () => {
    expect(regionOfNis('52011')).toBe('wallonia');
    expect(regionOfNis('25112')).toBe('wallonia');
    expect(regionOfNis('20002')).toBe('wallonia');
    expect(regionOfNis('24062')).toBe('flanders');
    expect(regionOfNis('20001')).toBe('flanders');
    expect(regionOfNis('11002')).toBe('flanders');
    expect(regionOfNis('21004')).toBe('brussels');
    expect(regionOfNis('01000')).toBeUndefined();
    expect(regionOfNis('5201')).toBeUndefined();
  });
});
