// Reading and writing JSON Lines files for the benchmarks that work from files, as a user's import would.
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';

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
 * The records of a JSON Lines file one at a time, with their 1-based line. Read in chunks (1 MB, grown for a longer
 * line); each line is decoded on its own, so that one accented line does not turn a whole chunk into a two-byte
 * string. Blank lines are skipped.
 */
export function* readJsonLines(path, chunkBytes = 1 << 20) {
  const fd = openSync(path, 'r');
  let chunk = Buffer.alloc(chunkBytes);
  // Bytes of an unfinished line, moved to the start of the chunk before the next read.
  let kept = 0;
  let line = 0;
  try {
    for (;;) {
      if (kept === chunk.length) {
        const bigger = Buffer.alloc(chunk.length * 2);
        chunk.copy(bigger, 0, 0, kept);
        chunk = bigger;
      }
      const read = readSync(fd, chunk, kept, chunk.length - kept, null);
      const end = kept + read;
      let at = 0;
      for (let nl = chunk.indexOf(10, at); nl >= 0 && nl < end; nl = chunk.indexOf(10, at)) {
        line++;
        if (nl > at) yield { line, value: JSON.parse(chunk.toString('utf8', at, nl)) };
        at = nl + 1;
      }
      if (read === 0) {
        if (end > at) yield { line: line + 1, value: JSON.parse(chunk.toString('utf8', at, end)) };
        return;
      }
      chunk.copy(chunk, 0, at, end);
      kept = end - at;
    }
  } finally {
    closeSync(fd);
  }
}
