import { describe, it, expect } from 'vitest';
import type { Issue } from '../issues/issue.js';
import { loadBePostcodesCsv } from './be-postcodes-loader.js';

const COLUMNS = [
  'postal_code',
  'locality',
  'municipality_nis',
  'municipality',
  'municipality_nl',
  'arrondissement_nis',
  'arrondissement',
  'province_nis',
  'province',
  'region',
  'is_wallonia',
  'lat',
  'lon',
  'geonames_province',
  'municipality_match',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const charleroi: Row = {
  postal_code: '6000',
  locality: 'Charleroi',
  municipality_nis: '52011',
  municipality: 'Charleroi',
  municipality_nl: 'Charleroi',
  arrondissement_nis: '52000',
  arrondissement: 'Charleroi',
  province_nis: '50000',
  province: 'Hainaut',
  region: 'Région wallonne',
  is_wallonia: '1',
  lat: '50.4114',
  lon: '4.4445',
  geonames_province: 'Hainaut',
  municipality_match: 'name+arrondissement',
};
const liege: Row = {
  ...charleroi,
  postal_code: '4000',
  locality: 'Liège',
  municipality_nis: '62063',
  municipality: 'Liège',
  municipality_nl: 'Luik',
  arrondissement_nis: '62000',
  arrondissement: 'Liège',
  province_nis: '60000',
  province: 'Liège',
  lat: '50.6337',
  lon: '5.5675',
};
const namur: Row = {
  ...charleroi,
  postal_code: '5000',
  locality: 'Namur',
  municipality_nis: '92094',
  municipality: 'Namur',
  municipality_nl: 'Namen',
  arrondissement_nis: '92000',
  arrondissement: 'Namur',
  province_nis: '90000',
  province: 'Namur',
  lat: '50.4669',
  lon: '4.8675',
};
const row = (r: Row) => COLUMNS.map((c) => r[c] ?? '').join(',');

// Line numbers are those of the file: the header is line 1; the quoted field on line 11 spans two lines.
const fixture = [
  COLUMNS.join(','),
  row(charleroi), // 2
  row({ ...charleroi, postal_code: '6001', locality: 'Marcinelle', lat: '50.3928', lon: '4.4314' }), // 3
  row({ ...charleroi, postal_code: '600', locality: 'Badcode' }), // 4: invalid postal code
  row(liege), // 5
  row({ ...liege, locality: 'Glain', lat: 'abc' }), // 6: lat not a number
  row({ ...liege, locality: 'Rocourt', lat: '5.5462', lon: '50.6758' }), // 7: swapped lat/lon
  row({ ...liege, postal_code: '4020', locality: '' }), // 8: no locality
  row({
    ...charleroi,
    postal_code: '1000',
    locality: 'Bruxelles',
    municipality_nis: '21004',
    municipality: 'Bruxelles',
    municipality_nl: 'Brussel',
    arrondissement_nis: '21000',
    arrondissement: 'Bruxelles-Capitale',
    province_nis: '',
    province: '',
    region: 'Région de Bruxelles-Capitale',
    lat: '50.8504',
    lon: '4.3488',
  }), // 9
  row({ ...namur, region: 'Wallonie du Sud' }), // 10: unknown region
  row({ ...namur, locality: 'Beez', geonames_province: '"Namur\nsur deux lignes"' }), // 11-12
  row({ ...namur, postal_code: '5002', locality: 'Saint-Servais', municipality_nis: '9209' }), // 13: bad NIS
  '7000,Mons,53053,Mons', // 14: too few fields
  row(charleroi), // 15: duplicate of line 2
  row({ ...charleroi, postal_code: '6010', locality: 'Couillet', municipality: 'Charleroy' }), // 16: other name
].join('\n');

const summary = (issues: readonly Issue[]) => issues.map((i) => [i.line, i.field, i.code, i.severity]);

describe('loadBePostcodesCsv', () => {
  const { gazetteer, issues } = loadBePostcodesCsv(fixture);

  it('keeps the good rows', () => {
    expect(gazetteer.localities().map((l) => `${l.postalCode} ${l.name}`)).toEqual([
      '1000 Bruxelles',
      '4000 Liège',
      '5000 Beez',
      '6000 Charleroi',
      '6001 Marcinelle',
      '6010 Couillet',
    ]);
    expect(gazetteer.listCommunes().map((c) => c.nis)).toEqual(['21004', '52011', '62063', '92094']);
  });

  it('reports every bad row with its line, field and code', () => {
    expect(summary(issues)).toEqual([
      [4, 'postal_code', 'invalid_postal_code', 'error'],
      [6, 'lat', 'invalid_number', 'error'],
      [7, 'lat', 'out_of_range', 'error'],
      [7, 'lon', 'out_of_range', 'error'],
      [8, 'locality', 'required', 'error'],
      [10, 'region', 'invalid_value', 'error'],
      [13, 'municipality_nis', 'invalid_nis_code', 'error'],
      [14, undefined, 'malformed_row', 'error'],
      [15, 'locality', 'duplicate_value', 'warning'],
      [16, 'municipality', 'invalid_value', 'warning'],
    ]);
    expect(issues.every((i) => i.source === 'be_postcodes.csv')).toBe(true);
    expect(issues[0]?.value).toBe('600');
    expect(issues[8]?.params).toEqual({ firstLine: 2 });
  });

  it('reads the commune, its units and its region', () => {
    const info = gazetteer.lookupPostalCode('6000');
    expect(info?.communes[0]).toMatchObject({
      nis: '52011',
      name: 'Charleroi',
      nameNl: 'Charleroi',
      arrondissement: { nis: '52000', name: 'Charleroi' },
      province: { nis: '50000', name: 'Hainaut' },
      region: 'wallonia',
      postalCodes: ['6000', '6001', '6010'],
    });
    expect(gazetteer.lookupNis('21004')?.region).toBe('brussels');
    expect(gazetteer.lookupNis('21004')?.province).toBeUndefined();
  });

  it('accepts a byte-order mark, Windows line endings and another source name', () => {
    const text = `\uFEFF${[COLUMNS.join(','), row(charleroi), row({ ...liege, lat: 'x' })].join('\r\n')}\r\n`;
    const result = loadBePostcodesCsv(text, { source: 'export.csv' });
    expect(result.gazetteer.postalCodes()).toEqual(['6000']);
    expect(summary(result.issues)).toEqual([[3, 'lat', 'invalid_number', 'error']]);
    expect(result.issues[0]?.source).toBe('export.csv');
  });

  it('reports a missing column once and reads no row', () => {
    const header = COLUMNS.filter((c) => c !== 'lat');
    const text = [header.join(','), header.map((c) => charleroi[c] ?? '').join(',')].join('\n');
    const result = loadBePostcodesCsv(text);
    expect(result.issues.map((i) => [i.code, i.line, i.params?.column])).toEqual([
      ['missing_column', 1, 'lat'],
    ]);
    expect(result.gazetteer.localityCount).toBe(0);
  });

  it('reports an empty file', () => {
    expect(loadBePostcodesCsv('').issues.map((i) => i.code)).toEqual(['empty_file']);
    expect(loadBePostcodesCsv(COLUMNS.join(',')).issues.map((i) => i.code)).toEqual(['empty_file']);
  });

  it('takes the region from the NIS code when the column is absent', () => {
    const minimal = [
      'postal_code,locality,municipality_nis,municipality,lat,lon',
      '6000,Charleroi,52011,Charleroi,50.4114,4.4445',
    ];
    expect(loadBePostcodesCsv(minimal.join('\n')).gazetteer.lookupNis('52011')?.region).toBe('wallonia');
  });
});
