import { Command } from 'commander';
import type { ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { collect } from '../options.js';
import { addCommonOptions } from './common.js';
import type { ReportOptions } from './report-run.js';

/** `passerelle report`: the reporting indicators for a period, as CSV or JSON tables carrying their definitions. */
export function reportCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('report')
    .description(t.help.report.summary)
    .option('--candidates <file>', t.help.report.candidates)
    .option('--accompaniments <file>', t.help.report.accompaniments)
    .option('--contracts <file>', t.help.report.contracts)
    .option('--year <year>', t.help.report.year)
    .option('--quarter <n>', t.help.report.quarter)
    .option('--from <date>', t.help.report.from)
    .option('--to <date>', t.help.report.to)
    .option('-i, --indicator <id>', t.help.report.indicator, collect)
    .option('--observed-until <date>', t.help.report.observedUntil)
    .option('--list', t.help.report.list)
    .option('--format <format>', t.help.format)
    .option('-o, --out <file>', t.help.out)
    .option('--mapping <file>', t.help.mapping);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.report);
  return command.action(async (options: ReportOptions) => {
    const { listIndicatorsCommand, runReport } = await import('./report-run.js');
    done(options.list ? listIndicatorsCommand(options, context) : await runReport(options, context));
  });
}
