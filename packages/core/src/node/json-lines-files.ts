import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { createIssue, type Issue } from '../issues/issue.js';
import { duplicateIdIssue, type RejectedRecord } from '../parse/parse-many.js';
import { parseRecord } from '../parse/parse-record.js';
import { recordId, type RecordKind, type RecordOf } from '../parse/record-kinds.js';

/** Options of {@link readJsonLinesFile}. */
export interface JsonLinesReadOptions {
  /** Name quoted in issues (default: the file's name, not its full path). */
  readonly source?: string;
  /** Reject later records whose id was already seen (default true). */
  readonly rejectDuplicateIds?: boolean;
  /**
   * Receives each line that does not give a good record (not JSON, a record that does not pass, a repeated id),
   * with its line, the input and the issues. Without it the rejected lines are only counted.
   */
  readonly onRejected?: (rejected: RejectedRecord) => void;
  /** Bytes read at a time (default 1 MB; a longer line grows the buffer). */
  readonly chunkBytes?: number;
  /**
   * Read only the lines that begin at a byte offset in [`start`, `end`) (default: the whole file), so that several
   * readers can share one file. Lines and positions then count from the range's first line (line 1, index 0).
   */
  readonly start?: number;
  readonly end?: number;
}

/** What a finished read counted (the generator's return value). */
export interface JsonLinesSummary {
  readonly records: number;
  readonly rejected: number;
  /** Lines read, blank ones included. */
  readonly lines: number;
}

/** A good record of {@link readJsonLinesEntries} and where it was. */
export interface JsonLinesEntry<T> {
  readonly record: T;
  /** 1-based line (from the range's first line when reading a range). */
  readonly line: number;
  /** 0-based position among the non-blank lines, as in rejected records. */
  readonly index: number;
}

/**
 * Reads a JSON Lines file of records of one kind (one JSON record per line, blank lines skipped) and yields each
 * good record as soon as it is read, checked as {@link parseRecord} checks it; every other line goes to
 * `options.onRejected` with its line and issues, so nothing is lost. Memory stays that of one chunk plus what the
 * caller keeps: a matching index can be built from the records as they come, without the file's whole content.
 * Synchronous, so that it can feed any function taking an iterable. A file that cannot be opened throws the
 * system's error (ENOENT, EACCES…): that is the caller's environment, not the file's content.
 */
export function readJsonLinesFile<K extends RecordKind>(
  kind: K,
  path: string,
  options: JsonLinesReadOptions = {},
): Generator<RecordOf<K>, JsonLinesSummary, undefined> {
  return readLines(kind, path, options, (record) => record);
}

/**
 * As {@link readJsonLinesFile}, yielding each good record with its line and position: what a reader of a range
 * needs to place its records in the whole file.
 */
export function readJsonLinesEntries<K extends RecordKind>(
  kind: K,
  path: string,
  options: JsonLinesReadOptions = {},
): Generator<JsonLinesEntry<RecordOf<K>>, JsonLinesSummary, undefined> {
  return readLines(kind, path, options, (record, line, index) => ({ record, line, index }));
}

function byteOffset(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(Number.isSafeInteger(value) && value >= 0))
    throw new RangeError(`${name} must be a byte offset (an integer ≥ 0), got ${String(value)}.`);
  return value;
}

function* readLines<K extends RecordKind, T>(
  kind: K,
  path: string,
  options: JsonLinesReadOptions,
  entry: (record: RecordOf<K>, line: number, index: number) => T,
): Generator<T, JsonLinesSummary, undefined> {
  if (typeof path !== 'string' || path === '') throw new TypeError('readJsonLinesFile expects a file path.');
  const chunkBytes = options.chunkBytes ?? 1 << 20;
  if (!Number.isInteger(chunkBytes) || chunkBytes < 1)
    throw new RangeError(`chunkBytes must be a positive integer, got ${String(chunkBytes)}.`);
  const start = byteOffset(options.start, 'start', 0);
  const end = byteOffset(options.end, 'end', Number.POSITIVE_INFINITY);
  const source = options.source ?? basename(path);
  const checkDuplicates = options.rejectDuplicateIds ?? true;
  const firstLine = new Map<string, number>();
  let records = 0;
  let rejected = 0;
  let index = 0;
  const reject = (line: number, input: unknown, issues: readonly Issue[]): void => {
    rejected++;
    options.onRejected?.({ index, line, input, issues });
  };
  // One line's record, or undefined when the line is rejected.
  const check = (text: string, line: number): RecordOf<K> | undefined => {
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      reject(line, text, [createIssue('invalid_json', { source, line, index, params: { detail } })]);
      return undefined;
    }
    const result = parseRecord(kind, input, { source, line, index });
    if (!result.ok) {
      reject(line, input, result.issues);
      return undefined;
    }
    const id = checkDuplicates ? recordId(kind, result.value) : undefined;
    if (id !== undefined) {
      const first = firstLine.get(id);
      if (first !== undefined) {
        reject(line, input, [duplicateIdIssue(kind, id, { source, line, index }, { firstLine: first })]);
        return undefined;
      }
      firstLine.set(id, line);
    }
    return result.value;
  };

  const fd = openSync(path, 'r');
  let chunk = Buffer.alloc(chunkBytes);
  // Bytes of an unfinished line, moved to the start of the chunk before the next read.
  let kept = 0;
  let line = 0;
  // File offset of the chunk's first byte. A range not at the file's start reads from the byte before it and
  // skips up to the first newline: the range's first line is the first that begins at `start` or later.
  let offset = start > 0 ? start - 1 : 0;
  let skipping = start > 0;
  try {
    for (;;) {
      if (kept === chunk.length) {
        const bigger = Buffer.alloc(chunk.length * 2);
        chunk.copy(bigger, 0, 0, kept);
        chunk = bigger;
      }
      const read = readSync(fd, chunk, kept, chunk.length - kept, offset + kept);
      const filled = kept + read;
      let at = 0;
      if (skipping) {
        const newline = chunk.indexOf(10, 0);
        if (newline < 0 || newline >= filled) {
          if (read === 0) return { records, rejected, lines: line };
          offset += filled;
          kept = 0;
          continue;
        }
        skipping = false;
        at = newline + 1;
      }
      for (;;) {
        if (offset + at >= end) return { records, rejected, lines: line };
        const newline = chunk.indexOf(10, at);
        const last = read === 0 && at < filled && (newline < 0 || newline >= filled);
        if (!last && (newline < 0 || newline >= filled)) break;
        const stop = last ? filled : newline;
        line++;
        // Each line decoded on its own: one accented line does not make the whole chunk a two-byte string.
        const text = chunk.toString('utf8', at, stop);
        at = stop + 1;
        const body = start === 0 && line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        if (body.length === 0 || (body.charCodeAt(0) <= 32 && body.trim() === '')) continue;
        const position = index;
        const record = check(body, line);
        index++;
        if (record === undefined) continue;
        records++;
        yield entry(record, line, position);
      }
      if (read === 0) return { records, rejected, lines: line };
      chunk.copy(chunk, 0, at, filled);
      offset += at;
      kept = filled - at;
    }
  } finally {
    closeSync(fd);
  }
}
