import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RecordOf } from '../parse/record-kinds.js';
import type { CsvKind } from '../csv/csv-kinds.js';
import type { CsvImportOptions } from '../csv/csv-options.js';
import { importCsv, type CsvImportResult } from '../csv/import-csv.js';

/**
 * Reads a CSV file from disk and imports it as {@link importCsv} does, the file's name (not its full path,
 * which may reveal a user's folders) standing as `source` in issues unless `options.source` is given. A file
 * that cannot be read rejects the promise with the system's error (ENOENT, EACCES…): that is the caller's
 * environment, not the file's content.
 */
export async function importCsvFile<K extends CsvKind>(
  kind: K,
  path: string,
  options: CsvImportOptions = {},
): Promise<CsvImportResult<RecordOf<K>>> {
  if (typeof path !== 'string' || path === '') throw new TypeError('importCsvFile expects a file path.');
  const bytes = await readFile(path);
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return importCsv(kind, view, { source: basename(path), ...options });
}
