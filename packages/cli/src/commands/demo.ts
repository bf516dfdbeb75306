import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { addCommonOptions } from './common.js';
import type { DemoOptions } from './demo-run.js';

/** `passerelle demo`: the built-in synthetic dataset written as the CSV (or JSON) files a Mire intranet exports. */
export function demoCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('demo')
    .description(t.help.demo.summary)
    .option('-o, --out <dir>', t.help.demo.out)
    .option('--seed <n>', t.help.demo.seed)
    .option('--size <n>', t.help.demo.size)
    .option('--format <format>', t.help.demo.format);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.demo);
  return command.action(async (options: DemoOptions) => {
    const { runDemo } = await import('./demo-run.js');
    done(await runDemo(options, context));
  });
}
