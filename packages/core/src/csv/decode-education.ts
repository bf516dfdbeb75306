import {
  BELGIAN_DIPLOMAS,
  BELGIAN_DIPLOMA_ISCED,
  ISCED_LEVELS,
  type BelgianDiploma,
} from '../vocab/education.js';
import { cellFailure, cellValue, type CellResult } from './cell-result.js';
import { decodeDiploma } from './code-decoders.js';
import { foldCell } from './decode-boolean.js';

/** What an education cell says: an ISCED level, and the Belgian diploma when the cell named one. */
export interface EducationCell {
  /** ISCED 2011 level (0–8 is checked by the model). */
  readonly isced: number;
  /** The diploma, when the cell named a diploma rather than a level. */
  readonly diploma?: BelgianDiploma;
}

// `3`, `3.0` from a spreadsheet, `ISCED 3`, `CITE 3`, `niveau 3`.
const LEVEL = /^(?:isced|cite|niveau|level|niveau cite)?\s*(\d+)(?:[.,]0+)?$/;

const ALLOWED = [...ISCED_LEVELS.map(String), ...BELGIAN_DIPLOMAS];

/**
 * Decodes an education cell: an ISCED level (`3`, `CITE 3`) or a Belgian diploma (`CESS`, `CEB`, `CE1D`,
 * `bachelier`, `master`), which gives its ISCED level and is kept as the diploma. Empty: `undefined`. Fails
 * with `invalid_value`, quoting the levels and diplomas.
 */
export function decodeEducation(cell: string): CellResult<EducationCell | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const level = LEVEL.exec(foldCell(text));
  if (level) return cellValue({ isced: Number(level[1]) });
  const diploma = decodeDiploma(text);
  if (diploma.ok && diploma.value !== undefined) {
    return cellValue({ isced: BELGIAN_DIPLOMA_ISCED[diploma.value], diploma: diploma.value });
  }
  return cellFailure('invalid_value', text, { allowed: ALLOWED });
}

/** Decodes a minimum education level: an ISCED level or a diploma name, reduced to its ISCED level. */
export function decodeIscedLevel(cell: string): CellResult<number | undefined> {
  const result = decodeEducation(cell);
  return result.ok ? cellValue(result.value?.isced) : result;
}
