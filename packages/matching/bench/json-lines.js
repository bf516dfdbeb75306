// Writing JSON Lines files for the benchmarks that work from files (core's readJsonLinesFile reads them back).
import { closeSync, openSync, writeFileSync } from 'node:fs';

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
