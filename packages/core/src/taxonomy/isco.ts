/** An ISCO-08 code: 1 (major group) to 4 (unit group) digits. */
export const ISCO_CODE_PATTERN = /^\d{1,4}$/;

/** Issue parameters for a malformed ISCO code. */
export const ISCO_FORMAT = Object.freeze({ format: 'ISCO-08 (1–4 chiffres / digits)' });

/** Whether `code` is an ISCO-08 group code of 1 to 4 digits. */
export function isIscoCode(code: string): boolean {
  return ISCO_CODE_PATTERN.test(code);
}

/**
 * The ISCO-08 groups above `code`, nearest first: `2654` → `['265', '26', '2']`. ISCO codes nest by
 * prefix, so this needs no table. An invalid code has no ancestors.
 */
export function iscoAncestors(code: string): string[] {
  if (!isIscoCode(code)) return [];
  const ancestors: string[] = [];
  for (let length = code.length - 1; length >= 1; length--) ancestors.push(code.slice(0, length));
  return ancestors;
}
