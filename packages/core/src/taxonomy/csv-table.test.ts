import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import { cellOf, readCsv, type CsvRow } from './csv-table.js';

function read(text: string, required: string[] = ['id']) {
  const rows: { line: number; id: string; label: string }[] = [];
  const issues: Issue[] = [];
  readCsv(text, 'f.csv', required, issues, (row: CsvRow, header) => {
    rows.push({ line: row.line, id: cellOf(header, row, 'id'), label: cellOf(header, row, 'label') });
  });
  return { rows, issues };
}

describe('readCsv', () => {
  it('gives each row the file line it starts on, counting newlines inside quoted cells', () => {
    const text = 'id,label\r\n1,"one\r\nuno"\r\n\r\n2,two\r\n3,"a\nb\nc"\r\n4,four\r\n';
    expect(read(text).rows).toEqual([
      { line: 2, id: '1', label: 'one\r\nuno' },
      { line: 5, id: '2', label: 'two' },
      { line: 6, id: '3', label: 'a\nb\nc' },
      { line: 9, id: '4', label: 'four' },
    ]);
  });

  it('drops a byte-order mark and trims header names', () => {
    const { rows, issues } = read('\uFEFF id ,label\n7,seven\n');
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ line: 2, id: '7', label: 'seven' }]);
  });

  it('reports rows with the wrong number of cells and keeps the good ones', () => {
    const { rows, issues } = read('id,label\n1,one\n2\n3,three,extra\n4,four\n');
    expect(rows.map((row) => row.id)).toEqual(['1', '4']);
    expect(issues.map((issue) => [issue.code, issue.line, issue.params])).toEqual([
      ['malformed_row', 3, { cells: 1, expected: 2 }],
      ['malformed_row', 4, { cells: 3, expected: 2 }],
    ]);
    expect(issues[0]?.source).toBe('f.csv');
  });

  it('reports broken quoting', () => {
    const { rows, issues } = read('id,label\n1,one\n2,"two\n');
    expect(rows.map((row) => row.id)).toEqual(['1']);
    expect(issues.map((issue) => [issue.code, issue.line])).toEqual([['malformed_row', 3]]);
  });

  it('reads no row when a required column is missing', () => {
    const { rows, issues } = read('key,label\n1,one\n', ['id', 'label', 'other']);
    expect(rows).toEqual([]);
    expect(issues.map((issue) => [issue.code, issue.field, issue.line])).toEqual([
      ['missing_column', 'id', 1],
      ['missing_column', 'other', 1],
    ]);
  });

  it('says when a file is empty (error) or holds only its header (warning)', () => {
    expect(read('').issues.map((issue) => [issue.code, issue.severity])).toEqual([['empty_file', 'error']]);
    expect(read('id,label\n\n').issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['empty_file', 'warning'],
    ]);
  });

  it('throws a TypeError when the content is not text', () => {
    expect(() => read(undefined as unknown as string)).toThrow(TypeError);
  });
});
