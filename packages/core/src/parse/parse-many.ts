import { createIssue, type Issue } from '../issues/issue.js';
import { fastPathOf } from './fast-paths.js';
import { parseRecordWithSchema, type ParseResult } from './parse-record.js';
import { recordId, recordIdPath, type RecordKind, type RecordOf } from './record-kinds.js';

/** A record that did not pass, with where it was and why. */
export interface RejectedRecord {
  /** 0-based position in the input list. */
  readonly index: number;
  /** 1-based line in the source file, when known. */
  readonly line?: number;
  /** The input as received. */
  readonly input: unknown;
  /** Why it was rejected (at least one error). */
  readonly issues: readonly Issue[];
}

/** The outcome of a bulk import: every good record kept, every bad one reported. */
export interface BulkResult<T> {
  /** Records that passed, in input order. */
  readonly records: T[];
  /** Records that did not, in input order. `records.length + rejected.length` equals the input length. */
  readonly rejected: RejectedRecord[];
}

/** Options of {@link parseMany}. */
export interface ParseManyOptions {
  /** File or source name, quoted in issues. */
  readonly source?: string;
  /** The 1-based file line of each input (same length as the inputs), for issues that say where. */
  readonly lines?: readonly number[];
  /** Reject later records whose id was already seen (default true). */
  readonly rejectDuplicateIds?: boolean;
}

/**
 * Parses a list of records of one kind, keeping every good record and returning each bad one with its
 * index, line and issues. A repeated identifier rejects the later record (`duplicate_id`). Never throws
 * on user data.
 */
export function parseMany<K extends RecordKind>(
  kind: K,
  inputs: readonly unknown[],
  options: ParseManyOptions = {},
): BulkResult<RecordOf<K>> {
  if (!Array.isArray(inputs)) throw new TypeError('parseMany expects an array of records.');
  if (options.lines !== undefined && options.lines.length !== inputs.length) {
    throw new RangeError('parseMany: options.lines must give one line per input.');
  }
  const records: RecordOf<K>[] = [];
  const rejected: RejectedRecord[] = [];
  const firstSeen = new Map<string, { index: number; line?: number }>();
  const checkDuplicates = options.rejectDuplicateIds ?? true;
  const fastPath = fastPathOf(kind);
  inputs.forEach((input, index) => {
    const line = options.lines?.[index];
    // Built only for records that need it: at 250,000 good records, one object each adds up.
    const where = () => ({
      index,
      ...(line !== undefined ? { line } : {}),
      ...(options.source ? { source: options.source } : {}),
    });
    const fast = fastPath?.(input);
    const result: ParseResult<RecordOf<K>> =
      fast !== undefined ? { ok: true, value: fast } : parseRecordWithSchema(kind, input, where());
    if (!result.ok) {
      rejected.push({ index, ...(line !== undefined ? { line } : {}), input, issues: result.issues });
      return;
    }
    const id = checkDuplicates ? recordId(kind, result.value) : undefined;
    const first = id === undefined ? undefined : firstSeen.get(id);
    if (id !== undefined && first !== undefined) {
      const issue = createIssue('duplicate_id', {
        ...where(),
        path: recordIdPath(kind),
        value: id,
        params: first.line !== undefined ? { firstLine: first.line } : { firstIndex: first.index },
      });
      rejected.push({ index, ...(line !== undefined ? { line } : {}), input, issues: [issue] });
      return;
    }
    if (id !== undefined) firstSeen.set(id, { index, ...(line !== undefined ? { line } : {}) });
    records.push(result.value);
  });
  return { records, rejected };
}
