import type { Command } from 'commander';
import type { Texts } from '../i18n/index.js';

/** Options every subcommand takes. */
export interface CommonOptions {
  readonly lang?: string;
  readonly json?: boolean;
}

/** Adds `--lang` and `--json` (read before parsing too, see findLangArgument). */
export function addCommonOptions(command: Command, t: Texts): Command {
  return command.option('--lang <lang>', t.help.lang).option('--json', t.help.json);
}
