import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { addCommonOptions } from './common.js';
import type { ValidateOptions } from './validate-run.js';

/** `passerelle validate <files...>`: every rejected row of each file, by line, field, code and message. */
export function validateCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('validate')
    .description(t.help.validate.summary)
    .argument('<files...>', t.help.validate.files)
    .option('-k, --kind <kind>', t.help.validate.kind)
    .option('--mapping <file>', t.help.mapping);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.validate);
  return command.action(async (files: string[], options: ValidateOptions) => {
    // The work (and the libraries it needs) loads only when the command runs: help and usage errors stay fast.
    const { runValidate } = await import('./validate-run.js');
    done(await runValidate(files, options, context));
  });
}
