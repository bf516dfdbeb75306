// Validation of the ISCO groups of a taxonomy input.
import type { IssueParams } from '../issues/issue.js';
import type { IssueCollector } from './build-issues.js';
import { cleanText } from './clean-labels.js';
import { ISCO_FORMAT, isIscoCode } from './isco.js';
import type { IscoGroup, IscoGroupInput } from './types.js';

/** The valid ISCO groups, without repeats (later repeats and bad codes reported as errors). */
export function toIscoGroups(records: readonly IscoGroupInput[], issues: IssueCollector): IscoGroup[] {
  const seen = new Map<string, number | undefined>();
  const groups: IscoGroup[] = [];
  records.forEach((record, index) => {
    const code = cleanText(record.code);
    if (code === undefined || !isIscoCode(code)) {
      issues.add('invalid_format', 'iscoGroups', index, record, 'code', {
        value: record.code,
        params: ISCO_FORMAT,
      });
      return;
    }
    if (seen.has(code)) {
      const firstLine = seen.get(code);
      const params: IssueParams = firstLine !== undefined ? { firstLine } : {};
      issues.add('duplicate_id', 'iscoGroups', index, record, 'code', { value: code, params });
      return;
    }
    seen.set(code, record.line);
    const fr = cleanText(record.labels?.fr);
    const en = cleanText(record.labels?.en);
    const uri = cleanText(record.uri);
    groups.push({
      code,
      ...(uri !== undefined ? { uri } : {}),
      labels: { ...(fr !== undefined ? { fr } : {}), ...(en !== undefined ? { en } : {}) },
    });
  });
  return groups;
}
