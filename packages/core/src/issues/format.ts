import type { MessageLocale } from '../vocab/localized-text.js';
import type { Issue } from './issue.js';

/**
 * One line for one issue, e.g. `offres.csv:12 · code_postal · Code postal belge invalide « 12345 »…`.
 * Where the file line is unknown, the record index is shown instead.
 */
export function formatIssue(issue: Issue, locale: MessageLocale = 'fr'): string {
  const where: string[] = [];
  if (issue.source !== undefined || issue.line !== undefined) {
    where.push(
      `${issue.source ?? ''}${issue.line !== undefined ? `${issue.source ? ':' : locale === 'fr' ? 'ligne ' : 'line '}${issue.line}` : ''}`,
    );
  } else if (issue.index !== undefined) {
    where.push(`#${issue.index}`);
  }
  if (issue.field) where.push(issue.field);
  const prefix = issue.severity === 'warning' ? (locale === 'fr' ? 'avertissement : ' : 'warning: ') : '';
  return [...where, `${prefix}${issue.message[locale]} [${issue.code}]`].join(' · ');
}

/** Formats a list of issues, one per line. */
export function formatIssues(issues: readonly Issue[], locale: MessageLocale = 'fr'): string {
  return issues.map((issue) => formatIssue(issue, locale)).join('\n');
}

/** Counts issues by code, most frequent first: a summary for a long import report. */
export function countIssuesByCode(issues: readonly Issue[]): Array<{ code: Issue['code']; count: number }> {
  const counts = new Map<Issue['code'], number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
