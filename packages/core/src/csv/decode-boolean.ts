import { cellFailure, cellValue, type CellResult } from './cell-result.js';
import { foldAccents } from './normalize-key.js';

// French, English and Dutch answers, and the checkbox style of spreadsheets (`x` ticked, empty not).
const TRUE_WORDS: ReadonlySet<string> = new Set([
  'oui',
  'o',
  'yes',
  'y',
  'ja',
  'j',
  '1',
  'true',
  'vrai',
  'waar',
  'x',
  '✓',
  '✔',
]);
const FALSE_WORDS: ReadonlySet<string> = new Set(['non', 'n', 'no', 'nee', '0', 'false', 'faux', 'onwaar']);

/** A cell's text trimmed, in lower case without accents, for comparison with word lists. */
export function foldCell(cell: string): string {
  return foldAccents(cell.trim());
}

/**
 * Decodes a yes/no cell: `oui`/`non`, `yes`/`no`, `ja`/`nee`, `1`/`0`, `true`/`false`, `vrai`/`faux`, or a
 * ticked box `x` — so an empty cell is `false`, as an unticked box. Case and accents do not matter. Fails
 * with `invalid_boolean`.
 */
export function decodeBoolean(cell: string): CellResult<boolean> {
  const word = foldCell(cell);
  if (word === '' || FALSE_WORDS.has(word)) return cellValue(false);
  if (TRUE_WORDS.has(word)) return cellValue(true);
  return cellFailure('invalid_boolean', cell.trim());
}
