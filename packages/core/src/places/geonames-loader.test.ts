import { describe, it, expect } from 'vitest';
import { loadGeoNamesPostalCodes } from './geonames-loader.js';

// GeoNames' BE.txt layout: tab-separated, unquoted, no header, 12 columns (accuracy last).
const line = (...cells: string[]) => cells.join('\t');
const fixture = [
  line(
    'BE',
    '6000',
    'Charleroi',
    'Wallonie',
    'WAL',
    'Hainaut',
    'WHT',
    'Charleroi',
    '52',
    '50.4114',
    '4.4445',
    '4',
  ), // 1
  line('BE', '4000', 'Liège', 'Wallonie', 'WAL', 'Liège', 'WLG', 'Liège', '62', '50.6337', '5.5675', '4'), // 2
  line('BE', '4000', 'Glain', 'Wallonie', 'WAL', 'Liège', 'WLG', 'Liège', '62', '50.6477', '5.5438', '4'), // 3
  line(
    'BE',
    '1000',
    'Bruxelles',
    'Bruxelles-Capitale',
    'BRU',
    'Bruxelles (19 communes)',
    'BRU',
    'Arrondissement Brussel-Hoofdstad',
    '21',
    '50.8504',
    '4.3488',
    '4',
  ), // 4
  line(
    'BE',
    '2970',
    "'S Gravenwezel",
    'Vlaanderen',
    'VLG',
    'Anvers',
    'VAN',
    'Antwerpen',
    '11',
    '51.2627',
    '4.5611',
  ), // 5: no accuracy column
  line(
    'FR',
    '59000',
    'Lille',
    'Hauts-de-France',
    '32',
    'Nord',
    '59',
    'Lille',
    '595',
    '50.633',
    '3.0586',
    '4',
  ), // 6: other country
  line('BE', '700', 'Mons', 'Wallonie', 'WAL', 'Hainaut', 'WHT', 'Mons', '53', '50.4541', '3.9523', '4'), // 7: bad code
  line('BE', '7500', 'Tournai', 'Wallonie', 'WAL', 'Hainaut', 'WHT', 'Tournai', '57', '', '3.3893', '4'), // 8: no latitude
  line('BE', '7700', 'Mouscron', 'Wallonie'), // 9: too few fields
  line('Belgique', '7800', 'Ath', 'Wallonie', 'WAL', 'Hainaut', 'WHT', 'Ath', '51', '50.6294', '3.778', '4'), // 10
  line(
    'BE',
    '6000',
    'charleroi',
    'Wallonie',
    'WAL',
    'Hainaut',
    'WHT',
    'Charleroi',
    '52',
    '50.4114',
    '4.4445',
    '4',
  ), // 11: duplicate
  '',
].join('\n');

describe('loadGeoNamesPostalCodes', () => {
  const { gazetteer, issues } = loadGeoNamesPostalCodes(fixture);

  it('keeps the Belgian rows that are good, without communes', () => {
    expect(gazetteer.localities().map((l) => `${l.postalCode} ${l.name}`)).toEqual([
      '1000 Bruxelles',
      "2970 'S Gravenwezel",
      '4000 Glain',
      '4000 Liège',
      '6000 Charleroi',
    ]);
    expect(gazetteer.communeCount).toBe(0);
    expect(gazetteer.lookupNis('52011')).toBeUndefined();
    expect(gazetteer.nearestCommune({ lat: 50.4, lon: 4.4 })).toBeUndefined();
  });

  it('fills region, province and arrondissement names, without NIS codes', () => {
    expect(gazetteer.lookupPostalCode('6000')).toMatchObject({
      region: 'wallonia',
      province: { name: 'Hainaut' },
      arrondissement: { name: 'Charleroi' },
    });
    expect(gazetteer.lookupPostalCode('6000')?.province?.nis).toBeUndefined();
    expect(gazetteer.lookupPostalCode('2970')?.region).toBe('flanders');
  });

  it("gives Brussels no province, and places a code at its localities' mean", () => {
    const brussels = gazetteer.lookupPostalCode('1000');
    expect(brussels?.region).toBe('brussels');
    expect(brussels?.province).toBeUndefined();
    expect(gazetteer.lookupPostalCode('4000')?.coordinates).toEqual({ lat: 50.6407, lon: 5.5557 });
  });

  it('resolves postal codes to points without a commune', () => {
    const result = gazetteer.resolve({ postalCode: '6000' });
    expect(result.ok && result.value).toEqual({
      coordinates: { lat: 50.4114, lon: 4.4445 },
      precision: 'postal_code',
      postalCode: '6000',
      arrondissement: { name: 'Charleroi' },
      province: { name: 'Hainaut' },
      region: 'wallonia',
    });
  });

  it('reports bad rows with line and field, and skips other countries silently', () => {
    expect(issues.map((i) => [i.line, i.field, i.code, i.severity])).toEqual([
      [7, 'postal code', 'invalid_postal_code', 'error'],
      [8, 'latitude', 'required', 'error'],
      [9, undefined, 'malformed_row', 'error'],
      [10, 'country code', 'invalid_country_code', 'error'],
      [11, 'place name', 'duplicate_value', 'warning'],
    ]);
    expect(issues.every((i) => i.source === 'BE.txt')).toBe(true);
  });

  it('does not treat quotes as CSV quoting', () => {
    const quoted = line(
      'BE',
      '1300',
      '"Wavre',
      'Wallonie',
      'WAL',
      'Brabant Wallon',
      'WBR',
      'Nivelles',
      '25',
      '50.7172',
      '4.6014',
      '4',
    );
    const result = loadGeoNamesPostalCodes(
      `${quoted}\n${line('BE', '1301', 'Bierges', 'Wallonie', 'WAL', 'Brabant Wallon', 'WBR', 'Nivelles', '25', '50.7119', '4.5881', '4')}`,
    );
    expect(result.issues).toEqual([]);
    expect(result.gazetteer.findLocality('wavre').map((l) => l.name)).toEqual(['"Wavre']);
    expect(result.gazetteer.postalCodeCount).toBe(2);
  });
});
