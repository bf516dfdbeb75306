import { describe, it, expect } from 'vitest';
import { loadBePostcodesCsv } from './be-postcodes-loader.js';

const postcodes = [
  'postal_code,locality,municipality_nis,municipality,arrondissement_nis,arrondissement,lat,lon',
  '6000,Charleroi,52011,Charleroi,,,50.4114,4.4445', // 2
  '7700,Mouscron,57096,Mouscron,54000,Mouscron,50.745,3.2064', // 3: arrondissement before the 2019 reform
  '4000,Liège,62063,Liège,,,50.6337,5.5675', // 4
  '1000,Bruxelles,21004,Bruxelles,,,50.8504,4.3488', // 5
  '5000,Namur,92094,Namur,,,50.4669,4.8675', // 6: not in the REFNIS extract below
].join('\n');

const refnis = [
  'nis_code,level,parent_nis_code,name_fr,name_nl,name_de,region_nis_code,province_nis_code,valid_from',
  '03000,region,01000,Région wallonne,Waals Gewest,Wallonische Region,03000,,2019-01-01',
  '04000,region,01000,Région de Bruxelles-Capitale,Brussels Hoofdstedelijk Gewest,Region Brüssel-Hauptstadt,04000,,2019-01-01',
  '50000,province,03000,Province du Hainaut,Provincie Henegouwen,Provinz Hennegau,03000,50000,2019-01-01',
  '60000,province,03000,Province de Liège,Provincie Luik,Provinz Lüttich,03000,60000,2019-01-01',
  '21000,arrondissement,04000,Arrondissement de Bruxelles-Capitale,Arrondissement Brussel-Hoofdstad,Bezirk Brüssel-Hauptstadt,04000,,2019-01-01',
  '52000,arrondissement,50000,Arrondissement de Charleroi,Arrondissement Charleroi,Bezirk Charleroi,03000,50000,2019-01-01',
  '57000,arrondissement,50000,Arrondissement de Tournai-Mouscron,Arrondissement Doornik-Moeskroen,Bezirk Tournai-Mouscron,03000,50000,2019-01-01',
  '62000,arrondissement,60000,Arrondissement de Liège,Arrondissement Luik,Bezirk Lüttich,03000,60000,2019-01-01',
  '21004,municipality,21000,Bruxelles,Brussel,Brüssel,04000,,2019-01-01',
  '52011,municipality,52000,Charleroi,Charleroi,Charleroi,03000,50000,2019-01-01',
  '57096,municipality,57000,Mouscron,Moeskroen,Mouscron,03000,50000,2019-01-01',
  '62063,municipality,62000,Liège,Luik,Lüttich,03000,60000,2019-01-01',
  '5201,municipality,52000,Broken,Broken,Broken,03000,50000,2019-01-01', // 14: bad code
].join('\n');

const wallonia = [
  'nis_code,name_fr,name_nl,name_de,lat,lon,replaces_nis_2019,nis_code_1995_2018',
  '57096,Mouscron,Moeskroen,Mouscron,50.7,3.2,,54007', // 2: a point that differs from the locality's
  '62063,Liège,Luik,Lüttich,50.64,5.57,,', // 3
  '63079,Verviers,Verviers,Verviers,50.5891,5.8624,,', // 4: commune absent from the postcode file
  '52011,Charleroi,Charleroi,Charleroi,50.41,4.44,,52x', // 5: bad former code
].join('\n');

describe('loadBePostcodesCsv with refnis_2025.csv and wallonia_communes.csv', () => {
  const { gazetteer, issues } = loadBePostcodesCsv(postcodes, {
    refnis: { text: refnis },
    walloniaCommunes: { text: wallonia },
  });

  it('fills the hierarchy and names from REFNIS, in the short style of the postcode file', () => {
    expect(gazetteer.lookupNis('52011')).toMatchObject({
      nameNl: 'Charleroi',
      arrondissement: { nis: '52000', name: 'Charleroi' },
      province: { nis: '50000', name: 'Hainaut' },
      region: 'wallonia',
    });
    expect(gazetteer.lookupNis('62063')).toMatchObject({
      nameNl: 'Luik',
      nameDe: 'Lüttich',
      province: { name: 'Liège' },
    });
    const brussels = gazetteer.lookupNis('21004');
    expect(brussels?.arrondissement).toEqual({ nis: '21000', name: 'Bruxelles-Capitale' });
    expect(brussels?.province).toBeUndefined();
  });

  it('lets REFNIS correct an outdated arrondissement, with a warning on the postcode line', () => {
    expect(gazetteer.lookupNis('57096')?.arrondissement).toEqual({ nis: '57000', name: 'Tournai-Mouscron' });
    const warning = issues.find((i) => i.field === 'arrondissement_nis');
    expect(warning).toMatchObject({
      code: 'invalid_value',
      severity: 'warning',
      line: 3,
      source: 'be_postcodes.csv',
    });
  });

  it('takes commune points and earlier NIS codes from wallonia_communes.csv', () => {
    expect(gazetteer.lookupNis('57096')?.coordinates).toEqual({ lat: 50.7, lon: 3.2 });
    expect(gazetteer.lookupNis('54007')?.name).toBe('Mouscron');
    expect(gazetteer.lookupNis('62063')?.coordinates).toEqual({ lat: 50.64, lon: 5.57 });
  });

  it('reports what it could not use, in each file', () => {
    const where = issues.map((i) => [i.source, i.line, i.field, i.code, i.severity]);
    expect(where).toEqual([
      ['refnis_2025.csv', 14, 'nis_code', 'invalid_nis_code', 'error'],
      ['be_postcodes.csv', 3, 'arrondissement_nis', 'invalid_value', 'warning'],
      ['be_postcodes.csv', 6, 'municipality_nis', 'unknown_reference', 'warning'],
      ['wallonia_communes.csv', 4, 'nis_code', 'unknown_reference', 'warning'],
      ['wallonia_communes.csv', 5, 'nis_code_1995_2018', 'invalid_nis_code', 'warning'],
    ]);
  });

  it('reports a missing column of an enrichment file and still loads the postcodes', () => {
    const result = loadBePostcodesCsv(postcodes, {
      walloniaCommunes: { text: 'nis_code,lat\n57096,50.7', source: 'w.csv' },
    });
    expect(result.issues.map((i) => [i.source, i.code, i.params?.column])).toEqual([
      ['w.csv', 'missing_column', 'lon'],
    ]);
    expect(result.gazetteer.communeCount).toBe(5);
    expect(result.gazetteer.lookupNis('57096')?.coordinates).toEqual({ lat: 50.745, lon: 3.2064 });
  });
});
