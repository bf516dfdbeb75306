// Runs the command line in the test's own process, for the many small cases of wrong usage: the same code as the
// bin (runCli), without starting a process for each. Outputs and exit codes are checked the same way.
import { Writable } from 'node:stream';
import { runCli } from '../src/run.js';
import type { BinRun } from './run-bin.js';

function sink(): { stream: Writable & { isTTY: false }; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      text += chunk.toString();
      callback();
    },
  });
  return { stream: Object.assign(stream, { isTTY: false as const }), text: () => text };
}

/** Runs `passerelle <args>` in process, with no locale in the environment unless given. */
export async function runInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<BinRun> {
  const stdout = sink();
  const stderr = sink();
  const status = await runCli({
    argv: args,
    env,
    stdout: stdout.stream,
    stderr: stderr.stream as unknown as NodeJS.WriteStream,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
