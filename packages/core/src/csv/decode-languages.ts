import { cellFailure, cellValue, type CellResult } from './cell-result.js';
import { decodeLanguageLevel } from './code-decoders.js';
import { CODE_LIST_SEPARATORS, decodeList } from './decode-list.js';
import { normalizeKey } from './normalize-key.js';

/** A language spoken, as read from a cell (the code and level are checked by the model). */
export interface SpokenLanguageCell {
  readonly code: string;
  readonly level: string;
}

/** A language an offer needs, as read from a cell. */
export interface LanguageRequirementCell {
  readonly code: string;
  readonly minLevel: string;
  readonly required: boolean;
}

// Language names people write instead of ISO 639-1 codes, in French, English and Dutch.
const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
  fr: ['français', 'francais', 'french', 'frans'],
  nl: ['néerlandais', 'neerlandais', 'dutch', 'nederlands', 'flamand'],
  de: ['allemand', 'german', 'duits', 'deutsch'],
  en: ['anglais', 'english', 'engels'],
  ar: ['arabe', 'arabic', 'arabisch'],
  es: ['espagnol', 'spanish', 'spaans'],
  it: ['italien', 'italian', 'italiaans'],
  pt: ['portugais', 'portuguese', 'portugees'],
  tr: ['turc', 'turkish', 'turks'],
};
const NAME_TO_CODE: ReadonlyMap<string, string> = new Map(
  Object.entries(LANGUAGE_NAMES).flatMap(([code, names]) =>
    names.map((name) => [normalizeKey(name), code] as const),
  ),
);

const ITEM = /^([^:=\s]+)\s*[:=\s]\s*(.+)$/;
const SPOKEN_FORMAT = 'code:level (fr:B1, nl:native)';
const REQUIRED_FORMAT = 'code:level[?] (fr:B1, nl:A2?)';

/** An ISO 639-1 code in lower case, from a code (`FR`) or a name (`français`, `Nederlands`). */
export function languageCode(text: string): string {
  return NAME_TO_CODE.get(normalizeKey(text)) ?? text.trim().toLowerCase();
}

function splitItem(item: string): { code: string; level: string } | undefined {
  const match = ITEM.exec(item.trim());
  return match ? { code: languageCode(match[1] ?? ''), level: (match[2] ?? '').trim() } : undefined;
}

/** Decodes one spoken-language item `code:level`: `fr:native`, `NL:b1`, `anglais: A2`. */
export function decodeSpokenLanguage(item: string): CellResult<SpokenLanguageCell | undefined> {
  const parts = splitItem(item);
  if (!parts) return cellFailure('invalid_cell', item.trim(), { expected: SPOKEN_FORMAT });
  const level = decodeLanguageLevel(parts.level);
  if (!level.ok || level.value === undefined)
    return cellFailure('invalid_value', item.trim(), level.ok ? {} : level.params);
  return cellValue({ code: parts.code, level: level.value });
}

/** Decodes one offer language item `code:level`, required unless it ends with `?` (`nl:A2?` is an asset). */
export function decodeLanguageRequirement(item: string): CellResult<LanguageRequirementCell | undefined> {
  const text = item.trim();
  const isWanted = text.endsWith('?');
  const parts = splitItem(isWanted ? text.slice(0, -1) : text);
  if (!parts) return cellFailure('invalid_cell', text, { expected: REQUIRED_FORMAT });
  const level = decodeLanguageLevel(parts.level);
  if (!level.ok || level.value === undefined)
    return cellFailure('invalid_value', text, level.ok ? {} : level.params);
  return cellValue({ code: parts.code, minLevel: level.value, required: !isWanted });
}

/** Decodes the languages a candidate speaks: `fr:native|nl:B1` (separators `|`, `;` or `,`). */
export const decodeSpokenLanguages = (cell: string): CellResult<SpokenLanguageCell[]> =>
  decodeList(cell, decodeSpokenLanguage, CODE_LIST_SEPARATORS);

/** Decodes the languages an offer needs: `fr:B1|nl:A2?` — `?` marks a wanted, not required, language. */
export const decodeLanguageRequirements = (cell: string): CellResult<LanguageRequirementCell[]> =>
  decodeList(cell, decodeLanguageRequirement, CODE_LIST_SEPARATORS);

/** Writes spoken languages as `fr:native|nl:B1`. */
export function encodeSpokenLanguages(languages: readonly SpokenLanguageCell[]): string {
  return languages.map(({ code, level }) => `${code}:${level}`).join('|');
}

/** Writes language requirements as `fr:B1|nl:A2?`. */
export function encodeLanguageRequirements(languages: readonly LanguageRequirementCell[]): string {
  return languages
    .map(({ code, minLevel, required }) => `${code}:${minLevel}${required ? '' : '?'}`)
    .join('|');
}
