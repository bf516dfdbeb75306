import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { addCommonOptions } from './common.js';
import type { MatchOptions } from './match-run.js';

/** `passerelle match`: offers × candidates → a ranked list per query, with the explanation of each result. */
export function matchCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('match')
    .description(t.help.match.summary)
    .requiredOption('--offers <file>', t.help.match.offers)
    .requiredOption('--candidates <file>', t.help.match.candidates)
    .option('-d, --direction <direction>', t.help.match.direction)
    .option('-n, --top <n>', t.help.match.top)
    .option('-c, --config <file>', t.help.match.config)
    .option('--ids <ids>', t.help.match.ids)
    .option('--all-offers', t.help.match.allOffers)
    .option('--min-score <score>', t.help.match.minScore)
    .option('--format <format>', t.help.format)
    .option('-o, --out <file>', t.help.out)
    .option('--mapping <file>', t.help.mapping);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.match);
  return command.action(async (options: MatchOptions) => {
    const { runMatch } = await import('./match-run.js');
    done(await runMatch(options, context));
  });
}
