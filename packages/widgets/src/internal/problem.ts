import type { WidgetErrorCode } from '../events/passerelle-error.js';
import type { Translation } from '../i18n/translation.js';

/** A problem with a widget's data: what, from where, and which field. Rendered in the widget's language. */
export interface WidgetProblem {
  readonly code: WidgetErrorCode;
  /** A URL, `inline` or `property`. */
  readonly source: string;
  readonly status?: number;
  /** Path of the bad field, e.g. `results[3].score`. */
  readonly field?: string;
  /** Free text from below (an engine error message), for `engine`. */
  readonly detail?: string;
}

/** Where a source is, as a reader understands it. */
function whereOf(source: string): string {
  return source === 'inline' ? '<script type="application/json">' : source;
}

/** The message a widget shows for a problem. */
export function messageOf(problem: WidgetProblem, t: Translation): string {
  const where = whereOf(problem.source);
  switch (problem.code) {
    case 'http':
      return t.errors.http(problem.status ?? 0, problem.source);
    case 'network':
      return t.errors.network(problem.source);
    case 'json':
      return t.errors.json(where);
    case 'invalid':
      return t.errors.invalid(problem.field ?? '?', where);
    case 'engine':
      return t.errors.engine(problem.detail ?? '');
  }
}
