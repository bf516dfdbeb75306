import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { addCommonOptions } from './common.js';
import type { ExperimentOptions } from './experiment-run.js';

/** `passerelle experiment <config.json>`: the research runner of `@passerelle/matching/experiments`, on files. */
export function experimentCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('experiment')
    .description(t.help.experiment.summary)
    .argument('<config>', t.help.experiment.config)
    .option('--results <dir>', t.help.experiment.results)
    .option('--groups <file>', t.help.experiment.groups);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.experiment);
  return command.action(async (config: string, options: ExperimentOptions) => {
    const { runExperimentCommand } = await import('./experiment-run.js');
    done(await runExperimentCommand(config, options, context));
  });
}
