/** Exit codes: 0 success, 1 the input had rejected rows or gave no result, 2 wrong usage or an unreadable file. */
export const EXIT = Object.freeze({ ok: 0, rejected: 1, usage: 2 } as const);

/** An exit code of the command line. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Why the command line stops before doing its work: a wrong argument or a file it cannot read. */
export type CliErrorCode = 'usage' | 'unreadable_file' | 'invalid_config';

/**
 * A user error: shown as one message (already in the user's language), never with a stack trace, and ending
 * the process with exit code 2.
 */
export class CliError extends Error {
  readonly code: CliErrorCode;

  constructor(code: CliErrorCode, message: string) {
    super(message);
    this.name = 'CliError';
    this.code = code;
  }
}
