import { createIssue, type Issue } from '../issues/issue.js';
import { fastPathOf } from './fast-paths.js';
import { parseRecordWithSchema, type RecordLocation } from './parse-record.js';
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
  // The first index of each identifier (its line is then `options.lines[index]`): a number, not an object,
  // because imports hold hundreds of thousands of them.
  const firstSeen = new Map<string, number>();
  const checkDuplicates = options.rejectDuplicateIds ?? true;
  const fastPath = fastPathOf(kind);
  const lineAt = (index: number): number | undefined => options.lines?.[index];
  // Locations are built only for the records that need one (bad ones, duplicates).
  const where = (index: number): RecordLocation => {
    const line = lineAt(index);
    return {
      index,
      ...(line !== undefined ? { line } : {}),
      ...(options.source ? { source: options.source } : {}),
    };
  };
  const reject = (index: number, input: unknown, issues: readonly Issue[]): void => {
    const line = lineAt(index);
    rejected.push({ index, ...(line !== undefined ? { line } : {}), input, issues });
  };
  inputs.forEach((input, index) => {
    let value = fastPath?.(input);
    if (value === undefined) {
      const result = parseRecordWithSchema(kind, input, where(index));
      if (!result.ok) return reject(index, input, result.issues);
      value = result.value;
    }
    const id = checkDuplicates ? recordId(kind, value) : undefined;
    if (id !== undefined) {
      const first = firstSeen.get(id);
      if (first !== undefined) {
        const firstLine = lineAt(first);
        const issue = duplicateIdIssue(
          kind,
          id,
          where(index),
          firstLine !== undefined ? { firstLine } : { firstIndex: first },
        );
        return reject(index, input, [issue]);
      }
      firstSeen.set(id, index);
    }
    records.push(value);
  });
  return { records, rejected };
}

/**
 * The issue of a record whose identifier an earlier record of the same list already had: where it is, the id's
 * path in a record of that kind, and where the first one was (its line when known, else its position).
 */
export function duplicateIdIssue(
  kind: RecordKind,
  id: string,
  where: RecordLocation,
  first: { readonly firstLine: number } | { readonly firstIndex: number },
): Issue {
  return createIssue('duplicate_id', { ...where, path: recordIdPath(kind), value: id, params: first });
}
