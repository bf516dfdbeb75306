import { NIS_CODE_PATTERN, POSTAL_CODE_PATTERN } from '../model/common.js';

/** Letters that Unicode decomposition leaves whole but people type as two. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * The key under which place names are compared: accents and case removed, typographic apostrophes
 * (`’`) and any run of punctuation or spaces turned into one space. `Braine-l’Alleud`,
 * `BRAINE L'ALLEUD` and `braine-l-alleud` all give `braine l alleud`.
 */
export function normalizePlaceName(name: string): string {
  // Fast path: most names are plain ASCII and need neither decomposition nor Unicode classes.
  if (/^[\x20-\x7e]*$/.test(name))
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A Belgian postal code as written by people, made canonical: `6000`, ` 6000 `, `6 000`, `B-6000`,
 * `BE 6000` and the number `6000` all give `'6000'`. Returns `undefined` for anything that is not a
 * postal code (e.g. `0600`, `60000`, `6000.5`).
 */
export function normalizePostalCode(input: string | number): string | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 1000 && input <= 9999 ? String(input) : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const digits = input
    .trim()
    .replace(/^BE?\s*[-‐–]?\s*/i, '')
    .replace(/[\s.]/g, '');
  return POSTAL_CODE_PATTERN.test(digits) ? digits : undefined;
}

/**
 * A NIS (REFNIS) code made canonical: surrounding spaces removed; a number is padded to five digits
 * (`1000` → `'01000'`), since spreadsheets drop leading zeros. Returns `undefined` when it is not five digits.
 */
export function normalizeNisCode(input: string | number): string | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 0 && input <= 99999
      ? String(input).padStart(5, '0')
      : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const code = input.trim();
  return NIS_CODE_PATTERN.test(code) ? code : undefined;
}
