import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLabelledTitlesCsv, splitCsvRows } from './labelled-titles-csv.js';

describe('parseLabelledTitlesCsv', () => {
  it('reads the JobBERT columns, quoted titles with commas and quotes, and CRLF line ends', () => {
    const text =
      'vacancy_title,esco_occupation_uuid\r\n' +
      'Marketing Executive,occ-1\r\n' +
      '"Retail Assistant @ Mall, Penang",occ-2\r\n' +
      '"The ""best"" cook",occ-3\r\n';
    expect(parseLabelledTitlesCsv(text)).toEqual({
      rows: [
        { title: 'Marketing Executive', occupationId: 'occ-1' },
        { title: 'Retail Assistant @ Mall, Penang', occupationId: 'occ-2' },
        { title: 'The "best" cook', occupationId: 'occ-3' },
      ],
      issues: [],
      rejected: 0,
    });
  });

  it('reads a ; file with a byte-order mark and other column names, in any order', () => {
    const text = '\uFEFFoccupation_id;titre\nocc-1;Vendeuse (H/F)\n\nocc-2;Cariste\n';
    expect(parseLabelledTitlesCsv(text).rows).toEqual([
      { title: 'Vendeuse (H/F)', occupationId: 'occ-1' },
      { title: 'Cariste', occupationId: 'occ-2' },
    ]);
  });

  it('reports each bad row with its line and column, and keeps the good ones', () => {
    const text = [
      'title,occupation_id',
      'Cook,occ-1',
      ',occ-2',
      'Driver,',
      'Cleaner',
      '"Multi',
      'line",occ-3',
      '"never closed,occ-4',
    ].join('\n');
    const read = parseLabelledTitlesCsv(text, 'past-offers.csv');
    expect(read.rows).toEqual([
      { title: 'Cook', occupationId: 'occ-1' },
      { title: 'Multi\nline', occupationId: 'occ-3' },
    ]);
    expect(read.rejected).toBe(4);
    expect(read.issues.map((i) => [i.line, i.code, i.field])).toEqual([
      [3, 'empty_title', 'title'],
      [4, 'empty_occupation', 'occupation_id'],
      [5, 'missing_cell', 'occupation_id'],
      [8, 'unclosed_quote', '(row)'],
    ]);
    expect(read.issues[0]!.source).toBe('past-offers.csv');
  });

  it('says which column is missing and what names would do', () => {
    const read = parseLabelledTitlesCsv('name,code\nCook,occ-1\n');
    expect(read.rows).toEqual([]);
    expect(read.rejected).toBe(1);
    expect(read.issues.map((i) => i.message)).toEqual([
      'no title column in the header (name it one of: title, vacancy_title, job_title, titre)',
      'no occupation id column in the header (name it one of: occupation_id, occupationid, esco_occupation_uuid, occupation)',
    ]);
  });
});

describe('splitCsvRows', () => {
  // Writes cells as RFC 4180 does: quoted when they hold a quote, the delimiter or a line break.
  const write = (rows: string[][]) =>
    rows
      .map((row) =>
        row.map((c) => (/[",\n\r]/.test(c) || c === '' ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
      )
      .join('\n');

  it('reads back any cells written as RFC 4180 says, with the line each row starts on', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', 'é'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 3 }), { maxLength: 8 }), (rows) => {
        const text = write(rows);
        const read = splitCsvRows(text, ',');
        expect(read.map((row) => row.cells)).toEqual(rows);
        let line = 1;
        read.forEach((row, i) => {
          expect(row.line).toBe(line);
          line += 1 + rows[i]!.join('').split('\n').length - 1;
        });
      }),
    );
  });
});
