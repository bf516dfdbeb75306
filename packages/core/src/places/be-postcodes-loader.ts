import type { Issue } from '../issues/issue.js';
import { applyRefnis, applyWalloniaCommunes } from './be-postcodes-enrich.js';
import { readCsvTable } from './csv-table.js';
import { GazetteerDraft, type CommuneDraft } from './gazetteer-draft.js';
import type { AdminArea, CsvInput, GazetteerLoadResult, Locality } from './place-types.js';
import { parseRegion, type Region } from './regions.js';
import { RowReader } from './row-reader.js';

/** Options of {@link loadBePostcodesCsv}. */
export interface BePostcodesOptions {
  /** File name quoted in issues (default `be_postcodes.csv`). */
  readonly source?: string;
  /** `wallonia_communes.csv`: commune points, German names, earlier NIS codes of Walloon communes. */
  readonly walloniaCommunes?: CsvInput;
  /** `refnis_2025.csv`: official hierarchy; fills missing arrondissements, provinces, regions and names. */
  readonly refnis?: CsvInput;
}

/** Columns `be_postcodes.csv` must have; the others are read when present. */
export const BE_POSTCODES_REQUIRED_COLUMNS = [
  'postal_code',
  'locality',
  'municipality_nis',
  'municipality',
  'lat',
  'lon',
] as const;

const REGION_LABELS_IN_FILE = ['Région wallonne', 'Région flamande', 'Région de Bruxelles-Capitale'];

function readArea(row: RowReader, nisColumn: string, nameColumn: string): AdminArea | undefined {
  const nis = row.nisCode(nisColumn, true);
  const name = row.text(nameColumn);
  if (name === '' && nis !== undefined) row.report('required', nameColumn);
  return name === '' ? undefined : { ...(nis !== undefined ? { nis } : {}), name };
}

function readRegion(row: RowReader): Region | undefined {
  const label = row.text('region');
  const region = label === '' ? undefined : parseRegion(label);
  if (label !== '' && region === undefined) {
    row.report('invalid_value', 'region', { value: label, params: { allowed: REGION_LABELS_IN_FILE } });
  }
  return region;
}

function readRow(row: RowReader): { locality: Locality; commune: Omit<CommuneDraft, 'line'> } | undefined {
  const postalCode = row.postalCode('postal_code');
  const name = row.required('locality');
  const nis = row.nisCode('municipality_nis');
  const communeName = row.required('municipality');
  const coordinates = row.coordinates('lat', 'lon');
  const arrondissement = readArea(row, 'arrondissement_nis', 'arrondissement');
  const province = readArea(row, 'province_nis', 'province');
  const region = readRegion(row);
  const nameNl = row.text('municipality_nl');
  if (row.hasErrors || !postalCode || !name || !nis || !communeName || !coordinates) return undefined;
  const commune = { nis, name: communeName, ...(nameNl ? { nameNl } : {}), arrondissement, province, region };
  return { locality: { name, postalCode, coordinates, communeNis: nis }, commune };
}

// A commune is described on each of its rows; later rows must agree with the first.
const COMMUNE_FIELDS: ReadonlyArray<[string, (c: Omit<CommuneDraft, 'line'>) => string | undefined]> = [
  ['municipality', (c) => c.name],
  ['arrondissement_nis', (c) => c.arrondissement?.nis],
  ['province_nis', (c) => c.province?.nis],
  ['region', (c) => c.region],
];

function checkSameCommune(row: RowReader, first: CommuneDraft, again: Omit<CommuneDraft, 'line'>): void {
  for (const [column, get] of COMMUNE_FIELDS) {
    const expected = get(first);
    const found = get(again);
    if (found === expected || found === undefined) continue;
    const allowed = expected === undefined ? [] : [expected];
    row.report('invalid_value', column, { severity: 'warning', value: found, params: { allowed } });
  }
}

/**
 * Loads `be_postcodes.csv` (one row per postal code × locality; columns in the be-postcodes README) into
 * a gazetteer, optionally enriched with `wallonia_communes.csv` and `refnis_2025.csv`. Never throws on
 * bad data: good rows are kept; each bad row is left out and reported with its line and field. A row
 * repeating a postal code and locality is skipped with a `duplicate_value` warning; a row describing
 * its commune differently from the commune's first row keeps the first description, with an
 * `invalid_value` warning. The region comes from the `region` column, else from the NIS code.
 */
export function loadBePostcodesCsv(text: string, options: BePostcodesOptions = {}): GazetteerLoadResult {
  const source = options.source ?? 'be_postcodes.csv';
  const table = readCsvTable(String(text), BE_POSTCODES_REQUIRED_COLUMNS, { source });
  const issues: Issue[] = [...table.issues];
  const draft = new GazetteerDraft();
  for (const record of table.isReadable ? table.rows : []) {
    const row = new RowReader(record, table.columns, source);
    const read = readRow(row);
    if (read !== undefined) addRow(draft, row, read, record.line);
    issues.push(...row.issues);
  }
  // File order: papaparse's malformed rows come first otherwise.
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (options.refnis !== undefined) issues.push(...applyRefnis(draft, options.refnis, source));
  if (options.walloniaCommunes !== undefined)
    issues.push(...applyWalloniaCommunes(draft, options.walloniaCommunes));
  return { gazetteer: draft.build(), issues };
}

function addRow(
  draft: GazetteerDraft,
  row: RowReader,
  read: NonNullable<ReturnType<typeof readRow>>,
  line: number,
): void {
  const { locality, commune } = read;
  const firstLine = draft.addLocality(locality, line);
  if (firstLine !== undefined) {
    const value = `${locality.postalCode} ${locality.name}`;
    row.report('duplicate_value', 'locality', { severity: 'warning', value, params: { firstLine } });
    return;
  }
  const first = draft.communes.get(commune.nis);
  if (first === undefined) draft.communes.set(commune.nis, { ...commune, line });
  else checkSameCommune(row, first, commune);
}
