import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import { duplicateIdIssue, type Candidate, type Issue, type RejectedRecord } from '@passerelle/core';
import { readJsonLinesFile, type JsonLinesSummary } from '@passerelle/core/node';
import { CandidateIndex } from '../indexes/indexes.js';
import type { Matcher } from '../matcher.js';
import { CandidateBatchReader } from '../profiles/candidate-batch.js';
import type { CandidateFeatures } from '../profiles/candidate-features.js';
import type { ImportRange, ImportTask, MainMessage, WorkerMessage } from './import-messages.js';

/** Options of {@link importCandidates}. */
export interface CandidateImportOptions {
  /** Name quoted in issues (default: the file's name, not its full path). */
  readonly source?: string;
  /**
   * Receives each line that does not give a good record (not JSON, a record that does not pass, an id already
   * seen on an earlier line), with its line in the file, the input and the issues, in the file's order.
   */
  readonly onRejected?: (rejected: RejectedRecord) => void;
  /**
   * Worker threads reading the file, each a byte range of it. Default: the machine's available parallelism (at
   * most 8), one thread per 4 MB at most; a smaller file, or `threads: 1`, is read on the calling thread.
   */
  readonly threads?: number;
}

/** What {@link importCandidates} gives. */
export interface CandidateImport {
  /** The index over the good records, as `matcher.indexCandidates` builds it. */
  readonly index: CandidateIndex;
  /** Lines read (blank ones included), good records, rejected lines. */
  readonly summary: JsonLinesSummary;
  /** Threads that read the file (1: the calling thread). */
  readonly threads: number;
}

const BYTES_PER_THREAD = 4 << 20;
const MAX_THREADS = 8;
/** Candidates per batch a worker hands over. */
const BATCH = 4096;
/** Byte ranges per worker thread (see below, where the file is cut). */
const RANGES_PER_THREAD = 4;

/**
 * Reads a JSON Lines file of candidates into an index of `matcher`, on several threads: each worker reads a byte
 * range of the file, checks each record as core's `readJsonLinesFile` does and projects it as far as it can
 * without the taxonomy; this thread finishes the profiles and builds the index. The records and rejections are
 * those of `matcher.indexCandidates(readJsonLinesFile('candidate', path))`: a repeated id rejects the later line.
 * Rejections are reported once the file is read, in line order. A file that cannot be opened rejects the promise
 * with the system's error (ENOENT, EACCES…), as does a worker that fails.
 */
export async function importCandidates(
  matcher: Matcher,
  path: string,
  options: CandidateImportOptions = {},
): Promise<CandidateImport> {
  if (typeof path !== 'string' || path === '') throw new TypeError('importCandidates expects a file path.');
  const size = statSync(path).size;
  const threads = threadCount(options.threads, size);
  const source = options.source ?? basename(path);
  if (threads === 1) return importOnThisThread(matcher, path, source, options.onRejected);

  // More ranges than threads: a worker that finishes early takes the next one, and the ranges this thread must
  // wait for (it reads them in the file's order) are small.
  const count = threads * RANGES_PER_THREAD;
  const ranges: ImportRange[] = Array.from({ length: count }, (_, range) => ({
    range,
    start: Math.floor((size * range) / count),
    end: Math.floor((size * (range + 1)) / count),
  }));
  const merger = new RangeMerger(matcher, source);
  await readRanges({ path, source, capacity: BATCH }, threads, ranges, (worker, message) =>
    merger.receive(worker, message),
  );
  const { index, repeats } = indexFirstOccurrences(matcher, merger);
  const rejected = merger.rejections(path, repeats);
  for (const record of rejected) options.onRejected?.(record);
  return {
    index,
    summary: { records: index.size, rejected: rejected.length, lines: merger.lineCount },
    threads,
  };
}

/**
 * The index over the profiles read, each id kept from its first line as one read would keep it, and the later
 * lines of a repeated id. Ids are told apart by the index's own id map: a repeat makes the build throw, and only
 * then are the profiles sorted out and indexed again (a file without repeats pays for no second map of its ids).
 */
function indexFirstOccurrences(
  matcher: Matcher,
  read: {
    readonly profiles: readonly CandidateFeatures[];
    readonly lines: readonly number[];
    readonly positions: readonly number[];
  },
): { readonly index: CandidateIndex; readonly repeats: readonly Repeat[] } {
  try {
    return { index: new CandidateIndex(matcher.context, [], read.profiles), repeats: [] };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const firstLine = new Map<string, number>();
    const kept: CandidateFeatures[] = [];
    const repeats: Repeat[] = [];
    read.profiles.forEach((profile, i) => {
      const line = read.lines[i] as number;
      const first = firstLine.get(profile.id);
      if (first === undefined) {
        firstLine.set(profile.id, line);
        kept.push(profile);
      } else repeats.push({ id: profile.id, line, index: read.positions[i] as number, firstLine: first });
    });
    if (repeats.length === 0) throw error;
    return { index: new CandidateIndex(matcher.context, [], kept), repeats };
  }
}

function threadCount(asked: number | undefined, size: number): number {
  if (asked === undefined)
    return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(size / BYTES_PER_THREAD)));
  if (!Number.isInteger(asked) || asked < 1)
    throw new RangeError(`threads must be a positive integer, got ${String(asked)}.`);
  return asked;
}

function importOnThisThread(
  matcher: Matcher,
  path: string,
  source: string,
  onRejected: CandidateImportOptions['onRejected'],
): CandidateImport {
  const reader = readJsonLinesFile('candidate', path, { source, ...(onRejected ? { onRejected } : {}) });
  let summary: JsonLinesSummary | undefined;
  function* records(): Generator<Candidate> {
    let step = reader.next();
    for (; !step.done; step = reader.next()) yield step.value;
    summary = step.value;
  }
  const index = matcher.indexCandidates(records());
  return { index, summary: summary as unknown as JsonLinesSummary, threads: 1 };
}

/**
 * Runs `threads` workers, giving each the next range as it finishes one; `receive` gets every message with the
 * number of the worker that sent it.
 */
function readRanges(
  task: ImportTask,
  threads: number,
  ranges: readonly ImportRange[],
  receive: (worker: number, message: WorkerMessage) => void,
): Promise<void> {
  const url = new URL('./import-worker.js', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(url, { workerData: task }));
  return new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = workers.length;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const give = (worker: Worker) => {
      const range = ranges[next++];
      worker.postMessage(
        (range === undefined ? { type: 'stop' } : { type: 'read', ...range }) satisfies MainMessage,
      );
    };
    workers.forEach((worker, number) => {
      worker.on('message', (message: WorkerMessage) => {
        if (failed) return;
        try {
          receive(number, message);
          if (message.type === 'done') give(worker);
        } catch (error) {
          fail(error);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (failed) return;
        if (code !== 0) fail(new Error(`An import worker stopped with exit code ${code}.`));
        else if (--running === 0) resolve();
      });
      give(worker);
    });
  });
}

/** A later line of a repeated id, found on this thread (ranges cannot see each other's ids). */
interface Repeat {
  readonly id: string;
  readonly line: number;
  readonly index: number;
  readonly firstLine: number;
}

interface Waiting {
  readonly worker: number;
  readonly message: WorkerMessage;
}

/**
 * Puts the ranges' messages in the file's order: a range's lines and positions count from its own first line, so
 * its messages wait until every earlier range is done; its batches are then projected in order (skill ids the
 * taxonomy lacks are numbered in the order met, as in one read).
 */
class RangeMerger {
  /** The profiles read, in the file's order, with their lines and positions in the file. */
  readonly profiles: CandidateFeatures[] = [];
  readonly lines: number[] = [];
  readonly positions: number[] = [];
  readonly #matcher: Matcher;
  readonly #source: string;
  readonly #waiting: Waiting[][] = [];
  /** One reader per worker: a worker's batches carry only the table rows it had not sent before. */
  readonly #readers: CandidateBatchReader[] = [];
  readonly #rejected: RejectedRecord[] = [];
  /** The range whose messages are read now; the lines and positions of the ranges before it. */
  #current = 0;
  #lineOffset = 0;
  #indexOffset = 0;

  constructor(matcher: Matcher, source: string) {
    this.#matcher = matcher;
    this.#source = source;
  }

  /** Lines of the ranges read so far (all of them once every worker is done). */
  get lineCount(): number {
    return this.#lineOffset;
  }

  /** A worker's message. A worker is given ranges in increasing order, so its batches are read in its order. */
  receive(worker: number, message: WorkerMessage): void {
    (this.#waiting[message.range] ??= []).push({ worker, message });
    while (this.#waiting[this.#current]?.length) {
      const next = this.#waiting[this.#current]?.shift() as Waiting;
      this.#read(next.worker, next.message);
    }
  }

  #readerOf(worker: number): CandidateBatchReader {
    return (this.#readers[worker] ??= new CandidateBatchReader(this.#matcher.context));
  }

  #read(worker: number, message: WorkerMessage): void {
    if (message.type === 'done') {
      this.#lineOffset += message.summary.lines;
      this.#indexOffset += message.summary.records + message.summary.rejected;
      this.#current++;
    } else if (message.type === 'rejected') {
      for (const record of message.rejected) this.#rejected.push(this.#place(record));
    } else {
      const { batch } = message;
      const features = this.#readerOf(worker).read(batch);
      for (let n = 0; n < features.length; n++) {
        this.profiles.push(features[n] as CandidateFeatures);
        this.lines.push((batch.lines[n] as number) + this.#lineOffset);
        this.positions.push((batch.positions[n] as number) + this.#indexOffset);
      }
    }
  }

  /** A rejection placed in the file rather than its range. */
  #place(record: RejectedRecord): RejectedRecord {
    const lineOffset = this.#lineOffset;
    const indexOffset = this.#indexOffset;
    const place = (issue: Issue): Issue => ({
      ...issue,
      ...(issue.line !== undefined ? { line: issue.line + lineOffset } : {}),
      ...(issue.index !== undefined ? { index: issue.index + indexOffset } : {}),
    });
    return {
      ...record,
      index: record.index + indexOffset,
      ...(record.line !== undefined ? { line: record.line + lineOffset } : {}),
      issues: record.issues.map(place),
    };
  }

  /**
   * Every rejection in line order, repeated ids included: their lines are read again from the file for their
   * input (the records themselves stayed on the workers).
   */
  rejections(path: string, repeated: readonly Repeat[]): RejectedRecord[] {
    const texts = linesOf(path, new Set(repeated.map((repeat) => repeat.line)));
    const repeats = repeated.map(({ id, line, index, firstLine }): RejectedRecord => ({
      index,
      line,
      input: JSON.parse(texts.get(line) as string) as unknown,
      issues: [duplicateIdIssue('candidate', id, { source: this.#source, line, index }, { firstLine })],
    }));
    return [...this.#rejected, ...repeats].sort((a, b) => (a.line as number) - (b.line as number));
  }
}

/** The text of the given lines (1-based) of a file, read in one pass up to the last of them. */
function linesOf(path: string, wanted: ReadonlySet<number>): Map<number, string> {
  const texts = new Map<number, string>();
  if (wanted.size === 0) return texts;
  const last = Math.max(...wanted);
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    let line = 1;
    for (let position = 0; line <= last;) {
      const read = readSync(fd, chunk, 0, chunk.length, position);
      position += read;
      let at = 0;
      while (line <= last) {
        const newline = read === 0 ? -1 : chunk.indexOf(10, at);
        if (newline < 0 || newline >= read) {
          if (wanted.has(line)) pending.push(Buffer.from(chunk.subarray(at, read)));
          if (read === 0) {
            if (wanted.has(line)) texts.set(line, Buffer.concat(pending).toString('utf8'));
            return texts;
          }
          break;
        }
        if (wanted.has(line)) {
          pending.push(chunk.subarray(at, newline));
          texts.set(line, Buffer.concat(pending).toString('utf8'));
        }
        pending = [];
        at = newline + 1;
        line++;
      }
    }
  } finally {
    closeSync(fd);
  }
  return texts;
}
