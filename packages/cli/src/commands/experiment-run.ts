import {
  ExperimentConfigError,
  formatConfigIssues,
  OCCUPATION_COLUMN_NAMES,
  TITLE_COLUMN_NAMES,
} from '@passerelle/matching/experiments';
import {
  runConfiguredExperimentFile,
  type ConfiguredExperimentOutput,
  type TitleExperimentFileOutput,
} from '@passerelle/matching/experiments/node';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { startProgress, type Progress } from '../io/progress.js';
import { readJsonFile } from '../io/read-file.js';
import type { Texts } from '../i18n/index.js';
import type { CommonOptions } from './common.js';

/** The options of `passerelle experiment`, as commander parses them. */
export interface ExperimentOptions extends CommonOptions {
  readonly results?: string;
  readonly groups?: string;
}

/**
 * Runs the experiment a file names (`experiment`: engine configurations by default, or `title-normalization`)
 * through the Node entry of the experiments, and writes the report.
 */
export async function runExperimentCommand(
  config: string,
  options: ExperimentOptions,
  context: CliContext,
): Promise<ExitCode> {
  const { t } = context;
  const groups = options.groups === undefined ? undefined : await readGroupsFile(options.groups, t);
  let progress: Progress | undefined;
  let shown = 0;
  let output: ConfiguredExperimentOutput;
  try {
    output = await runConfiguredExperimentFile(config, {
      ...(options.results !== undefined ? { resultsDir: options.results } : {}),
      ...(groups !== undefined ? { groups } : {}),
      // The runner reports steps done (one at a time, or titles by batches); the bar starts once the total is known.
      onProgress: ({ done, total }) => {
        progress ??= startProgress(context, t.experiment.progress, total, 20);
        for (; shown < Math.min(done, total); shown++) progress.tick();
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
  if (output.experiment === 'title-normalization') return reportTitles(output, options, context);
  const { result, files } = output;
  const rejected = result.data.rejectedRecords;
  const code = rejected > 0 || result.data.queries === 0 ? EXIT.rejected : EXIT.ok;
  if (options.json) {
    const document = {
      command: 'experiment',
      experiment: output.experiment,
      ok: code === EXIT.ok,
      exitCode: code,
      files,
      result,
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
    return code;
  }
  context.out(output.markdown);
  context.err(`${t.experiment.data(result.data.queries, result.data.catalogue, rejected)}\n`);
  if (result.data.queries === 0) context.err(`${t.experiment.noQuery}\n`);
  context.err(`${t.experiment.written(files.json, files.markdown)}\n`);
  return code;
}

/**
 * The title-normalisation experiment's report: the Markdown on standard output, the rows of the titles file that
 * were rejected and the files written on standard error. Exit code 1 when rows were rejected or no title was left.
 */
function reportTitles(
  output: TitleExperimentFileOutput & { readonly experiment: string; readonly markdown: string },
  options: ExperimentOptions,
  context: CliContext,
): ExitCode {
  const { t } = context;
  const { result, files, issues } = output;
  const code = issues.length > 0 || result.data.evaluated === 0 ? EXIT.rejected : EXIT.ok;
  if (options.json) {
    const document = {
      command: 'experiment',
      experiment: output.experiment,
      ok: code === EXIT.ok,
      exitCode: code,
      files,
      issues,
      result,
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
    return code;
  }
  context.out(output.markdown);
  if (options.groups !== undefined) context.err(`${t.experiment.groupsUnused}\n`);
  context.err(
    `${t.experiment.titles(result.data.evaluated, result.data.occupations, result.data.rejectedRows)}\n`,
  );
  for (const issue of issues) {
    const names = issue.field === 'title' ? TITLE_COLUMN_NAMES : OCCUPATION_COLUMN_NAMES;
    context.err(`${t.experiment.titleIssue({ ...issue, names })}\n`);
  }
  if (result.data.evaluated === 0) context.err(`${t.experiment.noTitle}\n`);
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
  const data = await readJsonFile(path, t, (detail) => t.files.invalidJson(path, detail));
  const entries =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? Object.entries(data) : undefined;
  const wrong = entries?.find(([, label]) => typeof label !== 'string');
  if (entries === undefined || wrong !== undefined) {
    throw new CliError('invalid_config', t.experiment.groups(path, wrong?.[0]));
  }
  return new Map(entries as [string, string][]);
}
