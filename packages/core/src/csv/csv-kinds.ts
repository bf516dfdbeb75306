import type { LocalizedText } from '../vocab/localized-text.js';
import type { CsvKindSpec } from './csv-column.js';
import { CANDIDATE_RECORD_SPEC } from './columns-candidate.js';
import { JOB_OFFER_SPEC } from './columns-offer.js';
import { EMPLOYER_SPEC } from './columns-employer.js';
import { CONTRACT_SPEC } from './columns-contract.js';
import { ACCOMPANIMENT_SPEC, FOLLOW_UP_SPEC } from './columns-accompaniment.js';

/** The column specification of every kind of record a CSV file can hold. */
export const CSV_KIND_SPECS = {
  candidateRecord: CANDIDATE_RECORD_SPEC,
  jobOffer: JOB_OFFER_SPEC,
  employer: EMPLOYER_SPEC,
  contract: CONTRACT_SPEC,
  accompaniment: ACCOMPANIMENT_SPEC,
  followUp: FOLLOW_UP_SPEC,
} as const satisfies Readonly<Record<string, CsvKindSpec>>;

/** A kind of record read from CSV: `candidateRecord` (profile and protected attributes), `jobOffer`… */
export type CsvKind = keyof typeof CSV_KIND_SPECS;

/** The kinds of record read from CSV. */
export const CSV_KINDS = Object.keys(CSV_KIND_SPECS) as CsvKind[];

/** The specification of a kind; throws a TypeError for an unknown kind (a programmer error). */
export function csvKindSpec(kind: CsvKind): CsvKindSpec {
  const spec = (CSV_KIND_SPECS as Readonly<Record<string, CsvKindSpec>>)[kind];
  if (spec === undefined || !Object.hasOwn(CSV_KIND_SPECS, kind)) {
    throw new TypeError(`Unknown CSV kind "${String(kind)}". Use one of: ${CSV_KINDS.join(', ')}.`);
  }
  return spec;
}

/** A column as the import guide and a column-mapping screen show it. */
export interface CsvColumnInfo {
  /** Field name, used in the `mapping` and `defaults` options. */
  readonly field: string;
  /** The header written by `toCsv`. */
  readonly header: string;
  /** Other accepted headers (French, English, Dutch; accents, case, spaces and `_` ignored). */
  readonly aliases: readonly string[];
  /** Whether the file must have the column (or a default for it). */
  readonly required: boolean;
  /** Other fields any one of which may stand in for this one (a place: postal code, NIS code or coordinates). */
  readonly oneOf?: readonly string[];
  /** The cell format. */
  readonly format: LocalizedText;
}

/** The columns of a kind of CSV file, in the order `toCsv` writes them, with their formats. */
export function csvColumns(kind: CsvKind): CsvColumnInfo[] {
  const spec = csvKindSpec(kind);
  return spec.columns.map((column) => {
    const group = spec.requireOneOf?.find((fields) => fields.includes(column.field));
    return {
      field: column.field,
      header: column.header,
      aliases: column.aliases,
      required: column.required === true,
      ...(group ? { oneOf: group } : {}),
      format: column.codec.format,
    };
  });
}
