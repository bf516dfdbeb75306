// Reading and writing JSON Lines files for the benchmarks that work from files, as a user's import would.
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Writes records as JSON Lines, 10,000 lines per write. */
export function writeJsonLines(path, records) {
  const fd = openSync(path, 'w');
  try {
    let lines = [];
    for (const record of records) {
      lines.push(JSON.stringify(record));
      if (lines.length === 10_000) {
        writeFileSync(fd, `${lines.join('\n')}\n`);
        lines = [];
      }
    }
    if (lines.length > 0) writeFileSync(fd, `${lines.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The records of a JSON Lines file one at a time, with their 1-based line (read in 1 MB chunks; a character split
 * across chunks is kept whole). Blank lines are skipped.
 */
export function* readJsonLines(path) {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      const text = rest + (read === 0 ? `${decoder.end()}\n` : decoder.write(chunk.subarray(0, read)));
      let at = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', at)) {
        line++;
        if (end > at) yield { line, value: JSON.parse(text.slice(at, end)) };
        at = end + 1;
      }
      rest = text.slice(at);
      if (read === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}
