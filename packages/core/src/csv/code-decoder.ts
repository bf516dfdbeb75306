import type { CodeLabels } from '../vocab/localized-text.js';
import { cellFailure, cellValue, type CellDecoder, type CellResult } from './cell-result.js';
import { normalizeKey } from './normalize-key.js';

/** A closed code list as a CSV cell may name it: by code, by French or English label, or by an alias. */
export interface CodeListSpec<C extends string> {
  /** The codes, in order (quoted by the message when a cell matches none). */
  readonly codes: readonly C[];
  /** French and English labels; `Label (ABBR)` also accepts `Label` and `ABBR` alone. */
  readonly labels?: Partial<CodeLabels<C>>;
  /** Other names people write (French, English, Dutch). */
  readonly aliases?: Partial<Readonly<Record<C, readonly string[]>>>;
}

/** The names a label stands for: the label, the label without its parenthesis, and the parenthesis. */
function labelNames(label: string): string[] {
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(label);
  return match ? [label, match[1] ?? '', match[2] ?? ''] : [label];
}

/** Every accepted name of every code, as normalized keys, with the names claimed by two codes. */
export function codeLookup<C extends string>(
  spec: CodeListSpec<C>,
): { lookup: ReadonlyMap<string, C>; conflicts: string[] } {
  const lookup = new Map<string, C>();
  const conflicts: string[] = [];
  const claim = (name: string, code: C) => {
    const key = normalizeKey(name);
    if (key === '') return;
    const owner = lookup.get(key);
    if (owner === undefined) lookup.set(key, code);
    else if (owner !== code) conflicts.push(`${name} → ${owner} / ${code}`);
  };
  // Codes first, then explicit aliases, then labels: a code or an alias beats a word that happens to be in a label.
  for (const code of spec.codes) claim(code, code);
  for (const code of spec.codes) for (const alias of spec.aliases?.[code] ?? []) claim(alias, code);
  for (const code of spec.codes) {
    const label = spec.labels?.[code];
    for (const text of label ? [label.fr, label.en] : [])
      for (const name of labelNames(text)) claim(name, code);
  }
  return { lookup, conflicts };
}

/** Distinct cell texts remembered per code list: real columns hold a handful; a cap keeps memory bounded. */
const CACHE_LIMIT = 1000;

/**
 * Builds the decoder of one code list: a cell naming a code, a label or an alias (accents, case, spaces and
 * punctuation ignored) gives the code; an empty cell gives `undefined`; anything else fails with
 * `invalid_value`, quoting the allowed codes.
 */
export function createCodeDecoder<C extends string>(spec: CodeListSpec<C>): CellDecoder<C | undefined> {
  const { lookup } = codeLookup(spec);
  const allowed = [...spec.codes];
  // A column repeats the same few values over thousands of rows: each distinct text is normalized once.
  const cache = new Map<string, CellResult<C | undefined>>();
  return (cell) => {
    const known = cache.get(cell);
    if (known !== undefined) return known;
    const text = cell.trim();
    const code = text === '' ? undefined : lookup.get(normalizeKey(text));
    const result =
      text !== '' && code === undefined ? cellFailure('invalid_value', text, { allowed }) : cellValue(code);
    if (cache.size < CACHE_LIMIT) cache.set(cell, result);
    return result;
  };
}
