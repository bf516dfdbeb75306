import type { z } from 'zod';
import { ISSUE_CODES, type IssueCode } from './issue-codes.js';
import { createIssue, type Issue, type IssueParams, type PathKey } from './issue.js';

type ZodIssue = z.core.$ZodIssue;

const KNOWN_CODES: ReadonlySet<string> = new Set(ISSUE_CODES);

/** The value at `path` inside `input`, if it can be reached. */
function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathKey, unknown>)[key];
  }
  return current;
}

/** Allowed literal values of a failed union of literals (e.g. ISCED levels), or undefined if not such a union. */
function unionLiterals(
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
): Array<string | number> | undefined {
  const values: Array<string | number> = [];
  for (const branch of issue.errors) {
    const first = branch[0];
    if (branch.length !== 1 || first?.code !== 'invalid_value') return undefined;
    for (const value of first.values)
      if (typeof value === 'string' || typeof value === 'number') values.push(value);
  }
  return values;
}

function sizeIssue(issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>): [IssueCode, IssueParams] {
  const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (
    issue.origin === 'number' ||
    issue.origin === 'int' ||
    issue.origin === 'bigint' ||
    issue.origin === 'date'
  ) {
    return ['out_of_range', issue.code === 'too_small' ? { min: bound } : { max: bound }];
  }
  const unit = issue.origin === 'string' ? 'characters' : 'items';
  return issue.code === 'too_small'
    ? ['too_short', { min: bound, unit }]
    : ['too_long', { max: bound, unit }];
}

function typeIssue(
  issue: Extract<ZodIssue, { code: 'invalid_type' }>,
  value: unknown,
): [IssueCode, IssueParams] {
  if (value === undefined || value === null) return ['required', {}];
  if (issue.expected === 'int') return ['invalid_integer', {}];
  if (issue.expected === 'number') return ['invalid_number', {}];
  if (issue.expected === 'boolean') return ['invalid_boolean', {}];
  return ['invalid_type', { expected: issue.expected }];
}

/** Splits the Passerelle code carried in `params.code` from the message parameters. */
function customIssue(params: Record<string, unknown> | undefined): [IssueCode, IssueParams] {
  const { code, ...rest } = params ?? {};
  const known = typeof code === 'string' && KNOWN_CODES.has(code) ? (code as IssueCode) : 'invalid_format';
  const clean: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (typeof value === 'string' || typeof value === 'number') clean[key] = value;
  }
  return [known, clean];
}

function classify(issue: ZodIssue, value: unknown): [IssueCode, IssueParams] {
  switch (issue.code) {
    case 'invalid_type':
      return typeIssue(issue, value);
    case 'invalid_value':
      // zod reports a missing enum field as a bad value; for people it is a missing one.
      if (value === undefined || value === null) return ['required', {}];
      return ['invalid_value', { allowed: issue.values.map(String) }];
    case 'invalid_union': {
      const allowed = unionLiterals(issue);
      return allowed ? ['invalid_value', { allowed }] : ['invalid_type', {}];
    }
    case 'too_small':
    case 'too_big':
      return sizeIssue(issue);
    case 'custom':
      return customIssue(issue.params);
    case 'invalid_format':
      return ['invalid_format', { format: issue.format }];
    case 'not_multiple_of':
      return ['invalid_integer', {}];
    case 'unrecognized_keys':
      return ['unknown_column', { column: issue.keys.join(', ') }];
    default:
      return ['invalid_format', {}];
  }
}

/** Turns zod's issues into Passerelle issues (stable codes, French and English messages, offending value). */
export function issuesFromZod(issues: readonly ZodIssue[], input: unknown): Issue[] {
  return issues.map((issue) => {
    const path = issue.path.filter((key): key is PathKey => typeof key !== 'symbol');
    const value = valueAt(input, path);
    const [code, params] = classify(issue, value);
    return createIssue(code, {
      path,
      ...(value !== undefined && typeof value !== 'object' ? { value } : {}),
      ...(Object.keys(params).length > 0 ? { params } : {}),
    });
  });
}
