import { createIssue } from '../issues/issue.js';
import { parseMany, type BulkResult, type ParseManyOptions } from './parse-many.js';
import type { RecordKind, RecordOf } from './record-kinds.js';

/** The outcome of reading a JSON document of records: the bulk result, or the reason the text is unreadable. */
export type JsonImportResult<T> = BulkResult<T> & { readonly fileIssues: ReturnType<typeof createIssue>[] };

/**
 * Reads records of one kind from JSON text: an array, or an object with a `records` array. Text that is not
 * JSON gives one `invalid_json` file issue and no records; records are then parsed as by {@link parseMany}.
 */
export function parseJsonRecords<K extends RecordKind>(
  kind: K,
  text: string,
  options: Omit<ParseManyOptions, 'lines'> = {},
): JsonImportResult<RecordOf<K>> {
  const unreadable = (detail: string): JsonImportResult<RecordOf<K>> => ({
    records: [],
    rejected: [],
    fileIssues: [
      createIssue('invalid_json', {
        ...(options.source ? { source: options.source } : {}),
        params: { detail },
      }),
    ],
  });
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return unreadable(error instanceof Error ? error.message : String(error));
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) return unreadable('an array of records, or an object with a "records" array');
  return { ...parseMany(kind, list, options), fileIssues: [] };
}

/**
 * A record as plain JSON data (what {@link parseJsonRecords} reads back to an equal record): optional fields
 * that are unset are left out.
 */
export function toJsonValue<T>(record: T): unknown {
  return JSON.parse(JSON.stringify(record)) as unknown;
}
