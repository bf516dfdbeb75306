// Reading a CSV of labelled job titles (a title column and an occupation id column): good rows go on, bad ones
// are reported with their line, column and reason. Browser-safe: the Node entry reads the file's bytes.
import { detectDelimiter } from '@passerelle/core';
import type { LabelledTitle } from './evaluate.js';

/** Header names read as the title column, in order of preference (compared lower-cased, trimmed). */
export const TITLE_COLUMN_NAMES: readonly string[] = Object.freeze([
  'title',
  'vacancy_title',
  'job_title',
  'titre',
]);
/** Header names read as the occupation id column, in order of preference. */
export const OCCUPATION_COLUMN_NAMES: readonly string[] = Object.freeze([
  'occupation_id',
  'occupationid',
  'esco_occupation_uuid',
  'occupation',
]);

/** A problem with one row (or the header) of a labelled-titles file. */
export interface TitleFileIssue {
  /** `missing_column`, `unclosed_quote`, `empty_title`, `empty_occupation` or `missing_cell`. */
  readonly code: 'missing_column' | 'unclosed_quote' | 'empty_title' | 'empty_occupation' | 'missing_cell';
  readonly source: string;
  /** The 1-based line the row starts on. */
  readonly line: number;
  /** The column concerned, as named in the header (or the names that would do). */
  readonly field: string;
  /** What is wrong, in English. */
  readonly message: string;
}

/** The good rows of a labelled-titles file, the problems found, and how many rows were rejected. */
export interface LabelledTitlesRead {
  readonly rows: readonly LabelledTitle[];
  readonly issues: readonly TitleFileIssue[];
  readonly rejected: number;
}

interface CsvLine {
  readonly cells: string[];
  readonly line: number;
  readonly unclosed: boolean;
}

/**
 * Splits CSV text into rows (RFC 4180: `"` quotes a cell, `""` is a quote inside one, quoted cells may hold the
 * delimiter and line breaks), each with the line it starts on. Blank lines are skipped.
 */
export function splitCsvRows(text: string, delimiter: string): CsvLine[] {
  const rows: CsvLine[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim() !== '') rows.push({ cells, line: start, unclosed: false });
    cells = [];
    cell = '';
    start = line;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else cell += c;
  }
  if (quoted) {
    cells.push(cell);
    rows.push({ cells, line: start, unclosed: true });
  } else if (cell !== '' || cells.length > 0) endRow();
  return rows;
}

function findColumn(header: readonly string[], names: readonly string[]): number {
  const clean = header.map((name) => name.trim().toLowerCase());
  for (const name of names) {
    const at = clean.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Reads a CSV of labelled titles (`,`, `;` or tab; a header naming a title column, e.g. `title` or
 * `vacancy_title`, and an occupation id column, e.g. `occupation_id` or `esco_occupation_uuid`). Never throws on
 * file content: a missing column, an unclosed quote, an empty title or occupation id is an issue with its line.
 */
export function parseLabelledTitlesCsv(text: string, source = 'titles.csv'): LabelledTitlesRead {
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const [header, ...rows] = splitCsvRows(clean, detectDelimiter(clean));
  const titleAt = findColumn(header?.cells ?? [], TITLE_COLUMN_NAMES);
  const occupationAt = findColumn(header?.cells ?? [], OCCUPATION_COLUMN_NAMES);
  const issues: TitleFileIssue[] = [];
  const missing = (field: string, names: readonly string[]) =>
    issues.push({
      code: 'missing_column',
      source,
      line: header?.line ?? 1,
      field,
      message: `no ${field} column in the header (name it one of: ${names.join(', ')})`,
    });
  if (titleAt < 0) missing('title', TITLE_COLUMN_NAMES);
  if (occupationAt < 0) missing('occupation id', OCCUPATION_COLUMN_NAMES);
  if (titleAt < 0 || occupationAt < 0) return { rows: [], issues, rejected: rows.length };
  const names = header!.cells.map((name) => name.trim());
  const good: LabelledTitle[] = [];
  for (const row of rows) {
    const issue = rowIssue(row, titleAt, occupationAt, names);
    if (issue !== undefined) issues.push({ source, line: row.line, ...issue });
    else
      good.push({
        title: row.cells[titleAt] as string,
        occupationId: (row.cells[occupationAt] as string).trim(),
      });
  }
  return { rows: good, issues, rejected: rows.length - good.length };
}

function rowIssue(
  row: CsvLine,
  titleAt: number,
  occupationAt: number,
  names: readonly string[],
): Pick<TitleFileIssue, 'code' | 'field' | 'message'> | undefined {
  const [titleName, occupationName] = [names[titleAt] as string, names[occupationAt] as string];
  if (row.unclosed) {
    return { code: 'unclosed_quote', field: '(row)', message: 'a quote opened in this row is never closed' };
  }
  for (const [at, field] of [
    [titleAt, titleName],
    [occupationAt, occupationName],
  ] as const) {
    if (row.cells[at] === undefined) {
      return { code: 'missing_cell', field, message: `the row has ${row.cells.length} cells, no ${field}` };
    }
  }
  if ((row.cells[titleAt] as string).trim() === '') {
    return { code: 'empty_title', field: titleName, message: 'empty title' };
  }
  if ((row.cells[occupationAt] as string).trim() === '') {
    return { code: 'empty_occupation', field: occupationName, message: 'empty occupation id' };
  }
  return undefined;
}
