import { Command } from 'commander';
import {
  ExperimentConfigError,
  experimentReportMarkdown,
  formatConfigIssues,
} from '@passerelle/matching/experiments';
import { runExperimentFile, type ExperimentFileOutput } from '@passerelle/matching/experiments/node';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { startProgress, type Progress } from '../io/progress.js';
import { addCommonOptions, type CommonOptions } from './common.js';

interface ExperimentOptions extends CommonOptions {
  readonly results?: string;
}

/** `passerelle experiment <config.json>`: the research runner of `@passerelle/matching/experiments`, on files. */
export function experimentCommand(context: CliContext, done: (code: ExitCode) => void): Command {
  const { t } = context;
  const command = new Command('experiment')
    .description(t.help.experiment.summary)
    .argument('<config>', t.help.experiment.config)
    .option('--results <dir>', t.help.experiment.results);
  addCommonOptions(command, t).addHelpText('after', t.help.examples.experiment);
  return command.action(async (config: string, options: ExperimentOptions) => {
    done(await runExperimentCommand(config, options, context));
  });
}

async function runExperimentCommand(
  config: string,
  options: ExperimentOptions,
  context: CliContext,
): Promise<ExitCode> {
  const { t } = context;
  let progress: Progress | undefined;
  let output: ExperimentFileOutput;
  try {
    output = await runExperimentFile(config, {
      ...(options.results !== undefined ? { resultsDir: options.results } : {}),
      // The runner reports each step; the bar starts once the number of steps is known.
      onProgress: ({ done, total }) => {
        progress ??= startProgress(context, t.experiment.progress, total, 20);
        if (done <= total) progress.tick();
      },
    });
  } catch (error) {
    if (error instanceof ExperimentConfigError) {
      throw new CliError(
        'invalid_config',
        t.experiment.invalid(config, indent(formatConfigIssues(error.issues))),
      );
    }
    throw error;
  } finally {
    progress?.stop();
  }
  const { result, files } = output;
  const rejected = result.data.rejectedRecords;
  const code = rejected > 0 || result.data.queries === 0 ? EXIT.rejected : EXIT.ok;
  if (options.json) {
    const document = { command: 'experiment', ok: code === EXIT.ok, exitCode: code, files, result };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
    return code;
  }
  context.out(experimentReportMarkdown(result));
  context.err(`${t.experiment.data(result.data.queries, result.data.catalogue, rejected)}\n`);
  if (result.data.queries === 0) context.err(`${t.experiment.noQuery}\n`);
  context.err(`${t.experiment.written(files.json, files.markdown)}\n`);
  return code;
}

const indent = (lines: string) =>
  lines
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
