import { createIssue, type Issue } from '../issues/issue.js';
import { readCsvTable } from './csv-table.js';
import type { CommuneDraft, GazetteerDraft } from './gazetteer-draft.js';
import { normalizeNisCode } from './normalize.js';
import type { AdminArea, CsvInput } from './place-types.js';
import { parseRegion } from './regions.js';
import { RowReader } from './row-reader.js';

/** One line of `refnis_2025.csv`. */
interface RefnisUnit {
  readonly level: string;
  readonly parent: string;
  readonly nameFr: string;
  readonly nameNl: string;
  readonly nameDe: string;
  readonly region: string;
  readonly province: string;
}

/** `Arrondissement d’Ath` → `Ath`, `Province du Brabant wallon` → `Brabant wallon`: the style of be_postcodes. */
function shortName(name: string): string {
  return name.replace(/^(?:arrondissement|province)\s+(?:de la |de l[’']|du |des |de |d[’'])?/i, '');
}

function readRefnis(input: CsvInput): { units: Map<string, RefnisUnit>; issues: Issue[] } {
  const source = input.source ?? 'refnis_2025.csv';
  const table = readCsvTable(input.text, ['nis_code', 'level', 'parent_nis_code', 'name_fr'], { source });
  const issues = [...table.issues];
  const units = new Map<string, RefnisUnit>();
  for (const record of table.isReadable ? table.rows : []) {
    const row = new RowReader(record, table.columns, source);
    const nis = row.nisCode('nis_code');
    const nameFr = row.required('name_fr');
    issues.push(...row.issues);
    if (nis === undefined || nameFr === undefined || row.hasErrors) continue;
    units.set(nis, {
      level: row.text('level'),
      parent: row.text('parent_nis_code'),
      nameFr,
      nameNl: row.text('name_nl'),
      nameDe: row.text('name_de'),
      region: row.text('region_nis_code'),
      province: row.text('province_nis_code'),
    });
  }
  return { units, issues };
}

/** Puts the official unit in place; warns when the postcode file named another one. */
function settle(
  commune: CommuneDraft,
  key: 'arrondissement' | 'province',
  official: AdminArea,
  warn: (i: Issue) => void,
) {
  const current = commune[key];
  if (current?.nis !== undefined && current.nis !== official.nis) {
    warn(
      createIssue('invalid_value', {
        severity: 'warning',
        field: `${key}_nis`,
        value: current.nis,
        params: { allowed: [official.nis ?? ''] },
      }),
    );
  }
  commune[key] = current?.nis === official.nis ? current : official;
}

/**
 * Completes the communes from `refnis_2025.csv`: Dutch and German names, and the official arrondissement,
 * province and region (REFNIS wins over the postcode file, with an `invalid_value` warning). A commune
 * unknown to REFNIS gets an `unknown_reference` warning on its first line in the postcode file.
 */
export function applyRefnis(draft: GazetteerDraft, input: CsvInput, postcodesSource: string): Issue[] {
  const { units, issues } = readRefnis(input);
  if (units.size === 0) return issues;
  for (const commune of draft.communes.values()) {
    const where = { severity: 'warning' as const, source: postcodesSource, line: commune.line };
    const unit = units.get(commune.nis);
    if (unit?.level !== 'municipality') {
      const params = { kind: 'nis_code' };
      issues.push(
        createIssue('unknown_reference', { ...where, field: 'municipality_nis', value: commune.nis, params }),
      );
      continue;
    }
    const warn = (issue: Issue) => issues.push({ ...issue, ...where });
    if (unit.nameNl !== '') commune.nameNl ??= unit.nameNl;
    if (unit.nameDe !== '') commune.nameDe ??= unit.nameDe;
    const arrondissement = units.get(unit.parent);
    if (arrondissement?.level === 'arrondissement') {
      settle(commune, 'arrondissement', { nis: unit.parent, name: shortName(arrondissement.nameFr) }, warn);
    }
    const province = units.get(unit.province);
    if (province?.level === 'province') {
      settle(commune, 'province', { nis: unit.province, name: shortName(province.nameFr) }, warn);
    }
    const region = parseRegion(unit.region);
    if (region !== undefined && commune.region !== undefined && commune.region !== region) {
      warn(
        createIssue('invalid_value', {
          field: 'region',
          value: commune.region,
          params: { allowed: [region] },
        }),
      );
    }
    commune.region = region ?? commune.region;
  }
  return issues;
}

/**
 * Completes Walloon communes from `wallonia_communes.csv`: their representative point (the file's
 * `lat`/`lon`), German name, and earlier NIS codes (`replaces_nis_2019`, `nis_code_1995_2018`, pipe-
 * separated) so that `lookupNis` also finds them by those. A row whose commune is not in the postcode
 * file gets an `unknown_reference` warning.
 */
export function applyWalloniaCommunes(draft: GazetteerDraft, input: CsvInput): Issue[] {
  const source = input.source ?? 'wallonia_communes.csv';
  const table = readCsvTable(input.text, ['nis_code', 'lat', 'lon'], { source });
  const issues = [...table.issues];
  for (const record of table.isReadable ? table.rows : []) {
    const row = new RowReader(record, table.columns, source);
    const nis = row.nisCode('nis_code');
    const coordinates = row.coordinates('lat', 'lon');
    const commune = nis === undefined ? undefined : draft.communes.get(nis);
    if (nis !== undefined && commune === undefined) {
      row.report('unknown_reference', 'nis_code', {
        severity: 'warning',
        value: nis,
        params: { kind: 'nis_code' },
      });
    }
    if (commune !== undefined && coordinates !== undefined && !row.hasErrors) {
      commune.coordinates = coordinates;
      commune.nameDe = row.text('name_de') || commune.nameDe;
      commune.nameNl ??= row.text('name_nl') || undefined;
      commune.formerNisCodes = [...(commune.formerNisCodes ?? []), ...readFormerCodes(row)];
    }
    issues.push(...row.issues);
  }
  return issues;
}

function readFormerCodes(row: RowReader): string[] {
  return ['replaces_nis_2019', 'nis_code_1995_2018'].flatMap((column) =>
    row
      .text(column)
      .split('|')
      .filter((cell) => cell.trim() !== '')
      .flatMap((cell) => {
        const code = normalizeNisCode(cell);
        if (code === undefined) row.report('invalid_nis_code', column, { severity: 'warning', value: cell });
        return code === undefined ? [] : [code];
      }),
  );
}
