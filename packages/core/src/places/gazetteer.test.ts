import { describe, it, expect } from 'vitest';
import { haversineKm } from './distance.js';
import { Gazetteer } from './gazetteer.js';
import type { GazetteerData } from './place-types.js';

const hainaut = { nis: '50000', name: 'Hainaut' };
const data: GazetteerData = {
  communes: [
    {
      nis: '62063',
      name: 'Liège',
      nameNl: 'Luik',
      nameDe: 'Lüttich',
      province: { nis: '60000', name: 'Liège' },
    },
    {
      nis: '52011',
      name: 'Charleroi',
      arrondissement: { nis: '52000', name: 'Charleroi' },
      province: hainaut,
    },
    {
      nis: '57096',
      name: 'Mouscron',
      nameNl: 'Moeskroen',
      arrondissement: { nis: '57000', name: 'Tournai-Mouscron' },
      province: hainaut,
      coordinates: { lat: 50.7, lon: 3.2 },
      formerNisCodes: ['54007', '57096'],
    },
    {
      nis: '21004',
      name: 'Bruxelles',
      nameNl: 'Brussel',
      province: { nis: '99999', name: 'Not a province' },
    },
    { nis: '92140', name: 'Jemeppe-sur-Sambre', province: { nis: '90000', name: 'Namur' } },
  ],
  localities: [
    {
      name: 'Charleroi',
      postalCode: '6000',
      coordinates: { lat: 50.4114, lon: 4.4445 },
      communeNis: '52011',
    },
    {
      name: 'Marcinelle',
      postalCode: '6001',
      coordinates: { lat: 50.3928, lon: 4.4314 },
      communeNis: '52011',
    },
    { name: 'Rocourt', postalCode: '4000', coordinates: { lat: 50.6758, lon: 5.5462 }, communeNis: '62063' },
    { name: 'Liège', postalCode: '4000', coordinates: { lat: 50.6337, lon: 5.5675 }, communeNis: '62063' },
    { name: 'Glain', postalCode: '4000', coordinates: { lat: 50.6477, lon: 5.5438 }, communeNis: '62063' },
    { name: 'Liège', postalCode: '4020', coordinates: { lat: 50.6337, lon: 5.5675 }, communeNis: '62063' },
    { name: 'Mouscron', postalCode: '7700', coordinates: { lat: 50.745, lon: 3.2064 }, communeNis: '57096' },
    { name: 'Luingne', postalCode: '7700', coordinates: { lat: 50.7395, lon: 3.236 }, communeNis: '57096' },
    {
      name: 'Bruxelles',
      postalCode: '1000',
      coordinates: { lat: 50.8504, lon: 4.3488 },
      communeNis: '21004',
    },
    {
      name: 'Ham-sur-Sambre',
      postalCode: '5190',
      coordinates: { lat: 50.45, lon: 4.67 },
      communeNis: '92140',
    },
    { name: 'Moustier', postalCode: '5190', coordinates: { lat: 50.46, lon: 4.69 }, communeNis: '92140' },
    {
      name: 'Loose End',
      postalCode: '7999',
      coordinates: { lat: 50.5, lon: 4 },
      region: 'wallonia',
      arrondissement: { name: 'Somewhere' },
    },
  ],
};
const gazetteer = new Gazetteer(data);

describe('Gazetteer lookups', () => {
  it('counts communes, postal codes and localities', () => {
    expect(gazetteer.communeCount).toBe(5);
    expect(gazetteer.postalCodeCount).toBe(8);
    expect(gazetteer.localityCount).toBe(12);
    expect(gazetteer.postalCodes()).toEqual(['1000', '4000', '4020', '5190', '6000', '6001', '7700', '7999']);
  });

  it('finds a postal code however it is written', () => {
    const info = gazetteer.lookupPostalCode('4000');
    expect(info?.localities.map((l) => l.name)).toEqual(['Glain', 'Liège', 'Rocourt']);
    expect(info?.communes.map((c) => c.nis)).toEqual(['62063']);
    for (const written of [4000, 'B-4000', ' 4000 ', 'BE 4000'])
      expect(gazetteer.lookupPostalCode(written)).toBe(info);
    expect(gazetteer.lookupPostalCode('4001')).toBeUndefined();
    expect(gazetteer.lookupPostalCode('abcd')).toBeUndefined();
  });

  it("places a postal code at the locality named like its commune, else at its localities' mean", () => {
    expect(gazetteer.lookupPostalCode('4000')?.coordinates).toEqual({ lat: 50.6337, lon: 5.5675 });
    expect(gazetteer.lookupPostalCode('5190')?.coordinates).toEqual({ lat: 50.455, lon: 4.68 });
  });

  it('derives commune points, postal codes and regions, and keeps given points', () => {
    const charleroi = gazetteer.lookupNis('52011');
    expect(charleroi?.coordinates).toEqual({ lat: 50.4114, lon: 4.4445 });
    expect(charleroi?.postalCodes).toEqual(['6000', '6001']);
    expect(charleroi?.region).toBe('wallonia');
    expect(gazetteer.lookupNis('92140')?.coordinates).toEqual({ lat: 50.455, lon: 4.68 });
    expect(gazetteer.lookupNis('57096')?.coordinates).toEqual({ lat: 50.7, lon: 3.2 });
  });

  it('finds a commune by an earlier NIS code, and by a number', () => {
    const mouscron = gazetteer.lookupNis('57096');
    expect(mouscron?.formerNisCodes).toEqual(['54007']);
    expect(gazetteer.lookupNis('54007')).toBe(mouscron);
    expect(gazetteer.lookupNis(57096)).toBe(mouscron);
    expect(gazetteer.lookupNis('57097')).toBeUndefined();
  });

  it('gives Brussels communes no province', () => {
    const brussels = gazetteer.lookupNis('21004');
    expect(brussels?.region).toBe('brussels');
    expect(brussels?.province).toBeUndefined();
    expect(gazetteer.lookupPostalCode('1000')?.province).toBeUndefined();
  });

  it("fills a locality's units from its commune, or keeps its own when it has none", () => {
    const [marcinelle] = gazetteer.lookupPostalCode('6001')?.localities ?? [];
    expect(marcinelle?.province).toEqual(hainaut);
    const loose = gazetteer.lookupPostalCode('7999');
    expect(loose?.communes).toEqual([]);
    expect(loose?.region).toBe('wallonia');
    expect(loose?.arrondissement).toEqual({ name: 'Somewhere' });
  });

  it('lists communes by NIS code, filtered by region, province or arrondissement', () => {
    expect(gazetteer.listCommunes().map((c) => c.nis)).toEqual(['21004', '52011', '57096', '62063', '92140']);
    expect(gazetteer.listCommunes({ region: 'brussels' }).map((c) => c.nis)).toEqual(['21004']);
    expect(gazetteer.listCommunes({ provinceNis: '50000' }).map((c) => c.nis)).toEqual(['52011', '57096']);
    expect(
      gazetteer.listCommunes({ region: 'wallonia', arrondissementNis: '57000' }).map((c) => c.nis),
    ).toEqual(['57096']);
  });

  it('lists the postal codes of a commune', () => {
    expect(gazetteer.postalCodesOfCommune('62063')).toEqual(['4000', '4020']);
    expect(gazetteer.postalCodesOfCommune('54007')).toEqual(['7700']);
    expect(gazetteer.postalCodesOfCommune('99999')).toEqual([]);
  });

  it('finds localities and communes by name, case and accents ignored', () => {
    expect(gazetteer.findLocality('LIEGE').map((l) => l.postalCode)).toEqual(['4000', '4020']);
    expect(gazetteer.findLocality('ham sur sambre').map((l) => l.name)).toEqual(['Ham-sur-Sambre']);
    expect(gazetteer.findLocality('Namur')).toEqual([]);
    expect(gazetteer.findCommunes('luik').map((c) => c.nis)).toEqual(['62063']);
    expect(gazetteer.findCommunes('LÜTTICH').map((c) => c.nis)).toEqual(['62063']);
  });

  it('finds the nearest commune and its great-circle distance', () => {
    const point = { lat: 50.39, lon: 4.43 };
    const nearest = gazetteer.nearestCommune(point);
    expect(nearest?.commune.nis).toBe('52011');
    expect(nearest?.distanceKm).toBeCloseTo(haversineKm(point, { lat: 50.4114, lon: 4.4445 }), 9);
    expect(gazetteer.nearestCommune({ lat: 50.74, lon: 3.21 })?.commune.nis).toBe('57096');
    expect(gazetteer.nearestCommune({ lat: Number.NaN, lon: 4 })).toBeUndefined();
    expect(new Gazetteer({ communes: [], localities: [] }).nearestCommune(point)).toBeUndefined();
  });
});

describe('Gazetteer immutability', () => {
  it('hands out frozen objects and lists', () => {
    const info = gazetteer.lookupPostalCode('4000');
    expect(Object.isFrozen(gazetteer)).toBe(true);
    expect(Object.isFrozen(info)).toBe(true);
    expect(Object.isFrozen(info?.localities)).toBe(true);
    expect(Object.isFrozen(info?.localities[0]?.coordinates)).toBe(true);
    expect(Object.isFrozen(info?.communes[0]?.province)).toBe(true);
    expect(() => (gazetteer.listCommunes() as Array<unknown>).push(1)).toThrow(TypeError);
  });

  it('does not change when the input data changes afterwards', () => {
    const localities = [{ name: 'Ath', postalCode: '7800', coordinates: { lat: 50.63, lon: 3.78 } }];
    const built = new Gazetteer({ communes: [], localities });
    localities[0]!.coordinates.lat = 0;
    localities.push({ name: 'Mons', postalCode: '7000', coordinates: { lat: 50.45, lon: 3.95 } });
    expect(built.lookupPostalCode('7800')?.coordinates.lat).toBe(50.63);
    expect(built.postalCodeCount).toBe(1);
  });
});

describe('Gazetteer construction errors (programmer errors)', () => {
  const at = { lat: 50.5, lon: 4.5 };
  it.each([
    ['not an object', null, TypeError],
    [
      'a NIS code of four digits',
      { communes: [{ nis: '5201', name: 'X', coordinates: at }], localities: [] },
      RangeError,
    ],
    [
      'a NIS code given twice',
      {
        communes: [
          { nis: '52011', name: 'X', coordinates: at },
          { nis: '52011', name: 'Y', coordinates: at },
        ],
        localities: [],
      },
      TypeError,
    ],
    [
      'a commune that cannot be placed',
      { communes: [{ nis: '52011', name: 'X' }], localities: [] },
      RangeError,
    ],
    [
      'a bad postal code',
      { communes: [], localities: [{ name: 'X', postalCode: '0999', coordinates: at }] },
      RangeError,
    ],
    [
      'bad coordinates',
      { communes: [], localities: [{ name: 'X', postalCode: '6000', coordinates: { lat: 91, lon: 0 } }] },
      RangeError,
    ],
    [
      'an unknown commune',
      { communes: [], localities: [{ name: 'X', postalCode: '6000', coordinates: at, communeNis: '52011' }] },
      TypeError,
    ],
  ])('throws on %s', (_what, input, error) => {
    expect(() => new Gazetteer(input as unknown as GazetteerData)).toThrow(error);
  });
});
