import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Taxonomy } from '@passerelle/core';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { ExperimentConfigError, parseExperimentConfig } from '../config.js';
import {
  escoRecoveryMarkdown,
  runEscoRecoveryExperiment,
  type EscoRecoveryOptions,
  type EscoRecoveryResult,
} from '../esco-recovery.js';
import { experimentKindOf } from '../experiment-kind.js';
import { experimentReportMarkdown } from '../report.js';
import { runExperiment, type ExperimentResult, type RunExperimentOptions } from '../run.js';
import { checkExperimentFiles, fileStem, loadExperimentFiles, writeResultFiles } from './files.js';

/** Options of {@link runExperimentFile}. */
export interface RunExperimentFileOptions extends Omit<RunExperimentOptions, 'data'> {
  /** Where to write `<name>.json` and `<name>.md` (default: a `results` folder beside the configuration). */
  readonly resultsDir?: string;
}

/** A run's result and the files written. */
export interface ExperimentFileOutput {
  readonly result: ExperimentResult;
  readonly files: { readonly json: string; readonly markdown: string };
}

/**
 * Runs the experiment a JSON configuration file describes and writes its results as JSON and Markdown. Everything
 * is checked before any work: the JSON itself, every field (path and what would be valid) and every file named
 * (paths relative to the configuration's folder).
 *
 * @throws ExperimentConfigError (with `issues`) on an unreadable or invalid configuration or a missing file.
 */
export async function runExperimentFile(
  configPath: string,
  options: RunExperimentFileOptions = {},
): Promise<ExperimentFileOutput> {
  const file = await readConfigFile(configPath);
  return runEnginesConfig(file, options);
}

/** A configuration file's JSON value, its name for messages and its folder (paths in it are relative to it). */
export interface ConfigFile {
  readonly input: unknown;
  readonly source: string;
  readonly baseDir: string;
}

/**
 * Reads a configuration file as JSON. @throws ExperimentConfigError (path `(file)`) when it cannot be read or is
 * not JSON.
 */
export async function readConfigFile(configPath: string): Promise<ConfigFile> {
  const source = basename(configPath);
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch {
    throw new ExperimentConfigError([{ path: '(file)', message: `cannot read ${configPath}` }], source);
  }
  try {
    return { input: JSON.parse(text) as unknown, source, baseDir: dirname(resolve(configPath)) };
  } catch (error) {
    throw new ExperimentConfigError(
      [
        {
          path: '(file)',
          message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      source,
    );
  }
}

/** Runs an engines configuration already read from its file, and writes its results. */
export async function runEnginesConfig(
  file: ConfigFile,
  options: RunExperimentFileOptions = {},
): Promise<ExperimentFileOutput> {
  const { input, source, baseDir } = file;
  const kind = experimentKindOf(input);
  if (kind.ok && kind.kind !== 'engines') {
    throw new ExperimentConfigError(
      [
        {
          path: 'experiment',
          message: `"${kind.kind}" is not run by runExperimentFile: use runConfiguredExperimentFile`,
        },
      ],
      source,
    );
  }
  const parsed = parseExperimentConfig(input);
  if (!parsed.ok) throw new ExperimentConfigError(parsed.issues, source);
  await checkExperimentFiles(parsed.config, baseDir, source);
  const data =
    parsed.config.data.kind === 'files' ? await loadExperimentFiles(parsed.config.data, baseDir) : undefined;
  const result = runExperiment(parsed.config, { ...options, ...(data ? { data } : {}) });
  const files = await writeExperimentResults(result, options.resultsDir ?? resolve(baseDir, 'results'));
  return { result, files };
}

/** Writes a result as `<name>.json` and `<name>.md` into a folder (created if needed). */
export function writeExperimentResults(
  result: ExperimentResult,
  folder: string,
): Promise<{ json: string; markdown: string }> {
  return writeResultFiles(folder, fileStem(result.name), result, experimentReportMarkdown(result));
}

/** Options of {@link runEscoExperimentFolder}. */
export interface EscoExperimentFolderOptions extends EscoRecoveryOptions {
  /** Where to write `esco-recovery.json` and `.md`; nothing is written without it. */
  readonly resultsDir?: string;
}

/**
 * Loads compact ESCO files from a folder (`occupations.csv`, `skills.csv`, `occupation_skill_relations.csv`) and
 * runs the profile-recovery experiment on them, writing the results when `resultsDir` is given.
 */
export async function runEscoExperimentFolder(
  escoFolder: string,
  options: EscoExperimentFolderOptions = {},
): Promise<{ result: EscoRecoveryResult; taxonomy: Taxonomy; files?: { json: string; markdown: string } }> {
  const { taxonomy } = await loadEscoCompactFromDirectory(escoFolder);
  const result = runEscoRecoveryExperiment(taxonomy, options);
  if (options.resultsDir === undefined) return { result, taxonomy };
  const files = await writeResultFiles(
    options.resultsDir,
    'esco-recovery',
    result,
    escoRecoveryMarkdown(result),
  );
  return { result, taxonomy, files };
}
