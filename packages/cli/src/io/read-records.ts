import { basename, extname } from 'node:path';
import {
  createIssue,
  decodeText,
  importCsv,
  parseMany,
  type Issue,
  type RecordKind,
  type RecordOf,
} from '@passerelle/core';
import type { Texts } from '../i18n/index.js';
import { FILE_KINDS, type FileKind } from '../kinds.js';
import { jsonRecordLines } from './json-lines.js';
import type { ColumnMappings } from './mapping-file.js';
import { readInputFile } from './read-file.js';

/** The records of one kind of file. */
export type FileRecord<K extends FileKind> = RecordOf<(typeof FILE_KINDS)[K]>;

/** A row (or JSON record) that did not become a record. */
export interface RejectedRow {
  /** 0-based position among the file's records. */
  readonly index: number;
  /** 1-based line where it starts, when known. */
  readonly line?: number;
  readonly issues: readonly Issue[];
}

/** What reading a file gave: the good records and, for every bad row, where and why. */
export interface FileReport<K extends FileKind> {
  /** The file's name, as quoted in issues (never its full path). */
  readonly file: string;
  readonly kind: K;
  readonly format: 'csv' | 'json';
  readonly records: FileRecord<K>[];
  readonly rejected: readonly RejectedRow[];
  /** Issues about the file as a whole (missing column, unknown column, encoding, not JSON…). */
  readonly fileIssues: readonly Issue[];
}

/** How a file's content is read. */
export interface ReadOptions {
  /** Force the format; by default `.json` is JSON, `.csv` CSV, and otherwise the first character tells. */
  readonly format?: 'csv' | 'json';
  readonly mappings?: ColumnMappings;
}

function detectFormat(path: string, text: string): 'csv' | 'json' {
  const extension = extname(path).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.csv' || extension === '.tsv' || extension === '.txt') return 'csv';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}

/**
 * Reads a CSV or JSON file of one kind through core's importers: every good record kept, every bad one
 * reported with its line. A file that cannot be read is a user error (exit code 2); content that is not
 * valid JSON is a file issue (`invalid_json`), like any other problem in the data.
 */
export async function readRecords<K extends FileKind>(
  kind: K,
  path: string,
  t: Texts,
  options: ReadOptions = {},
): Promise<FileReport<K>> {
  const bytes = await readInputFile(path, t);
  const file = basename(path);
  const decoded = decodeText(bytes);
  const format = options.format ?? detectFormat(path, decoded.text);
  const base = { file, kind, format };
  if (format === 'csv') {
    const result = importCsv(FILE_KINDS[kind], bytes, { source: file, ...options.mappings?.[kind] });
    return { ...base, records: result.records as FileRecord<K>[], ...pick(result) };
  }
  return { ...base, ...readJson(kind, decoded.text, file) };
}

const pick = (result: { rejected: readonly RejectedRow[]; fileIssues: readonly Issue[] }) => ({
  rejected: result.rejected.map((row) => ({ index: row.index, line: row.line, issues: row.issues })),
  fileIssues: result.fileIssues,
});

function readJson<K extends FileKind>(
  kind: K,
  text: string,
  file: string,
): Pick<FileReport<K>, 'records' | 'rejected' | 'fileIssues'> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      records: [],
      rejected: [],
      fileIssues: [createIssue('invalid_json', { source: file, params: { detail } })],
    };
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown } | null)?.records;
  if (!Array.isArray(list)) {
    const detail = 'an array of records, or an object with a "records" array';
    return {
      records: [],
      rejected: [],
      fileIssues: [createIssue('invalid_json', { source: file, params: { detail } })],
    };
  }
  const lines = jsonRecordLines(text);
  const where = { source: file, ...(lines?.length === list.length ? { lines } : {}) };
  // A candidates file may hold bare profiles instead of `{ candidate, protectedAttributes }` records.
  const isBareCandidates = kind === 'candidates' && list.length > 0 && isBareProfile(list[0]);
  const recordKind: RecordKind = isBareCandidates ? 'candidate' : FILE_KINDS[kind];
  const result = parseMany(recordKind, list, where);
  const records = isBareCandidates ? result.records.map((candidate) => ({ candidate })) : result.records;
  return { records: records as FileRecord<K>[], ...pick({ rejected: result.rejected, fileIssues: [] }) };
}

function isBareProfile(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !('candidate' in value) && 'id' in value;
}
