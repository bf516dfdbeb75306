import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { sharedData } from '../../test/shared-data.js';
import { haversineKm } from '../places/distance.js';
import type { GazetteerLoadResult } from '../places/place-types.js';
import { createStarterGazetteer } from '../places/starter-gazetteer.js';
import { loadBePostcodesFromDirectory, loadGeoNamesPostalCodesFile } from './gazetteer-files.js';

describe('loadBePostcodesFromDirectory on the shared be-postcodes data', () => {
  let loaded: GazetteerLoadResult;
  beforeAll(async () => {
    loaded = await loadBePostcodesFromDirectory(sharedData('be-postcodes'));
  });

  it('loads every row without an issue, with the counts of the README', () => {
    const { gazetteer, issues } = loaded;
    expect(issues).toEqual([]);
    expect(gazetteer.localityCount).toBe(2781);
    expect(gazetteer.communeCount).toBe(565);
    expect(gazetteer.listCommunes({ region: 'wallonia' })).toHaveLength(261);
    expect(gazetteer.listCommunes({ region: 'flanders' })).toHaveLength(285);
    expect(gazetteer.listCommunes({ region: 'brussels' })).toHaveLength(19);
    expect(gazetteer.listCommunes({ provinceNis: '60000' })).toHaveLength(84);
    const walloonRows = gazetteer.localities().filter((l) => l.region === 'wallonia');
    expect(walloonRows).toHaveLength(1577);
  });

  it('knows Charleroi, Liège and Namur by postal code', () => {
    const { gazetteer } = loaded;
    expect(
      gazetteer.lookupPostalCode('6000')?.communes.map((c) => [c.nis, c.name, c.province?.name, c.region]),
    ).toEqual([['52011', 'Charleroi', 'Hainaut', 'wallonia']]);
    expect(gazetteer.lookupPostalCode('4000')?.communes.map((c) => c.name)).toEqual(['Liège']);
    expect(gazetteer.lookupPostalCode('5000')?.communes.map((c) => c.name)).toEqual(['Namur']);
  });

  it('uses the enrichment files: German names, earlier NIS codes, the mean point of Ham-sur-Heure-Nalinnes', () => {
    const { gazetteer } = loaded;
    expect(gazetteer.lookupNis('62063')?.nameDe).toBe('Lüttich');
    expect(gazetteer.lookupNis('54007')?.name).toBe('Mouscron');
    expect(gazetteer.lookupNis('82005')?.name).toBe('Bastogne');
    expect(gazetteer.findCommunes('braine-l’alleud').map((c) => c.nis)).toEqual(['25014']);
    expect(gazetteer.findLocality("braine-l'alleud").map((l) => l.postalCode)).toEqual(['1420']);
  });

  it('puts each commune at the point wallonia_communes.csv gives', () => {
    const { gazetteer } = loaded;
    const text = readFileSync(sharedData('be-postcodes', 'wallonia_communes.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(261);
    for (const row of rows) {
      expect(gazetteer.lookupNis(row.nis_code ?? '')?.coordinates).toEqual({
        lat: Number(row.lat),
        lon: Number(row.lon),
      });
    }
  });

  it('agrees with the starter gazetteer on every starter town', () => {
    const { gazetteer } = loaded;
    for (const town of createStarterGazetteer().listCommunes()) {
      const full = gazetteer.lookupNis(town.nis);
      expect(full?.name).toBe(town.name);
      expect(full?.nameNl).toBe(town.nameNl);
      expect(full?.arrondissement).toEqual(town.arrondissement);
      expect(full?.province).toEqual(town.province);
      expect(full?.postalCodes).toContain(town.postalCodes[0]);
      expect(full?.formerNisCodes).toEqual(town.formerNisCodes);
      expect(haversineKm(full?.coordinates ?? { lat: 0, lon: 0 }, town.coordinates)).toBeLessThan(0.5);
    }
  });

  it('rejects a folder without be_postcodes.csv, naming the path', async () => {
    await expect(loadBePostcodesFromDirectory(join(tmpdir(), 'no-such-passerelle-folder'))).rejects.toThrow(
      /be_postcodes\.csv/,
    );
  });
});

describe('loadGeoNamesPostalCodesFile', () => {
  it('reads a UTF-8 file with a byte-order mark and names it in issues', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'passerelle-geonames-'));
    try {
      const path = join(dir, 'BE.txt');
      const rows = [
        ['BE', '4000', 'Liège', 'Wallonie', 'WAL', 'Liège', 'WLG', 'Liège', '62', '50.6337', '5.5675', '4'],
        ['BE', '40000', 'Nowhere', 'Wallonie', 'WAL', 'Liège', 'WLG', 'Liège', '62', '50.6', '5.5', '4'],
      ];
      await writeFile(path, `\uFEFF${rows.map((r) => r.join('\t')).join('\n')}\n`, 'utf8');
      const { gazetteer, issues } = await loadGeoNamesPostalCodesFile(path);
      expect(gazetteer.findLocality('liege').map((l) => l.postalCode)).toEqual(['4000']);
      expect(issues.map((i) => [i.source, i.line, i.code])).toEqual([[path, 2, 'invalid_postal_code']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
