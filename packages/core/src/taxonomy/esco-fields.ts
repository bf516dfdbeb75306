// Reading ESCO's conventions: concept URIs, skill types, multi-valued label cells.
import { createIssue, type Issue } from '../issues/issue.js';
import { cellOf, type CsvHeader, type CsvRow } from './csv-table.js';

/**
 * The Passerelle id of an ESCO concept URI: the UUID for skills and occupations
 * (`…/esco/skill/<uuid>` → `<uuid>`, which skill groups share), the path joined by `:` for other
 * schemes (`…/esco/isced-f/0613` → `isced-f:0613`). A bare UUID is returned as is.
 */
export function escoIdFromUri(uri: string): string {
  const text = uri.trim();
  const at = text.indexOf('/esco/');
  if (at === -1) return text.slice(text.lastIndexOf('/') + 1);
  const parts = text
    .slice(at + '/esco/'.length)
    .split('/')
    .filter((part) => part !== '');
  if (parts[0] === 'skill' || parts[0] === 'occupation') return parts[parts.length - 1] ?? '';
  return parts.join(':');
}

/** Splits a cell of labels on `separator`, dropping empty parts. */
export function splitLabels(cell: string, separator: string | RegExp): string[] {
  if (cell === '') return [];
  return cell
    .split(separator)
    .map((label) => label.trim())
    .filter((label) => label !== '');
}

const ESCO_SKILL_TYPES: Readonly<Record<string, 'skill' | 'knowledge'>> = {
  'skill/competence': 'skill',
  knowledge: 'knowledge',
};

/**
 * Passerelle's skill type for ESCO's `skillType` cell. An unknown value (ESCO has one skill typed
 * `skill/competence knowledge`) is a warning and leaves the type unset.
 */
export function readEscoSkillType(
  header: CsvHeader,
  row: CsvRow,
  issues: Issue[],
): 'skill' | 'knowledge' | undefined {
  const raw = cellOf(header, row, 'skillType').trim();
  if (raw === '') return undefined;
  const type = ESCO_SKILL_TYPES[raw];
  if (type === undefined) {
    const params = { allowed: Object.keys(ESCO_SKILL_TYPES) };
    const where = { source: header.source, line: row.line, field: 'skillType' };
    issues.push(createIssue('invalid_value', { ...where, severity: 'warning', value: raw, params }));
  }
  return type;
}

/** The row's concept id from the URI in `column`, or undefined (reported as `required`) when empty. */
export function readConceptId(
  header: CsvHeader,
  row: CsvRow,
  column: string,
  issues: Issue[],
): { id: string; uri: string } | undefined {
  const uri = cellOf(header, row, column).trim();
  const id = escoIdFromUri(uri);
  if (id === '') {
    issues.push(createIssue('required', { source: header.source, line: row.line, field: column }));
    return undefined;
  }
  return { id, uri };
}
