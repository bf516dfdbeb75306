import { formatIssue, type Issue } from '@passerelle/core';
import type { FileCounts } from '../i18n/index.js';
import type { Lang } from '../locale.js';
import type { FileKind } from '../kinds.js';
import type { FileReport, RejectedRow } from './read-records.js';

/** An issue as the JSON output gives it: where (line, field), what (code, severity, value) and why (message). */
export interface IssueJson {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly line?: number;
  readonly index?: number;
  readonly field?: string;
  readonly value?: unknown;
  readonly message: string;
}

/** An issue for the JSON output, its message in the chosen language. */
export function issueToJson(issue: Issue, lang: Lang): IssueJson {
  return {
    code: issue.code,
    severity: issue.severity,
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    ...(issue.index !== undefined ? { index: issue.index } : {}),
    ...(issue.field !== undefined ? { field: issue.field } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    message: issue.message[lang],
  };
}

/** A rejected row for the JSON output. */
export function rowToJson(row: RejectedRow, lang: Lang) {
  return {
    ...(row.line !== undefined ? { line: row.line } : {}),
    index: row.index,
    issues: row.issues.map((issue) => issueToJson(issue, lang)),
  };
}

/** How many rows a file had, and what became of them. */
export function countsOf(report: FileReport<FileKind>): FileCounts {
  return {
    rows: report.records.length + report.rejected.length,
    accepted: report.records.length,
    rejected: report.rejected.length,
    warnings: report.fileIssues.filter((issue) => issue.severity === 'warning').length,
  };
}

/** A file's report for the JSON output. */
export function fileReportToJson(report: FileReport<FileKind>, lang: Lang) {
  return {
    file: report.file,
    kind: report.kind,
    format: report.format,
    counts: countsOf(report),
    rejected: report.rejected.map((row) => rowToJson(row, lang)),
    fileIssues: report.fileIssues.map((issue) => issueToJson(issue, lang)),
  };
}

/**
 * Every problem of a file as lines for people, file issues first, then each rejected row's issues in file
 * order (a structurally broken row is both: it is shown once, with its row).
 */
export function issueLines(report: FileReport<FileKind>, lang: Lang): string[] {
  const issues = [
    ...report.fileIssues.filter((issue) => issue.code !== 'malformed_row'),
    ...report.rejected.flatMap((row) => row.issues),
  ];
  return issues.map((issue) => `  ${formatIssue(issue, lang)}`);
}
