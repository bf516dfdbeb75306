import { cellFailure, cellValue, type CellResult } from './cell-result.js';

// Spreadsheets turn code columns into numbers and write them back as `6000.0` or `6000,0`.
const SPREADSHEET_DECIMALS = /[.,]0+$/;

/**
 * Decodes a Belgian postal code: `6000`, ` 6000 `, `B-6000`, `B6000`, `BE-6000`, or `6000.0` as a
 * spreadsheet writes a number. Empty: `undefined`. Fails with `invalid_postal_code` unless four digits remain
 * (the range 1000–9999 is checked by the model).
 */
export function decodePostalCode(cell: string): CellResult<string | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const code = text
    .toUpperCase()
    .replace(/^BE?\s*-?\s*/, '')
    .replace(SPREADSHEET_DECIMALS, '');
  return /^\d{4}$/.test(code) ? cellValue(code) : cellFailure('invalid_postal_code', text);
}

/**
 * Decodes a Statbel NIS (INS) commune code: five digits, also written `92094.0` by a spreadsheet. Empty:
 * `undefined`. Fails with `invalid_nis_code`.
 */
export function decodeNisCode(cell: string): CellResult<string | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const code = text.replace(SPREADSHEET_DECIMALS, '');
  return /^\d{5}$/.test(code) ? cellValue(code) : cellFailure('invalid_nis_code', text);
}

/**
 * Decodes a Belgian enterprise number (BCE/KBO) to its ten digits: `0403.170.701`, `BE 0403 170 701`, and
 * the old nine-digit form `403170701`. Empty: `undefined`. Fails with `invalid_enterprise_number` unless
 * ten digits remain (the modulo-97 key is checked by the model).
 */
export function decodeEnterpriseNumber(cell: string): CellResult<string | undefined> {
  const text = cell.trim();
  if (text === '') return cellValue(undefined);
  const digits = text
    .toUpperCase()
    .replace(/^BE/, '')
    .replace(/[\s./-]/g, '');
  const code = /^\d{9}$/.test(digits) ? `0${digits}` : digits;
  return /^\d{10}$/.test(code) ? cellValue(code) : cellFailure('invalid_enterprise_number', text);
}

/** Decodes a NACE-BEL code such as `52.10`; a decimal comma (`52,10`) becomes a dot. Empty: `undefined`. */
export function decodeNaceCode(cell: string): CellResult<string | undefined> {
  const text = cell.trim();
  return cellValue(text === '' ? undefined : text.replace(',', '.'));
}
