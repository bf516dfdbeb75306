import { constants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { CliError } from '../errors.js';
import type { Texts } from '../i18n/index.js';

/** Why a file could not be read, in the user's words. */
export function fileErrorReason(error: unknown, t: Texts): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') return t.files.reasons[code];
  return `${t.files.reasons.other}${typeof code === 'string' ? ` (${code})` : ''}`;
}

/** The bytes of a file, or a user error (exit code 2) naming the file and the reason. */
export async function readInputFile(path: string, t: Texts): Promise<Uint8Array> {
  try {
    const bytes = await readFile(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    throw new CliError('unreadable_file', t.files.unreadable(path, fileErrorReason(error, t)));
  }
}

/** The text of a file as UTF-8 (configuration and mapping files), or a user error. */
export async function readInputText(path: string, t: Texts): Promise<string> {
  const text = new TextDecoder('utf-8').decode(await readInputFile(path, t));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Nothing when the file can be read, else the user error {@link readInputFile} would give. */
export async function assertReadable(path: string, t: Texts): Promise<void> {
  try {
    await access(path, constants.R_OK);
  } catch (error) {
    throw new CliError('unreadable_file', t.files.unreadable(path, fileErrorReason(error, t)));
  }
}

/**
 * The value of a JSON file the user names (a configuration, a mapping, group labels), or a user error: unreadable
 * file (exit 2), or text that is not JSON, reported as `invalid_config` with the message `invalid` makes of the
 * parser's detail.
 */
export async function readJsonFile(
  path: string,
  t: Texts,
  invalid: (detail: string) => string,
): Promise<unknown> {
  const text = await readInputText(path, t);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError('invalid_config', invalid(error instanceof Error ? error.message : String(error)));
  }
}
