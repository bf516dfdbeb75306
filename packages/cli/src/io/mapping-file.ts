import { csvColumns, type CsvImportOptions } from '@passerelle/core';
import { CliError } from '../errors.js';
import type { Texts } from '../i18n/index.js';
import { FILE_KINDS, FILE_KIND_NAMES, isFileKind, type FileKind } from '../kinds.js';
import { readJsonFile } from './read-file.js';

/** Per kind of file, the `mapping` and `defaults` options of core's CSV import. */
export type ColumnMappings = Partial<Record<FileKind, Pick<CsvImportOptions, 'mapping' | 'defaults'>>>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Reads a mapping file: `{ "<kind>": { "mapping": { field: "Header" }, "defaults": { field: value } } }`. Every
 * mistake (an unknown kind or field, a value of the wrong type) is a user error naming it, checked here so
 * that core's import never sees a bad option.
 */
export async function readMappingFile(path: string, t: Texts): Promise<ColumnMappings> {
  const data = await readJsonFile(path, t, (detail) => t.files.mapping(path, detail));
  const fail = (detail: string): never => {
    throw new CliError('invalid_config', t.files.mapping(path, detail));
  };
  if (!isPlainObject(data)) return fail(`{ "${FILE_KIND_NAMES.join('" | "')}": { "mapping", "defaults" } }`);
  const result: ColumnMappings = {};
  for (const [kind, entry] of Object.entries(data)) {
    if (!isFileKind(kind)) return fail(`"${kind}" ∉ ${FILE_KIND_NAMES.join(', ')}`);
    if (!isPlainObject(entry)) return fail(`${kind}: { "mapping": {…}, "defaults": {…} }`);
    const fields = csvColumns(FILE_KINDS[kind]).map((column) => column.field);
    for (const [part, values] of Object.entries(entry)) {
      if (part !== 'mapping' && part !== 'defaults') return fail(`${kind}.${part} ∉ mapping, defaults`);
      if (!isPlainObject(values)) return fail(`${kind}.${part}: {…}`);
      for (const [field, value] of Object.entries(values)) {
        if (!fields.includes(field)) return fail(`${kind}.${part}.${field} ∉ ${fields.join(', ')}`);
        const allowed = part === 'mapping' ? ['string'] : ['string', 'number', 'boolean'];
        if (!allowed.includes(typeof value)) return fail(`${kind}.${part}.${field}: ${allowed.join(' | ')}`);
      }
    }
    result[kind] = entry as Pick<CsvImportOptions, 'mapping' | 'defaults'>;
  }
  return result;
}
