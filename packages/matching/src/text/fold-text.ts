// Case and accent folding: the first step of every comparison of French or English text.

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' };
const LIGATURE_PATTERN = /[œæßøłđ]/g;
// Apostrophes and dashes of every kind become their ASCII forms, so that tokenizing sees one spelling.
const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—―]/g;

/**
 * Lower-cases a text and folds its accents and ligatures: `Aide-Ménagère Œuvre` → `aide-menagere oeuvre`.
 * Compatibility forms are unfolded too (`ﬀ` → `ff`, full-width letters), so that a title reads the same
 * in any case. Typographic apostrophes and dashes become `'` and `-`. Other characters are kept.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-');
}
