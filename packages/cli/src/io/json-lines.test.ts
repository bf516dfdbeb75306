import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonRecordLines } from './json-lines.js';

describe('jsonRecordLines', () => {
  it('finds the line where each record of an array starts', () => {
    const text = '[\n  {"id": "a",\n   "x": [1, 2]},\n\n  {"id": "b"}, {"id": "c"}\n]';
    expect(jsonRecordLines(text)).toEqual([2, 5, 5]);
  });

  it('reads the records array of an object, and no other array', () => {
    const text = '{\n "meta": [0, 0],\n "records": [\n  {"id": "a"},\n  {"id": "b"}\n ],\n "more": [9]\n}';
    expect(jsonRecordLines(text)).toEqual([4, 5]);
  });

  it('is not fooled by brackets, quotes and newlines escaped inside strings', () => {
    const text = '[{"t": "a [b] {c} \\"d\\" \\\\"},\n{"t": "e,f:g"}]';
    expect(jsonRecordLines(text)).toEqual([1, 2]);
  });

  it('gives up on text it cannot follow', () => {
    expect(jsonRecordLines('[{"a": "unterminated}]')).toBeUndefined();
    expect(jsonRecordLines('[1]]')).toBeUndefined();
  });

  it('gives one line per element of any pretty-printed array, where that element starts', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 12 }), fc.boolean(), (values, wrapped) => {
        const text = JSON.stringify(wrapped ? { records: values } : values, null, 2);
        const lines = jsonRecordLines(text);
        expect(lines).toHaveLength(values.length);
        const textLines = text.split('\n');
        values.forEach((value, i) => {
          const start = JSON.stringify(value, null, 2).split('\n')[0] as string;
          expect(textLines[(lines?.[i] as number) - 1]?.trim().startsWith(start.trim())).toBe(true);
        });
      }),
    );
  });
});
