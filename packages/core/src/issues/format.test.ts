import { describe, expect, it } from 'vitest';
import { createIssue, formatPath, hasErrors, locateIssue } from './issue.js';
import { countIssuesByCode, formatIssue } from './format.js';
import { ISSUE_CODES } from './issue-codes.js';

describe('issues', () => {
  it('formats paths the way people read them', () => {
    expect(formatPath(['skills', 2, 'level'])).toBe('skills[2].level');
    expect(formatPath([])).toBe('');
  });

  it('says where, what and why in one line, in French or English', () => {
    const issue = createIssue('invalid_postal_code', {
      source: 'c.csv',
      line: 12,
      field: 'code_postal',
      value: '12345',
    });
    expect(formatIssue(issue, 'fr')).toBe(
      'c.csv:12 · code_postal · Code postal belge invalide « 12345 » : quatre chiffres attendus (1000 à 9999). [invalid_postal_code]',
    );
    expect(formatIssue(issue, 'en')).toContain('Invalid Belgian postal code "12345"');
  });

  it('falls back to the record index, and marks warnings', () => {
    const issue = createIssue('unknown_column', {
      severity: 'warning',
      index: 4,
      params: { column: 'Remarque' },
    });
    expect(formatIssue(issue, 'en')).toBe(
      '#4 · warning: Column ignored: "Remarque" matches no field. [unknown_column]',
    );
    expect(hasErrors([issue])).toBe(false);
  });

  it('keeps the location an issue already has when placed again', () => {
    const issue = locateIssue(createIssue('required', { line: 3 }), { line: 9, source: 'x.csv' });
    expect(issue).toMatchObject({ line: 3, source: 'x.csv' });
  });

  it('renders a non-empty message in both languages for every code', () => {
    for (const code of ISSUE_CODES) {
      const issue = createIssue(code, { value: 'v' });
      expect(issue.message.fr.length).toBeGreaterThan(5);
      expect(issue.message.en.length).toBeGreaterThan(5);
      expect(issue.message.fr).not.toContain('undefined');
      expect(issue.message.en).not.toContain('undefined');
    }
  });

  it('counts issues by code, most frequent first', () => {
    const issues = [createIssue('required'), createIssue('invalid_date'), createIssue('invalid_date')];
    expect(countIssuesByCode(issues)).toEqual([
      { code: 'invalid_date', count: 2 },
      { code: 'required', count: 1 },
    ]);
  });
});
