import type { Lang } from '../locale.js';
import type { Texts } from '../i18n/index.js';

/** Where a command writes, and what it knows of its surroundings: passed in, so that nothing reads globals. */
export interface CliContext {
  readonly lang: Lang;
  readonly t: Texts;
  /** Writes to standard output (results, or the one JSON document). */
  readonly out: (text: string) => void;
  /** Writes to standard error (notes for people, progress). */
  readonly err: (text: string) => void;
  /** Standard error as a stream, for progress bars; undefined when it is not a terminal. */
  readonly progressStream: NodeJS.WriteStream | undefined;
}
