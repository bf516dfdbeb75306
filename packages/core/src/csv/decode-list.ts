import { cellValue, type CellDecoder, type CellResult } from './cell-result.js';

/**
 * Separators of list cells whose items may hold a decimal comma (skills with years, commute limits): `|`,
 * and `;` — also in a `;`-delimited file, where such a cell is quoted (`"sk1:3;sk2:2"`).
 */
export const LIST_SEPARATORS = /[|;]/;

/** Separators of lists of plain codes or identifiers (licences `B, C`, schedules `nuit|week-end`): `|`, `;`, `,`. */
export const CODE_LIST_SEPARATORS = /[|;,]/;

/** The non-empty, trimmed items of a list cell. */
export function splitList(cell: string, separators: RegExp = LIST_SEPARATORS): string[] {
  return cell
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * Decodes a list cell item by item. An empty cell is an empty list. The first item that fails makes the
 * cell fail, with `item` set to its position.
 */
export function decodeList<T>(
  cell: string,
  decodeItem: CellDecoder<T | undefined>,
  separators: RegExp = LIST_SEPARATORS,
): CellResult<T[]> {
  const values: T[] = [];
  const items = splitList(cell, separators);
  for (const [item, text] of items.entries()) {
    const result = decodeItem(text);
    if (!result.ok) return { ...result, item };
    if (result.value !== undefined) values.push(result.value);
  }
  return cellValue(values);
}
