import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { addCommonOptions } from './common.js';
import type { AssignOptions } from './assign-run.js';

/** `passerelle assign`: who is proposed where across a whole Mire, positions filled, congestion before and after. */
export function assignCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('assign')
    .description(t.help.assign.summary)
    .requiredOption('--offers <file>', t.help.match.offers)
    .requiredOption('--candidates <file>', t.help.match.candidates)
    .option('-m, --method <method>', t.help.assign.method)
    .option('-n, --top <n>', t.help.assign.top)
    .option('--min-score <score>', t.help.match.minScore)
    .option('--congestion <weight>', t.help.assign.congestion)
    .option('-c, --config <file>', t.help.match.config)
    .option('--all-offers', t.help.match.allOffers)
    .option('--format <format>', t.help.format)
    .option('-o, --out <file>', t.help.out)
    .option('--mapping <file>', t.help.mapping);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.assign);
  return command.action(async (options: AssignOptions) => {
    const { runAssign } = await import('./assign-run.js');
    done(await runAssign(options, context));
  });
}
