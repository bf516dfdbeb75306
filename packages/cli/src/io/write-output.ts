import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CliError } from '../errors.js';
import type { Texts } from '../i18n/index.js';
import { fileErrorReason } from './read-file.js';

/** Writes a result file, creating its folder; a file that cannot be written is a user error (exit code 2). */
export async function writeOutputFile(path: string, text: string, t: Texts): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  } catch (error) {
    throw new CliError('unreadable_file', t.files.notWritable(path, fileErrorReason(error, t)));
  }
}

/** The formats of result files. */
export const OUTPUT_FORMATS = ['csv', 'json'] as const;

/** The output format: `--format` when given, else the extension of `--out`, else CSV. */
export function outputFormat(format: 'csv' | 'json' | undefined, out: string | undefined): 'csv' | 'json' {
  if (format !== undefined) return format;
  return out !== undefined && /\.json$/i.test(out) ? 'json' : 'csv';
}
