// The title-normalisation experiment on files: labelled titles from a CSV, ESCO from a folder, results written as
// JSON and Markdown; and running whichever experiment a configuration file names.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { createStarterTaxonomy, decodeText, type Taxonomy } from '@passerelle/core';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { ExperimentConfigError } from '../config.js';
import { checkDataPaths } from './files.js';
import { experimentKindOf } from '../experiment-kind.js';
import type { ExperimentClock } from '../titles/evaluate.js';
import { parseTitleExperimentConfig, type TitleExperimentConfig } from '../titles/config.js';
import { parseLabelledTitlesCsv, type LabelledTitlesRead } from '../titles/labelled-titles-csv.js';
import { titleNormalizationMarkdown } from '../titles/report.js';
import type { TitleExperimentProgress } from '../titles/progress.js';
import { runTitleNormalizationExperiment, type TitleExperimentResult } from '../titles/run.js';
import { experimentReportMarkdown } from '../report.js';
import { fileStem, writeResultFiles } from './files.js';
import {
  readConfigFile,
  runEnginesConfig,
  type ConfigFile,
  type ExperimentFileOutput,
  type RunExperimentFileOptions,
} from './run-file.js';

/** The CPU time of this process in milliseconds: steadier than wall time on a busy machine. */
export const CPU_CLOCK: ExperimentClock = Object.freeze({
  kind: 'cpu',
  now: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
});

/**
 * Reads a CSV of labelled titles (UTF-8, or Windows-1252; see `parseLabelledTitlesCsv` for the columns): good
 * rows, and each bad one as an issue with its line. @throws Error when the file cannot be read.
 */
export async function readLabelledTitlesFile(path: string): Promise<LabelledTitlesRead> {
  const { text } = decodeText(new Uint8Array(await readFile(path)));
  return parseLabelledTitlesCsv(text, basename(path));
}

/** Options of {@link runTitleExperimentFile}. */
export interface TitleExperimentFileOptions {
  /** Where to write `<name>.json` and `<name>.md` (default: a `results` folder beside the configuration). */
  readonly resultsDir?: string;
  /** What measures speed (default: the process's CPU time). */
  readonly clock?: ExperimentClock;
  readonly onProgress?: (progress: TitleExperimentProgress) => void;
}

/** A title experiment's result, the rows rejected while reading the titles, and the files written. */
export interface TitleExperimentFileOutput {
  readonly result: TitleExperimentResult;
  readonly issues: LabelledTitlesRead['issues'];
  readonly files: { readonly json: string; readonly markdown: string };
}

/**
 * Runs the title-normalisation experiment a JSON configuration file describes (`"experiment":
 * "title-normalization"`) and writes its results as JSON and Markdown. The configuration and the files it names
 * (relative to its folder) are checked before any work; bad rows of the titles file are reported, not fatal.
 *
 * @throws ExperimentConfigError (with `issues`) on an unreadable or invalid configuration or a missing file.
 */
export async function runTitleExperimentFile(
  configPath: string,
  options: TitleExperimentFileOptions = {},
): Promise<TitleExperimentFileOutput> {
  return runTitlesConfig(await readConfigFile(configPath), options);
}

/**
 * Runs a title-normalisation configuration given as a value, its file paths relative to `baseDir`, and writes its
 * results into `options.resultsDir` (default: `results` in `baseDir`). What `npm run experiment:titles` calls.
 *
 * @throws ExperimentConfigError (with `issues`) on an invalid configuration or a missing file, before any work.
 */
export function runTitleExperimentConfig(
  input: unknown,
  baseDir: string,
  options: TitleExperimentFileOptions = {},
): Promise<TitleExperimentFileOutput> {
  return runTitlesConfig({ input, source: 'configuration', baseDir: resolve(baseDir) }, options);
}

async function runTitlesConfig(
  file: ConfigFile,
  options: TitleExperimentFileOptions,
): Promise<TitleExperimentFileOutput> {
  const parsed = parseTitleExperimentConfig(file.input);
  if (!parsed.ok) throw new ExperimentConfigError(parsed.issues, file.source);
  const { config } = parsed;
  await checkTitleFiles(config, file.baseDir, file.source);
  const read = await readLabelledTitlesFile(resolve(file.baseDir, config.data.titles));
  const taxonomy = await loadTaxonomy(config, file.baseDir);
  const result = runTitleNormalizationExperiment(config, {
    rows: read.rows,
    taxonomy,
    rejectedRows: read.rejected,
    clock: options.clock ?? CPU_CLOCK,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const files = await writeTitleExperimentResults(
    result,
    options.resultsDir ?? resolve(file.baseDir, 'results'),
  );
  return { result, issues: read.issues, files };
}

async function loadTaxonomy(config: TitleExperimentConfig, baseDir: string): Promise<Taxonomy> {
  if (config.data.escoFolder === undefined) return createStarterTaxonomy();
  return (await loadEscoCompactFromDirectory(resolve(baseDir, config.data.escoFolder))).taxonomy;
}

async function checkTitleFiles(
  config: TitleExperimentConfig,
  baseDir: string,
  source: string,
): Promise<void> {
  await checkDataPaths(config.data, ['titles', 'escoFolder'], baseDir, source);
}

/** Writes a title experiment's result as `<name>.json` and `<name>.md` into a folder (created if needed). */
export function writeTitleExperimentResults(
  result: TitleExperimentResult,
  folder: string,
): Promise<{ json: string; markdown: string }> {
  return writeResultFiles(folder, fileStem(result.name), result, titleNormalizationMarkdown(result));
}

/** Options of {@link runConfiguredExperimentFile}: those of both experiments (each takes what it uses). */
export type ConfiguredExperimentOptions = Omit<RunExperimentFileOptions, 'onProgress'> &
  Omit<TitleExperimentFileOptions, 'onProgress'> & {
    /** Called as the run advances: `done` of `total` steps (queries, or titles ranked). */
    readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
  };

/** What {@link runConfiguredExperimentFile} ran, its result, its Markdown report and the files written. */
export type ConfiguredExperimentOutput =
  | (ExperimentFileOutput & { readonly experiment: 'engines'; readonly markdown: string })
  | (TitleExperimentFileOutput & { readonly experiment: 'title-normalization'; readonly markdown: string });

/**
 * Runs whichever experiment a JSON configuration file names in its `experiment` field (`engines`, the default,
 * or `title-normalization`) and writes its results: what `passerelle experiment` calls.
 *
 * @throws ExperimentConfigError (with `issues`) on an unreadable or invalid configuration, an unknown experiment
 * or a missing file, before any work.
 */
export async function runConfiguredExperimentFile(
  configPath: string,
  options: ConfiguredExperimentOptions = {},
): Promise<ConfiguredExperimentOutput> {
  const file = await readConfigFile(configPath);
  const kind = experimentKindOf(file.input);
  if (!kind.ok) throw new ExperimentConfigError(kind.issues, file.source);
  if (kind.kind === 'title-normalization') {
    const output = await runTitlesConfig(file, options);
    return { experiment: kind.kind, ...output, markdown: titleNormalizationMarkdown(output.result) };
  }
  const output = await runEnginesConfig(file, options);
  return { experiment: kind.kind, ...output, markdown: experimentReportMarkdown(output.result) };
}
