/**
 * `@passerelle/matching/experiments/node`: the experiment runner's file side, for Node.js only (the
 * `@passerelle/matching/experiments` entry stays browser-safe). Reads a JSON configuration and the data files it
 * names, checks them before any work, runs, and writes the results as JSON and Markdown.
 *
 * @packageDocumentation
 */
export { runExperimentFile, writeExperimentResults, runEscoExperimentFolder } from './run-file.js';
export type {
  RunExperimentFileOptions,
  ExperimentFileOutput,
  EscoExperimentFolderOptions,
} from './run-file.js';
export {
  runTitleExperimentFile,
  runTitleExperimentConfig,
  runConfiguredExperimentFile,
  readLabelledTitlesFile,
  writeTitleExperimentResults,
  CPU_CLOCK,
} from './titles-file.js';
export type {
  TitleExperimentFileOptions,
  TitleExperimentFileOutput,
  ConfiguredExperimentOptions,
  ConfiguredExperimentOutput,
} from './titles-file.js';
export { checkExperimentFiles, loadExperimentFiles, writeResultFiles, fileStem } from './files.js';
