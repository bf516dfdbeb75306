import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { person } from '../../test/builders.js';
import type { Issue } from '@passerelle/core';
import { checkPeople } from './people.js';
import { personColumns, writePerson } from './store.js';

describe('checkPeople', () => {
  it('keeps the first record of each id with its columns, and finds people in any order of lookups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<string>('p1', 'p2', 'p3', 'p4', 'p5', ''), { maxLength: 12 }),
        fc.array(fc.oneof(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', '', 'ghost'), fc.string()), {
          maxLength: 30,
        }),
        (ids, lookups) => {
          const records = ids.map((id, i) =>
            person(id, { isced: ((i % 8) + 1) as 1, unemployedSince: `20${10 + i}-01-01` }),
          );
          const issues: Issue[] = [];
          const { kept, columns, finder } = checkPeople(records, issues);
          const firsts = records.filter((record, i) => ids.indexOf(record.candidate.id) === i);
          expect(kept).toEqual(firsts);
          expect(issues.map((issue) => issue.index)).toEqual(
            ids.flatMap((id, i) => (ids.indexOf(id) === i ? [] : [i])),
          );
          const expected = personColumns(firsts.length);
          firsts.forEach((record, p) => writePerson(expected, p, record));
          expect(columns).toEqual(expected);
          const positions = firsts.map((record) => record.candidate.id);
          for (const id of [...lookups, ...positions, ...lookups])
            expect(finder.of(id)).toBe(positions.indexOf(id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('checks people across many blocks of records alike', () => {
    // 1,500 records: ids repeat across the blocks the records are read in.
    const ids = Array.from({ length: 1500 }, (_, i) => `p${(i * 7919) % 1237}`);
    const records = ids.map((id, i) =>
      person(id, { isced: ((i % 8) + 1) as 1, unemployedSince: '2020-02-29' }),
    );
    const issues: Issue[] = [];
    const { kept, columns } = checkPeople(records, issues);
    const firsts = records.filter((record, i) => ids.indexOf(record.candidate.id) === i);
    expect(kept).toEqual(firsts);
    expect(issues).toHaveLength(1500 - 1237);
    const expected = personColumns(firsts.length);
    firsts.forEach((record, p) => writePerson(expected, p, record));
    expect(columns).toEqual(expected);
  });

  it('finds nobody for an id that is not a string, even after the last person', () => {
    const { finder } = checkPeople([person('p1'), person('p2')], []);
    expect(finder.of('p2')).toBe(1);
    expect(finder.of(undefined as unknown as string)).toBe(-1);
    expect(finder.of(1 as unknown as string)).toBe(-1);
    expect(finder.of('p1')).toBe(0);
  });
});
