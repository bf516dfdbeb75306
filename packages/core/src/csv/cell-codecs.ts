import type { LocalizedText } from '../vocab/localized-text.js';
import { cellValue, type CellDecoder, type CellResult } from './cell-result.js';
import { CODE_LIST_SEPARATORS, splitList } from './decode-list.js';
import { decodeInteger, decodeNumber, formatNumber } from './decode-number.js';
import { decodeDate, decodeOpenDate } from './decode-date.js';
import { decodeBoolean } from './decode-boolean.js';
import {
  decodeEnterpriseNumber,
  decodeNaceCode,
  decodeNisCode,
  decodePostalCode,
} from './decode-place-codes.js';

/** How values are written: with a decimal comma or point. */
export interface CellEncodeOptions {
  readonly decimalComma: boolean;
}

/** How one kind of cell is read and written, and its format as the import guide states it. */
export interface CellCodec {
  /** Reads the text of a cell (`undefined` for "unset"). */
  readonly decode: (cell: string) => CellResult<unknown>;
  /** Writes a value so that `decode` reads it back equal. */
  readonly encode: (value: unknown, options: CellEncodeOptions) => string;
  /** The format of the cell, for people. */
  readonly format: LocalizedText;
  /** A list: a column that is absent reads as an empty list, like an empty cell. */
  readonly isList?: boolean;
}

/** Builds a codec; the cast to `T` is safe because the writer only passes values of the record's own field. */
export function createCodec<T>(
  decode: CellDecoder<unknown>,
  encode: (value: T, options: CellEncodeOptions) => string,
  format: LocalizedText,
  isList = false,
): CellCodec {
  return {
    decode,
    encode: (value, options) => encode(value as T, options),
    format,
    ...(isList ? { isList } : {}),
  };
}

const text = (cell: string): CellResult<string | undefined> => {
  const value = cell.trim();
  return cellValue(value === '' ? undefined : value);
};
const asString = (value: string | number) => String(value);
const asNumber = (value: number, options: CellEncodeOptions) => formatNumber(value, options.decimalComma);

/** Free text, trimmed; empty is unset. */
export const TEXT_CODEC = createCodec(text, asString, { fr: 'texte', en: 'text' });
/** A date. */
export const DATE_CODEC = createCodec(decodeDate, asString, {
  fr: 'date JJ/MM/AAAA (ou J/M/AAAA, JJ-MM-AAAA, JJ.MM.AAAA) ou AAAA-MM-JJ',
  en: 'date DD/MM/YYYY (or D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY) or YYYY-MM-DD',
});
/** A date whose empty cell means "still open" (`null`). */
export const OPEN_DATE_CODEC = createCodec(decodeOpenDate, asString, {
  fr: `${DATE_CODEC.format.fr} ; vide : toujours en cours`,
  en: `${DATE_CODEC.format.en}; empty: still running`,
});
/** A number with a decimal comma or point. */
export const NUMBER_CODEC = createCodec(decodeNumber, asNumber, {
  fr: 'nombre, virgule ou point décimal (12,5)',
  en: 'number, decimal comma or point (12.5)',
});
/** A whole number. */
export const INTEGER_CODEC = createCodec(decodeInteger, asNumber, {
  fr: 'nombre entier',
  en: 'whole number',
});
/** Yes or no. */
export const BOOLEAN_CODEC = createCodec(decodeBoolean, (value: boolean) => (value ? 'true' : 'false'), {
  fr: 'oui/non, yes/no, ja/nee, 1/0, true/false, x/vide',
  en: 'yes/no, oui/non, ja/nee, 1/0, true/false, x/empty',
});
/** A Belgian postal code. */
export const POSTAL_CODE_CODEC = createCodec(decodePostalCode, asString, {
  fr: 'code postal belge (6000, B-6000)',
  en: 'Belgian postal code (6000, B-6000)',
});
/** A NIS commune code. */
export const NIS_CODE_CODEC = createCodec(decodeNisCode, asString, {
  fr: 'code INS à cinq chiffres',
  en: 'five-digit NIS code',
});
/** A Belgian enterprise number. */
export const ENTERPRISE_NUMBER_CODEC = createCodec(decodeEnterpriseNumber, asString, {
  fr: 'numéro BCE (0403.170.701)',
  en: 'CBE enterprise number (0403.170.701)',
});
/** A NACE-BEL code. */
export const NACE_CODEC = createCodec(decodeNaceCode, asString, {
  fr: 'code NACE-BEL (52.10)',
  en: 'NACE-BEL code (52.10)',
});

/** Identifiers (taxonomy concepts) separated by `|`, `;` or `,`. */
export const ID_LIST_CODEC = createCodec(
  (cell) => cellValue(splitList(cell, CODE_LIST_SEPARATORS)),
  (ids: readonly string[]) => ids.join('|'),
  { fr: 'identifiants séparés par | ; ou ,', en: 'identifiers separated by | ; or ,' },
  true,
);

/** A code of a closed list, named by code, label or alias. */
export function codeCodec(decode: CellDecoder<unknown>, codes: readonly (string | number)[]): CellCodec {
  const list = codes.join(', ');
  return createCodec(decode, asString, {
    fr: `code parmi : ${list} (ou son libellé)`,
    en: `one of: ${list} (or its label)`,
  });
}

/** A list of codes of a closed list, separated by `|`, `;` or `,`. */
export function codeListCodec(decode: CellDecoder<unknown>, codes: readonly string[]): CellCodec {
  const list = codes.join(', ');
  return createCodec(
    decode,
    (values: readonly string[]) => values.join('|'),
    { fr: `codes séparés par | ; ou , parmi : ${list}`, en: `codes separated by | ; or , among: ${list}` },
    true,
  );
}
