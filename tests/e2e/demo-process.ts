// Starts the demo intranet the way `npm start` does once its build step is done: the command after the last `&&`
// of the root `start` script, with PORT=0 so that it takes a free port, and reads the address it prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** The root `start` script's serving command (what runs after the build). */
export function serveCommand(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const last = (scripts.start ?? '').split('&&').at(-1)?.trim() ?? '';
  return last.split(/\s+/);
}

export interface RunningDemo {
  readonly url: string;
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

export async function startDemo(env: Record<string, string> = {}): Promise<RunningDemo> {
  const [command, ...args] = serveCommand();
  if (command !== 'node') throw new Error(`The start script should end by running node, found: ${command}`);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The demo printed no address in 30 s:\n${output}`)),
      30_000,
    );
    const look = () => {
      const found = /https?:\/\/localhost:\d+\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[0]);
      }
    };
    child.stdout?.on('data', look);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo stopped (exit code ${code}) before printing its address:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
