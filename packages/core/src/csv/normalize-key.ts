// Removing accents goes through Unicode normalization, which is slow; most cells are printable ASCII and skip it.
const NON_ASCII = /[^ -~]/;

/** Lower case without accents (`Intérim` → `interim`), for comparisons with word lists. */
export function foldAccents(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * The comparison key of a header or a label: accents, case, spaces, underscores and punctuation removed, so
 * that `Code postal`, `code_postal` and `CODE-POSTAL` all read `codepostal`, and `Intérim` reads `interim`.
 */
export function normalizeKey(text: string): string {
  return foldAccents(text).replace(/[^a-z0-9]/g, '');
}
