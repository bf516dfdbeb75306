import { join } from 'node:path';
import { SYNTHETIC_DEFAULTS, generateDataset, toCsv, toJsonValue, type CsvKind } from '@passerelle/core';
import { EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { OUTPUT_FORMATS, writeOutputFile } from '../io/write-output.js';
import { FILE_KINDS, type FileKind } from '../kinds.js';
import { choice, positiveInteger } from '../options.js';
import type { CommonOptions } from './common.js';

/** The options of `passerelle demo`, as commander parses them. */
export interface DemoOptions extends CommonOptions {
  readonly out?: string;
  readonly seed?: string;
  readonly size?: string;
  readonly format?: string;
}

/** The files an intranet export of the dataset makes, by their French names, as the quickstart writes them. */
const DEMO_FILES: ReadonlyArray<readonly [string, FileKind, keyof DatasetLists]> = [
  ['candidats', 'candidates', 'candidates'],
  ['offres', 'offers', 'offers'],
  ['employeurs', 'employers', 'employers'],
  ['contrats', 'contracts', 'contracts'],
  ['accompagnements', 'accompaniments', 'accompaniments'],
  ['suivis', 'follow-ups', 'followUps'],
];

type Dataset = ReturnType<typeof generateDataset>;
type DatasetLists = Pick<
  Dataset,
  'candidates' | 'offers' | 'employers' | 'contracts' | 'accompaniments' | 'followUps'
>;

/** Generates the dataset and writes its files; always exit code 0 once written. */
export async function runDemo(options: DemoOptions, context: CliContext): Promise<ExitCode> {
  const { t } = context;
  // Any word seeds the generator; a number stays a number, so that `--seed 2026` is the default dataset.
  const seed =
    options.seed === undefined ? 2026 : /^\d{1,15}$/.test(options.seed) ? Number(options.seed) : options.seed;
  const size =
    options.size === undefined
      ? 1200
      : positiveInteger('--size', options.size, t, SYNTHETIC_DEFAULTS.maxCandidates);
  const format = options.format === undefined ? 'csv' : choice('--format', options.format, OUTPUT_FORMATS, t);
  const dir = options.out ?? 'passerelle-demo';
  const dataset = generateDataset({ seed, candidates: size });
  const files = [];
  for (const [name, kind, list] of DEMO_FILES) {
    const records = dataset[list];
    const fileName = `${name}.${format}`;
    // `;` and a byte order mark, as spreadsheets and Belgian intranets write them.
    const text =
      format === 'csv'
        ? toCsv(FILE_KINDS[kind] as CsvKind, records as never, { delimiter: ';', bom: true })
        : `${JSON.stringify(
            records.map((record) => toJsonValue(record)),
            null,
            2,
          )}\n`;
    await writeOutputFile(join(dir, fileName), text, t);
    files.push({ file: join(dir, fileName), kind, records: records.length });
  }
  if (options.json) {
    const document = { command: 'demo', ok: true, exitCode: EXIT.ok, seed, dir, format, files };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    context.out(
      `${t.demo.generated(seed, dataset.candidates.length, dataset.offers.length, dataset.employers.length)}\n`,
    );
    for (const file of files) context.out(`${t.demo.file(file.file, file.records)}\n`);
    context.out(`${t.demo.next(join(dir, `offres.${format}`), join(dir, `candidats.${format}`))}\n`);
  }
  return EXIT.ok;
}
