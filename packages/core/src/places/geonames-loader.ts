import { createIssue, type Issue } from '../issues/issue.js';
import { readCsvRecords } from './csv-records.js';
import { GazetteerDraft } from './gazetteer-draft.js';
import type { GazetteerLoadResult, Locality } from './place-types.js';
import { parseRegion } from './regions.js';
import { RowReader } from './row-reader.js';

/** GeoNames' postal-code columns, in file order, named as in its readme. */
export const GEONAMES_POSTAL_COLUMNS = [
  'country code',
  'postal code',
  'place name',
  'admin name1',
  'admin code1',
  'admin name2',
  'admin code2',
  'admin name3',
  'admin code3',
  'latitude',
  'longitude',
  'accuracy',
] as const;

const COLUMNS: ReadonlyMap<string, number> = new Map(GEONAMES_POSTAL_COLUMNS.map((name, i) => [name, i]));

/** Options of {@link loadGeoNamesPostalCodes}. */
export interface GeoNamesOptions {
  /** File name quoted in issues (default `BE.txt`). */
  readonly source?: string;
}

function readLocality(row: RowReader): Locality | undefined {
  const postalCode = row.postalCode('postal code');
  const name = row.required('place name');
  const coordinates = row.coordinates('latitude', 'longitude');
  if (row.hasErrors || !postalCode || !name || !coordinates) return undefined;
  const region = parseRegion(row.text('admin code1')) ?? parseRegion(row.text('admin name1'));
  const province = row.text('admin name2');
  const arrondissement = row.text('admin name3');
  return {
    name,
    postalCode,
    coordinates,
    ...(region !== undefined ? { region } : {}),
    // GeoNames files Brussels under a pseudo-province "Bruxelles (19 communes)"; Brussels has none.
    ...(province !== '' && region !== 'brussels' ? { province: { name: province } } : {}),
    ...(arrondissement !== '' ? { arrondissement: { name: arrondissement } } : {}),
  };
}

/**
 * Loads GeoNames' postal-code text format (e.g. `BE.txt` from download.geonames.org/export/zip/, CC BY 4.0,
 * "GeoNames, www.geonames.org"): tab-separated, unquoted, no header, columns
 * {@link GEONAMES_POSTAL_COLUMNS}. Rows of other countries (a valid two-letter code other than `BE`) are
 * skipped silently, so `allCountries.txt` works too.
 *
 * What is filled, for Belgium: each locality's postal code, name, coordinates, region (from admin
 * code1 `WAL`/`VLG`/`BRU`), province name (admin name2; none in Brussels) and arrondissement name
 * (admin name3). What is not: GeoNames has no commune level and no NIS codes, so the gazetteer has no
 * communes (`lookupNis`, `listCommunes` and `nearestCommune` find nothing) and provinces and
 * arrondissements carry names only. Its admin code3 (two digits) is the arrondissement code before the
 * 2019 Hainaut reform, so it is not used as a NIS code. A postal code's point is the mean of its
 * localities. Never throws on bad data: bad rows are left out and reported with line and field.
 */
export function loadGeoNamesPostalCodes(text: string, options: GeoNamesOptions = {}): GazetteerLoadResult {
  const source = options.source ?? 'BE.txt';
  const { records, issues } = readCsvRecords(String(text), { source, delimiter: '\t', quoted: false });
  const all: Issue[] = [...issues];
  const draft = new GazetteerDraft();
  for (const record of records) {
    const country = (record.cells[0] ?? '').trim().toUpperCase();
    if (/^[A-Z]{2}$/.test(country) && country !== 'BE') continue;
    const row = new RowReader(record, COLUMNS, source);
    if (country !== 'BE')
      row.report('invalid_country_code', 'country code', { value: record.cells[0] ?? '' });
    else if (record.cells.length < 11) {
      const detail = `11 or 12 tab-separated fields expected, ${record.cells.length} found`;
      all.push(createIssue('malformed_row', { source, line: record.line, params: { detail } }));
      continue;
    }
    const locality = row.hasErrors ? undefined : readLocality(row);
    const firstLine = locality === undefined ? undefined : draft.addLocality(locality, record.line);
    if (locality !== undefined && firstLine !== undefined) {
      const value = `${locality.postalCode} ${locality.name}`;
      row.report('duplicate_value', 'place name', { severity: 'warning', value, params: { firstLine } });
    }
    all.push(...row.issues);
  }
  return { gazetteer: draft.build(), issues: all };
}
