// Runs the built `passerelle` bin as a child process, as a user or a script would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bin as npm links it: the launcher, which runs the built command line. */
export const BIN = fileURLToPath(new URL('../bin/passerelle.js', import.meta.url));

/** What a run gave. */
export interface BinRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the bin with arguments in a folder. The locale variables are cleared unless given, so that a test
 * never depends on the machine's language.
 */
export function runBin(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): BinRun {
  const env: Record<string, string | undefined> = { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses standard output as exactly one JSON document (throws otherwise). */
export function jsonOf(run: BinRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'passerelle-cli-'));
}

/** A folder with the demo dataset written by `passerelle demo` (a small one, for speed). */
export function demoDir(size = 150): string {
  const dir = tempDir();
  const run = runBin(['demo', '--out', dir, '--size', String(size), '--json']);
  if (run.status !== 0) throw new Error(`passerelle demo failed: ${run.stderr}`);
  return dir;
}

/**
 * Copies a `;`-separated CSV file with some cells changed: `{ line, column, value }`, line 1 being the header.
 * Returns the new file's path.
 */
export function withCells(
  source: string,
  target: string,
  edits: ReadonlyArray<{ line: number; column: string; value: string }>,
): string {
  const lines = readFileSync(source, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n');
  const header = (lines[0] ?? '').split(';');
  for (const edit of edits) {
    const index = header.indexOf(edit.column);
    if (index < 0) throw new Error(`No column ${edit.column} in ${source}`);
    const cells = (lines[edit.line - 1] ?? '').split(';');
    cells[index] = edit.value;
    lines[edit.line - 1] = cells.join(';');
  }
  writeFileSync(target, lines.join('\n'));
  return target;
}
