/**
 * The 1-based line on which each record of a JSON document starts: the elements of a top-level array, or of
 * the `records` array of a top-level object (the two shapes core's JSON reader accepts). Used so that a
 * rejected record is reported by its line, as in a CSV file. Returns undefined for text this scan cannot
 * follow; the records are then reported by position only.
 */
export function jsonRecordLines(text: string): number[] | undefined {
  const lines: number[] = [];
  const stack: Array<'[' | '{'> = [];
  let line = 1;
  let recordsDepth = -1; // depth of the array whose elements are records, once found
  let isDone = false; // that array is closed: later arrays hold no records
  let lastKey: string | undefined;
  let expectValue = true;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    if (c === '\n') line += 1;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',' || c === ':') {
      if (c === ',' || c === ':') expectValue = c === ':' || stack.at(-1) === '[';
      continue;
    }
    if (c === ']' || c === '}') {
      if (stack.length === recordsDepth) isDone = true;
      if (stack.pop() === undefined) return undefined;
      expectValue = false;
      continue;
    }
    if (expectValue && !isDone && stack.length === recordsDepth) lines.push(line);
    if (c === '"') {
      const end = skipString(text, i);
      if (end < 0) return undefined;
      if (stack.at(-1) === '{' && !expectValue) lastKey = text.slice(i + 1, end);
      i = end;
      expectValue = false;
      continue;
    }
    if (c === '[' || c === '{') {
      const opensRecords =
        c === '[' &&
        (stack.length === 0 || (stack.length === 1 && stack[0] === '{' && lastKey === 'records'));
      stack.push(c);
      if (opensRecords && recordsDepth < 0) recordsDepth = stack.length;
      expectValue = c === '[';
      continue;
    }
    // A number, true, false or null: skip to its end.
    while (i + 1 < text.length && !/[\s,\]}:]/.test(text[i + 1] as string)) i += 1;
    expectValue = false;
  }
  return lines;
}

/** The index of the quote that closes the string opening at `start`, or -1. */
function skipString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === '"') return i;
    else if (c === '\n') return -1;
  }
  return -1;
}
