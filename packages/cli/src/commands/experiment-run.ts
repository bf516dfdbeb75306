import {
  ExperimentConfigError,
  experimentReportMarkdown,
  formatConfigIssues,
} from '@passerelle/matching/experiments';
import { runExperimentFile, type ExperimentFileOutput } from '@passerelle/matching/experiments/node';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { startProgress, type Progress } from '../io/progress.js';
import { readInputText } from '../io/read-file.js';
import type { Texts } from '../i18n/index.js';
import type { CommonOptions } from './common.js';

/** The options of `passerelle experiment`, as commander parses them. */
export interface ExperimentOptions extends CommonOptions {
  readonly results?: string;
  readonly groups?: string;
}

/** Runs the experiment file through the Node entry of the experiments and writes the report. */
export async function runExperimentCommand(
  config: string,
  options: ExperimentOptions,
  context: CliContext,
): Promise<ExitCode> {
  const { t } = context;
  const groups = options.groups === undefined ? undefined : await readGroupsFile(options.groups, t);
  let progress: Progress | undefined;
  let output: ExperimentFileOutput;
  try {
    output = await runExperimentFile(config, {
      ...(options.results !== undefined ? { resultsDir: options.results } : {}),
      ...(groups !== undefined ? { groups } : {}),
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

/**
 * Group labels for the fairness metrics, given by the caller and never read from profiles: a JSON object from
 * candidate id to label, e.g. `{ "cand-000001": "women" }`.
 */
async function readGroupsFile(path: string, t: Texts): Promise<Map<string, string>> {
  const text = await readInputText(path, t);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      'invalid_config',
      t.files.invalidJson(path, error instanceof Error ? error.message : String(error)),
    );
  }
  const entries =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.entries(data) : undefined;
  const wrong = entries?.find(([, label]) => typeof label !== 'string');
  if (entries === undefined || wrong !== undefined) {
    throw new CliError('invalid_config', t.experiment.groups(path, wrong?.[0]));
  }
  return new Map(entries as [string, string][]);
}
