// Collects the issues of a taxonomy build, placing each in its list, record, file line and field.
import { createIssue, type Issue, type IssueParams } from '../issues/issue.js';
import type { IssueCode } from '../issues/issue-codes.js';
import type { RecordOrigin } from './types.js';

/** The lists of a {@link TaxonomyInput}, and `labels` for {@link mergeLabels}. */
export type TaxonomyListName =
  'skills' | 'occupations' | 'skillGroups' | 'relations' | 'iscoGroups' | 'labels';

/**
 * Names to quote in issues instead of the builder's field names, per list: a loader maps
 * `{ relations: { skillId: 'skill_uuid' } }` so that an issue names the file's column.
 */
export type TaxonomyFieldNames = Partial<Record<TaxonomyListName, Readonly<Record<string, string>>>>;

/** What an issue says besides its place. */
export interface IssueDetail {
  readonly severity?: 'error' | 'warning';
  readonly value?: unknown;
  readonly params?: IssueParams;
}

/** Accumulates issues for one build. */
export class IssueCollector {
  readonly issues: Issue[] = [];
  readonly #fieldNames: TaxonomyFieldNames;

  constructor(fieldNames: TaxonomyFieldNames = {}) {
    this.#fieldNames = fieldNames;
  }

  /** Records an issue about `field` of record `index` of `list`. */
  add(
    code: IssueCode,
    list: TaxonomyListName,
    index: number,
    record: RecordOrigin,
    field: string,
    detail: IssueDetail = {},
  ): void {
    this.issues.push(
      createIssue(code, {
        ...detail,
        path: [list, index, field],
        field: this.#fieldNames[list]?.[field] ?? field,
        index,
        ...(record.source !== undefined ? { source: record.source } : {}),
        ...(record.line !== undefined ? { line: record.line } : {}),
      }),
    );
  }
}
