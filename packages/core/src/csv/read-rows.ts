import Papa from 'papaparse';
import type { CsvDelimiter } from './detect-delimiter.js';
import { isBlank } from './cell-result.js';

/** A row as papaparse split it, with where it starts in the file. */
export interface RawRow {
  /** The cells, as written (quotes removed). */
  readonly cells: readonly string[];
  /** The 1-based line where the row starts (a quoted cell may span several lines). */
  readonly line: number;
  /** What papaparse found wrong in the row: `unclosed` or `misplaced` quotes. */
  readonly quoteProblem?: 'unclosed' | 'misplaced';
}

/** Counts physical lines (`\n`, `\r\n` or a lone `\r`) up to growing offsets, in one pass over the text. */
function lineCounter(text: string): (offset: number) => number {
  let position = 0;
  let line = 1;
  return (offset) => {
    for (; position < offset; position++) {
      const code = text.charCodeAt(position);
      if (code === 10 || (code === 13 && text.charCodeAt(position + 1) !== 10)) line++;
    }
    return line;
  };
}

/**
 * The line break of the file, taken from the end of its first line (the header, which holds no quoted line
 * breaks in practice). Papaparse would otherwise guess from all the text, quoted cells included.
 */
function firstLineBreak(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/[\r\n]/);
  if (at < 0 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

function quoteProblem(errors: readonly Papa.ParseError[]): RawRow['quoteProblem'] {
  if (errors.some((error) => error.code === 'MissingQuotes')) return 'unclosed';
  return errors.some((error) => error.type === 'Quotes') ? 'misplaced' : undefined;
}

/**
 * Splits CSV text into rows with papaparse, each with the line it starts on. Rows whose cells are all blank
 * (empty lines, `;;;` left by spreadsheets) are dropped; their lines still count.
 */
export function readRows(text: string, delimiter: CsvDelimiter): RawRow[] {
  const rows: RawRow[] = [];
  const lineAt = lineCounter(text);
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: firstLineBreak(text),
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(start);
      // The cursor is the offset just after the row and its line break: where the next row starts.
      start = result.meta.cursor;
      if (result.data.every(isBlank)) return;
      const problem = quoteProblem(result.errors);
      rows.push({ cells: result.data, line, ...(problem ? { quoteProblem: problem } : {}) });
    },
  });
  return rows;
}
