import Papa from 'papaparse';
import { isBlank } from './cell-result.js';

/** The column delimiters Passerelle reads: `;` (Excel in a Belgian or French locale), `,` and tab. */
export const CSV_DELIMITERS = [';', ',', '\t'] as const;

/** A column delimiter. */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** How many rows the detection looks at: enough to see a pattern, few enough to stay instant on big files. */
const SAMPLE_ROWS = 20;

/** Whether `value` is one of {@link CSV_DELIMITERS}. */
export function isCsvDelimiter(value: unknown): value is CsvDelimiter {
  return (CSV_DELIMITERS as readonly unknown[]).includes(value);
}

/** Whether a row has the header's width (extra cells left empty by a trailing delimiter do not count). */
function fitsHeader(row: readonly string[], width: number): boolean {
  return row.length === width || (row.length > width && row.slice(width).every(isBlank));
}

/** How well a delimiter splits the sample: the header's width, and the share of rows of that width. */
function score(text: string, delimiter: CsvDelimiter): { width: number; fit: number } {
  const rows = Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_ROWS, skipEmptyLines: 'greedy' }).data;
  const [header = [], ...data] = rows;
  const fitting = data.filter((row) => fitsHeader(row, header.length)).length;
  return { width: header.length, fit: data.length === 0 ? 1 : fitting / data.length };
}

/**
 * Detects the delimiter of CSV text among `;`, `,` and tab. The header must split into at least two cells;
 * among the delimiters that split it, the one whose first rows most often have the header's width wins,
 * then the one giving the wider header, then `;` (Belgian exports), `,`, tab in that order. Papaparse's own
 * guess is not used: it ignores the header, and a decimal comma in a `;` file (`2,5`) fools it. A file
 * with a single column reads the same with any delimiter and gets `,`.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  if (typeof text !== 'string') throw new TypeError('detectDelimiter expects a string.');
  let best: { delimiter: CsvDelimiter; width: number; fit: number } | undefined;
  for (const delimiter of CSV_DELIMITERS) {
    const { width, fit } = score(text, delimiter);
    if (width < 2) continue;
    if (!best || fit > best.fit || (fit === best.fit && width > best.width)) best = { delimiter, width, fit };
  }
  return best?.delimiter ?? ',';
}
