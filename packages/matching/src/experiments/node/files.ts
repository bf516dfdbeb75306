import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { parseJsonRecords, type Issue, type RecordKind, type RecordOf } from '@passerelle/core';
import {
  importCsvFile,
  loadBePostcodesFromDirectory,
  loadEscoCompactFromDirectory,
} from '@passerelle/core/node';
import { ExperimentConfigError, type ConfigIssue, type ExperimentConfig } from '../config.js';
import type { ExperimentData } from '../data.js';

type FilesData = Extract<ExperimentConfig['data'], { kind: 'files' }>;

/**
 * Checks that every file and folder a configuration names exists, relative to `baseDir` (the configuration file's
 * folder), before any work. @throws ExperimentConfigError naming each missing path's field.
 */
export async function checkExperimentFiles(
  config: ExperimentConfig,
  baseDir: string,
  source?: string,
): Promise<void> {
  if (config.data.kind !== 'files') return;
  const fields = ['candidates', 'offers', 'contracts', 'escoFolder', 'postcodesFolder'] as const;
  await checkDataPaths(config.data, fields, baseDir, source);
}

/**
 * Checks that the paths a configuration's `data` gives in `fields` exist, relative to `baseDir`.
 * @throws ExperimentConfigError naming each missing path's field (`data.<field>`).
 */
export async function checkDataPaths<F extends string>(
  data: Readonly<Partial<Record<F, string>>>,
  fields: readonly F[],
  baseDir: string,
  source?: string,
): Promise<void> {
  const issues: ConfigIssue[] = [];
  for (const field of fields) {
    const path = data[field];
    if (path === undefined) continue;
    try {
      await access(resolve(baseDir, path));
    } catch {
      issues.push({
        path: `data.${field}`,
        message: `file not found: ${path} (relative to the configuration's folder)`,
      });
    }
  }
  if (issues.length > 0) throw new ExperimentConfigError(issues, source);
}

type Loaded<T> = { records: T[]; issues: Issue[]; rejected: number };

const issuesOf = (
  result: { rejected: { issues: readonly Issue[] }[] },
  fileIssues: readonly Issue[],
): Issue[] => [...fileIssues, ...result.rejected.flatMap((r) => r.issues)];

// CSV by extension, else JSON (an array of records or { records: [...] }); rejected records become issues.
async function readJson<K extends RecordKind>(kind: K, path: string): Promise<Loaded<RecordOf<K>>> {
  const result = parseJsonRecords(kind, await readFile(path, 'utf8'), { source: basename(path) });
  return {
    records: result.records,
    issues: issuesOf(result, result.fileIssues),
    rejected: result.rejected.length,
  };
}

const isCsv = (path: string) => extname(path).toLowerCase() === '.csv';

// A CSV export of candidates carries protected attributes beside the profile: only the profile is kept.
async function readCandidates(path: string): Promise<Loaded<RecordOf<'candidate'>>> {
  if (!isCsv(path)) return readJson('candidate', path);
  const result = await importCsvFile('candidateRecord', path);
  return {
    records: result.records.map((record) => record.candidate),
    issues: issuesOf(result, result.fileIssues),
    rejected: result.rejected.length,
  };
}

async function readOffers(path: string): Promise<Loaded<RecordOf<'jobOffer'>>> {
  if (!isCsv(path)) return readJson('jobOffer', path);
  const result = await importCsvFile('jobOffer', path);
  return {
    records: result.records,
    issues: issuesOf(result, result.fileIssues),
    rejected: result.rejected.length,
  };
}

async function readContracts(path: string): Promise<Loaded<RecordOf<'contract'>>> {
  if (!isCsv(path)) return readJson('contract', path);
  const result = await importCsvFile('contract', path);
  return {
    records: result.records,
    issues: issuesOf(result, result.fileIssues),
    rejected: result.rejected.length,
  };
}

/** Loads the data files a configuration names (paths relative to `baseDir`); bad records are reported, not fatal. */
export async function loadExperimentFiles(data: FilesData, baseDir: string): Promise<ExperimentData> {
  const at = (path: string) => resolve(baseDir, path);
  const [candidates, offers, contracts] = await Promise.all([
    readCandidates(at(data.candidates)),
    readOffers(at(data.offers)),
    readContracts(at(data.contracts)),
  ]);
  const esco = data.escoFolder ? await loadEscoCompactFromDirectory(at(data.escoFolder)) : undefined;
  const places = data.postcodesFolder
    ? await loadBePostcodesFromDirectory(at(data.postcodesFolder))
    : undefined;
  return {
    candidates: candidates.records,
    offers: offers.records,
    contracts: contracts.records,
    ...(esco ? { taxonomy: esco.taxonomy } : {}),
    ...(places ? { gazetteer: places.gazetteer } : {}),
    rejectedRecords: candidates.rejected + offers.rejected + contracts.rejected,
    issues: [
      ...candidates.issues,
      ...offers.issues,
      ...contracts.issues,
      ...(esco?.issues.filter((i) => i.severity === 'error') ?? []),
      ...(places?.issues.filter((i) => i.severity === 'error') ?? []),
    ],
  };
}

/** Writes `<name>.json` and `<name>.md` into a folder (created if needed); returns both paths. */
export async function writeResultFiles(
  folder: string,
  name: string,
  json: unknown,
  markdown: string,
): Promise<{ json: string; markdown: string }> {
  await mkdir(folder, { recursive: true });
  const paths = { json: join(folder, `${name}.json`), markdown: join(folder, `${name}.md`) };
  await writeFile(paths.json, resultJson(json));
  await writeFile(paths.markdown, markdown);
  return paths;
}

/** How wide a line of a results file may be before a short list is broken over lines (as Prettier writes JSON). */
const LINE_WIDTH = 110;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// A plain value as JSON writes it, a number's exponent without `+` (`1e21`) as Prettier writes it.
const plain = (value: Json): string =>
  typeof value === 'number' ? JSON.stringify(value).replace('e+', 'e') : JSON.stringify(value);

// A list that may stand on one line: of plain values only (lists of lists and objects spread over lines).
const isFlat = (value: Json[]): boolean => value.every((x) => x === null || typeof x !== 'object');

// A long list of numbers: as many per line as fit, as Prettier fills them.
function fillNumbers(values: readonly number[], indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  values.forEach((x, i) => {
    const item = `${plain(x)}${i < values.length - 1 ? ',' : ''}`;
    if (line !== '' && indent.length + line.length + 1 + item.length > LINE_WIDTH) {
      lines.push(`${indent}${line}`);
      line = item;
    } else line = line === '' ? item : `${line} ${item}`;
  });
  return [...lines, `${indent}${line}`];
}

// One value at `indent`, after `prefix` (its key) and before `suffix` (a comma).
function writeJson(value: Json, indent: string, prefix: string, suffix: string): string {
  if (value === null || typeof value !== 'object') return `${indent}${prefix}${plain(value)}${suffix}`;
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (Array.isArray(value) && isFlat(value)) {
    const line = `${indent}${prefix}[${value.map(plain).join(', ')}]${suffix}`;
    if (line.length <= LINE_WIDTH) return line;
    if (value.every((x) => typeof x === 'number')) {
      const body = fillNumbers(value as number[], `${indent}  `).join('\n');
      return `${indent}${prefix}${open}\n${body}\n${indent}${close}${suffix}`;
    }
  }
  const entries: [string, Json][] = Array.isArray(value) ? value.map((x) => ['', x]) : Object.entries(value);
  if (entries.length === 0) return `${indent}${prefix}${open}${close}${suffix}`;
  const lines = entries.map(([key, x], i) =>
    writeJson(
      x,
      `${indent}  `,
      Array.isArray(value) ? '' : `${JSON.stringify(key)}: `,
      i < entries.length - 1 ? ',' : '',
    ),
  );
  return `${indent}${prefix}${open}\n${lines.join('\n')}\n${indent}${close}${suffix}`;
}

/**
 * A value as JSON text indented by two spaces and ending with a line break, each list of plain values (numbers,
 * text) on one line when it fits in 110 columns: the layout Prettier gives JSON, so that results files kept in a
 * repository pass its format check as written.
 */
export function resultJson(value: unknown): string {
  return `${writeJson(JSON.parse(JSON.stringify(value)) as Json, '', '', '')}\n`;
}

/** A file-name-safe version of an experiment's name. */
export function fileStem(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'experiment'
  );
}
