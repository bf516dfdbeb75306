import { join } from 'node:path';
import { Command } from 'commander';
import { SYNTHETIC_DEFAULTS, generateDataset, toCsv, toJsonValue, type CsvKind } from '@passerelle/core';
import { EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { OUTPUT_FORMATS, writeOutputFile } from '../io/write-output.js';
import { FILE_KINDS, type FileKind } from '../kinds.js';
import { choice, positiveInteger } from '../options.js';
import { addCommonOptions, type CommonOptions } from './common.js';

interface DemoOptions extends CommonOptions {
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
    // Any word seeds the generator; a number stays a number, so that `--seed 2026` is the default dataset.
    const seed =
      options.seed === undefined
        ? 2026
        : /^\d{1,15}$/.test(options.seed)
          ? Number(options.seed)
          : options.seed;
    const size =
      options.size === undefined
        ? 1200
        : positiveInteger('--size', options.size, t, SYNTHETIC_DEFAULTS.maxCandidates);
    const format =
      options.format === undefined ? 'csv' : choice('--format', options.format, OUTPUT_FORMATS, t);
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
    done(EXIT.ok);
  });
}
