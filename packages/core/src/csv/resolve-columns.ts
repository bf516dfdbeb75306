import { createIssue, formatPath, type Issue, type PathKey } from '../issues/issue.js';
import type { CsvColumn, CsvKindSpec } from './csv-column.js';
import { normalizeKey } from './normalize-key.js';

/** One column of the file and the field it was matched to (`null`: ignored). */
export interface ResolvedColumn {
  /** 0-based position in the file. */
  readonly index: number;
  /** The header as written in the file. */
  readonly header: string;
  /** The field it fills, or `null` when it matches none. */
  readonly field: string | null;
}

/** How the file's columns feed the fields, with the file issues found on the way. */
export interface ColumnPlan {
  /** Every column of the file, in file order. */
  readonly columns: readonly ResolvedColumn[];
  /** Field → position in the file. */
  readonly positions: ReadonlyMap<string, number>;
  /** `missing_column`, `unknown_column` and `duplicate_value` (a field given twice) file issues. */
  readonly issues: readonly Issue[];
}

/** What resolution needs from the import options. */
export interface ResolveOptions {
  readonly mapping?: Readonly<Record<string, string>>;
  readonly defaults?: Readonly<Record<string, unknown>>;
  readonly source?: string;
}

const accepted = (column: CsvColumn): string[] => [column.header, ...column.aliases];

/** Normalized header name → field, from every column's header, aliases and field name. */
function aliasIndex(spec: CsvKindSpec): Map<string, string> {
  const index = new Map<string, string>();
  for (const column of spec.columns) {
    for (const name of [column.field, ...accepted(column)]) {
      const key = normalizeKey(name);
      if (!index.has(key)) index.set(key, column.field);
    }
  }
  return index;
}

/** Finds the position of an explicitly mapped header: exact text first, then as headers are compared. */
function findHeader(headers: readonly string[], wanted: string): number {
  const exact = headers.findIndex((header) => header === wanted);
  return exact >= 0 ? exact : headers.findIndex((header) => normalizeKey(header) === normalizeKey(wanted));
}

/** The matching in progress: field → position, position → field, and the headers asked for but absent. */
interface Matching {
  readonly positions: Map<string, number>;
  readonly fields: (string | null)[];
  readonly absent: { field: string; header: string }[];
  readonly issues: Issue[];
}

type Where = { source?: string; line: number };

/** The explicit mapping first: it wins over every alias. */
function applyMapping(
  matching: Matching,
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
) {
  for (const [field, header] of Object.entries(mapping)) {
    const at = findHeader(headers, header);
    if (at < 0 || matching.fields[at] !== null) {
      matching.absent.push({ field, header });
      continue;
    }
    matching.positions.set(field, at);
    matching.fields[at] = field;
  }
}

/** Then the aliases, for the columns left; a column of a field mapped elsewhere is ignored. */
function applyAliases(
  matching: Matching,
  spec: CsvKindSpec,
  headers: readonly string[],
  options: ResolveOptions,
  where: Where,
) {
  const index = aliasIndex(spec);
  headers.forEach((header, at) => {
    if (matching.fields[at] !== null || header.trim() === '') return;
    const field = index.get(normalizeKey(header));
    if (field === undefined || options.mapping?.[field] !== undefined) {
      const params = { column: header };
      matching.issues.push(
        createIssue('unknown_column', { ...where, severity: 'warning', field: header, params }),
      );
    } else if (matching.positions.has(field)) {
      matching.issues.push(
        createIssue('duplicate_value', { ...where, severity: 'warning', field: header, value: header }),
      );
    } else {
      matching.positions.set(field, at);
      matching.fields[at] = field;
    }
  });
}

/**
 * Matches the file's headers to the fields of a kind: first the explicit `mapping` (`{ field: 'Header in
 * file' }`), then the aliases, accent/case/space/underscore-insensitive. Columns matching no field give an
 * `unknown_column` warning; a required column that is absent (and has no default) gives a `missing_column`
 * error naming the accepted headers — or the header the mapping named.
 */
export function resolveColumns(
  spec: CsvKindSpec,
  headers: readonly string[],
  options: ResolveOptions = {},
): ColumnPlan {
  const where: Where = options.source !== undefined ? { source: options.source, line: 1 } : { line: 1 };
  const matching: Matching = {
    positions: new Map(),
    fields: headers.map(() => null),
    absent: [],
    issues: [],
  };
  applyMapping(matching, headers, options.mapping ?? {});
  applyAliases(matching, spec, headers, options, where);
  const needs = neededGroups(spec, matching.positions, options);
  for (const { field, header } of matching.absent) {
    const severity = needs.some((group) => group.includes(field)) ? 'error' : 'warning';
    const params = { column: header, accepted: [header] };
    matching.issues.push(createIssue('missing_column', { ...where, severity, field: header, params }));
  }
  const mapped = new Set(matching.absent.map(({ field }) => field));
  for (const group of needs.filter((fields) => !fields.some((field) => mapped.has(field)))) {
    matching.issues.push(missingColumn(spec, group, where));
  }
  const columns = headers.map((header, at) => ({ index: at, header, field: matching.fields[at] ?? null }));
  return { columns, positions: matching.positions, issues: matching.issues };
}

/** The required fields and one-of groups that no column and no default fills. */
function neededGroups(
  spec: CsvKindSpec,
  positions: ReadonlyMap<string, number>,
  options: ResolveOptions,
): string[][] {
  const isCovered = (field: string) => positions.has(field) || options.defaults?.[field] !== undefined;
  const groups = [
    ...spec.columns.filter((column) => column.required).map((column) => [column.field]),
    ...(spec.requireOneOf ?? []).map((group) => [...group]),
  ];
  return groups.filter((group) => !group.some(isCovered));
}

/** A `missing_column` error for a group of fields, naming every header it accepts. */
function missingColumn(spec: CsvKindSpec, group: readonly string[], where: Where): Issue {
  const columns = spec.columns.filter((column) => group.includes(column.field));
  const name = columns.map((column) => column.header).join(' / ');
  const params = { column: name, accepted: columns.flatMap(accepted) };
  return createIssue('missing_column', { ...where, field: name, params });
}

/**
 * For an issue at `path` in a record, the column as the user knows it: the header in the file of the column
 * whose path is the longest prefix of `path`; for an issue about a whole object (a place), its first column
 * present in the file; else the canonical header, or the dotted path.
 */
export function columnNameFor(spec: CsvKindSpec, plan: ColumnPlan, path: readonly PathKey[]): string {
  const nameOf = (column: CsvColumn) => {
    const at = plan.positions.get(column.field);
    return at !== undefined ? (plan.columns[at]?.header ?? column.header) : column.header;
  };
  const startsWith = (long: readonly PathKey[], short: readonly PathKey[]) =>
    short.every((key, i) => long[i] === key);
  let best: CsvColumn | undefined;
  for (const column of spec.columns) {
    if (startsWith(path, column.path) && column.path.length > (best?.path.length ?? 0)) best = column;
  }
  if (best) return nameOf(best);
  const inside = spec.columns.filter((column) => path.length > 0 && startsWith(column.path, path));
  const present = inside.find((column) => plan.positions.has(column.field)) ?? inside[0];
  return present ? nameOf(present) : formatPath(path);
}
