import { SingleBar } from 'cli-progress';
import type { CliContext } from './context.js';

/** A progress indicator: a bar on standard error when it is a terminal, nothing otherwise. */
export interface Progress {
  tick(): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar for a long run of `total` steps, drawn on standard error only when it is a terminal (never in
 * pipes, files or tests), so that standard output stays the result alone.
 */
export function startProgress(context: CliContext, label: string, total: number, minTotal = 2): Progress {
  const stream = context.progressStream;
  if (stream === undefined || total < minTotal) return SILENT;
  const bar = new SingleBar({
    stream,
    format: `${label} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return {
    tick: () => bar.increment(),
    stop: () => bar.stop(),
  };
}
