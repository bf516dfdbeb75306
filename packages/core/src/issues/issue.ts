import type { LocalizedText } from '../vocab/localized-text.js';
import type { IssueCode } from './issue-codes.js';
import { renderIssueMessage } from './messages.js';

/** A key in a record path: an object key or an array index. */
export type PathKey = string | number;

/** Values an issue message may quote. */
export type IssueParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/**
 * One problem found in user data. Issues are data, never exceptions: a parser returns them so that the
 * person who owns the file can fix it. The `code` is stable (snake_case) and safe to branch on; `message`
 * is for people.
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `invalid_postal_code`. */
  readonly code: IssueCode;
  /** `error` rejects the record; `warning` keeps it and tells. */
  readonly severity: 'error' | 'warning';
  /** Path of the offending value inside the record, e.g. `['home', 'postalCode']`. */
  readonly path: readonly PathKey[];
  /** The field as the user knows it: the file's column name, or the dotted path. */
  readonly field?: string;
  /** The file the record came from. */
  readonly source?: string;
  /** The 1-based line in that file. */
  readonly line?: number;
  /** The 0-based position of the record in the input list. */
  readonly index?: number;
  /** The offending value, as found. */
  readonly value?: unknown;
  /** Values quoted by the message (allowed codes, limits…). */
  readonly params?: IssueParams;
  /** The message in French and English. */
  readonly message: LocalizedText;
}

/** What a caller gives to {@link createIssue} besides the code. */
export interface IssueInit {
  readonly severity?: 'error' | 'warning';
  readonly path?: readonly PathKey[];
  readonly field?: string;
  readonly source?: string;
  readonly line?: number;
  readonly index?: number;
  readonly value?: unknown;
  readonly params?: IssueParams;
}

/** Builds an issue and renders its French and English message from the catalogue. */
export function createIssue(code: IssueCode, init: IssueInit = {}): Issue {
  const path = init.path ?? [];
  const issue: Issue = {
    code,
    severity: init.severity ?? 'error',
    path,
    message: renderIssueMessage(code, init.params ?? {}, init.value),
    ...(init.field !== undefined || path.length > 0 ? { field: init.field ?? formatPath(path) } : {}),
    ...(init.source !== undefined ? { source: init.source } : {}),
    ...(init.line !== undefined ? { line: init.line } : {}),
    ...(init.index !== undefined ? { index: init.index } : {}),
    ...(init.value !== undefined ? { value: init.value } : {}),
    ...(init.params !== undefined ? { params: init.params } : {}),
  };
  return issue;
}

/** Returns a copy of the issue placed in a file and a record (source, line, index), keeping what it had. */
export function locateIssue(
  issue: Issue,
  where: { source?: string; line?: number; index?: number; field?: string },
): Issue {
  return {
    ...issue,
    ...(where.source !== undefined && issue.source === undefined ? { source: where.source } : {}),
    ...(where.line !== undefined && issue.line === undefined ? { line: where.line } : {}),
    ...(where.index !== undefined && issue.index === undefined ? { index: where.index } : {}),
    ...(where.field !== undefined ? { field: where.field } : {}),
  };
}

/** `['skills', 2, 'level']` → `skills[2].level`. */
export function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}

/** Whether any issue in the list is an error (as opposed to a warning). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
