import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultJson } from './files.js';

describe('resultJson', () => {
  it('reads back as the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(resultJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });

  it('writes objects over lines and short lists of plain values on one line, as Prettier does', () => {
    const value = {
      metrics: ['mrr@10', 'recall@1'],
      rows: [{ method: 'n', values: { 'mrr@10': 0.5 } }],
      empty: [],
      none: {},
      big: 1e21,
    };
    expect(resultJson(value)).toBe(
      [
        '{',
        '  "metrics": ["mrr@10", "recall@1"],',
        '  "rows": [',
        '    {',
        '      "method": "n",',
        '      "values": {',
        '        "mrr@10": 0.5',
        '      }',
        '    }',
        '  ],',
        '  "empty": [],',
        '  "none": {},',
        '  "big": 1e21',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('puts a list too long for 110 columns one text per line, or as many numbers per line as fit', () => {
    const names = Array.from({ length: 12 }, (_, i) => `a fairly long metric name ${i}`);
    expect(resultJson({ names }).split('\n')[2]).toBe('    "a fairly long metric name 0",');
    const numbers = Array.from({ length: 40 }, (_, i) => 1000 + i);
    const lines = resultJson({ numbers }).split('\n');
    // "1000, " is 6 characters: 17 numbers with their commas fit in 4 + 17 × 6 − 1 = 105 columns, 18 would not.
    expect(lines[2]).toBe(`    ${numbers.slice(0, 17).join(', ')},`);
    expect(lines[4]).toBe(`    ${numbers.slice(34).join(', ')}`);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(110);
  });
});
