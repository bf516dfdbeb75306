import { issuesFromZod } from '../issues/from-zod.js';
import { locateIssue, type Issue } from '../issues/issue.js';
import { fastPathOf } from './fast-paths.js';
import { RECORD_SCHEMAS, type RecordKind, type RecordOf } from './record-kinds.js';

/** Where a record came from, so that its issues can say so. */
export interface RecordLocation {
  /** The file or source name. */
  readonly source?: string;
  /** The 1-based line of the record in that file. */
  readonly line?: number;
  /** The 0-based position of the record in its list. */
  readonly index?: number;
}

/** The result of parsing one record: the typed value, or the issues that stop it. Never thrown. */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Parses and validates one record of the given kind. Unknown properties are dropped; problems come back
 * as issues with a stable code, the path, and French and English messages. Kinds with a fast path (see
 * `fast-paths.ts`) try it first; the result is the same as with the schema alone.
 */
export function parseRecord<K extends RecordKind>(
  kind: K,
  input: unknown,
  location: RecordLocation = {},
): ParseResult<RecordOf<K>> {
  const fast = fastPathOf(kind)?.(input);
  if (fast !== undefined) return { ok: true, value: fast };
  return parseRecordWithSchema(kind, input, location);
}

/** {@link parseRecord} with the zod schema alone: for callers that tried the fast path already, and tests. */
export function parseRecordWithSchema<K extends RecordKind>(
  kind: K,
  input: unknown,
  location: RecordLocation = {},
): ParseResult<RecordOf<K>> {
  const schema = RECORD_SCHEMAS[kind];
  if (schema === undefined)
    throw new TypeError(
      `Unknown record kind "${String(kind)}". Use one of: ${Object.keys(RECORD_SCHEMAS).join(', ')}.`,
    );
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data as RecordOf<K> };
  const issues = issuesFromZod(result.error.issues, input).map((issue) => locateIssue(issue, location));
  return { ok: false, issues };
}
