import {
  INDICATORS,
  listIndicators,
  prepareReportingData,
  tableToCsv,
  tableToJson,
  type IndicatorId,
  type Period,
  type ReportTable,
} from '@passerelle/reporting';
import { CliError, EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { countsOf, fileReportToJson, issueLines, issueToJson } from '../io/file-report.js';
import { readMappingFile } from '../io/mapping-file.js';
import { startProgress } from '../io/progress.js';
import { readRecords } from '../io/read-records.js';
import { OUTPUT_FORMATS, outputFormat, writeOutputFile } from '../io/write-output.js';
import { choice, isoDate, listOf } from '../options.js';
import type { CommonOptions } from './common.js';
import { periodOf, type PeriodOptions } from './report-period.js';

/** The options of `passerelle report`, as commander parses them. */
export interface ReportOptions extends CommonOptions, PeriodOptions {
  readonly candidates?: string;
  readonly accompaniments?: string;
  readonly contracts?: string;
  readonly indicator?: string[];
  readonly observedUntil?: string;
  readonly list?: boolean;
  readonly format?: string;
  readonly out?: string;
  readonly mapping?: string;
}

const INDICATOR_IDS = Object.keys(INDICATORS) as IndicatorId[];

/** `passerelle report --list`: every indicator with its label and definition. */
export function listIndicatorsCommand(options: ReportOptions, context: CliContext): ExitCode {
  const { lang, t } = context;
  const descriptors = listIndicators();
  if (options.json) {
    const document = { command: 'report', ok: true, exitCode: EXIT.ok, indicators: descriptors };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    context.out(`${t.report.listHeading}\n`);
    for (const d of descriptors) context.out(`\n  ${d.id} — ${d.label[lang]}\n    ${d.definition[lang]}\n`);
  }
  return EXIT.ok;
}

function checkedObservedUntil(
  options: ReportOptions,
  period: Period,
  context: CliContext,
): string | undefined {
  if (options.observedUntil === undefined) return undefined;
  const day = isoDate('--observed-until', options.observedUntil, context.t);
  if (day < period.end) throw new CliError('usage', context.t.usage.observedUntil(day, period.end));
  return day;
}

/** Reads the three files, computes the indicators asked for the period, and writes the tables. */
export async function runReport(options: ReportOptions, context: CliContext): Promise<ExitCode> {
  const { t, lang } = context;
  for (const flag of ['candidates', 'accompaniments', 'contracts'] as const) {
    if (options[flag] === undefined) throw new CliError('usage', t.usage.missingOption(`--${flag} <file>`));
  }
  const period = periodOf(options, t);
  const observedUntil = checkedObservedUntil(options, period, context);
  const requested = listOf(options.indicator);
  const ids =
    requested.length === 0
      ? INDICATOR_IDS
      : requested.map((id) => choice('--indicator', id, INDICATOR_IDS, t));
  const format = outputFormat(
    options.format === undefined ? undefined : choice('--format', options.format, OUTPUT_FORMATS, t),
    options.out,
  );
  const mappings = options.mapping ? await readMappingFile(options.mapping, t) : {};
  const candidates = await readRecords('candidates', options.candidates as string, t, { mappings });
  const accompaniments = await readRecords('accompaniments', options.accompaniments as string, t, {
    mappings,
  });
  const contracts = await readRecords('contracts', options.contracts as string, t, { mappings });
  const inputs = [candidates, accompaniments, contracts];
  const data = prepareReportingData({
    candidates: candidates.records,
    accompaniments: accompaniments.records,
    contracts: contracts.records,
  });
  const progress = startProgress(context, t.report.progress, ids.length);
  const tables: ReportTable[] = [];
  for (const id of ids) {
    tables.push(INDICATORS[id].compute(data, period, observedUntil === undefined ? {} : { observedUntil }));
    progress.tick();
  }
  progress.stop();
  const hasRejected = inputs.some(
    (f) => f.rejected.length > 0 || f.fileIssues.some((i) => i.severity === 'error'),
  );
  const code = hasRejected || data.excluded.count > 0 ? EXIT.rejected : EXIT.ok;
  const tablesJson = tables.map((table) => JSON.parse(tableToJson(table)) as unknown);
  const fileText =
    format === 'json'
      ? `${JSON.stringify({ period, tables: tablesJson }, null, 2)}\n`
      : tables.map((table, i) => tableToCsv(table, { locale: lang, bom: i === 0 })).join('\r\n');
  if (options.out !== undefined) await writeOutputFile(options.out, fileText, t);
  if (options.json) {
    const document = {
      command: 'report',
      ok: code === EXIT.ok,
      exitCode: code,
      period,
      inputs: inputs.map((input) => fileReportToJson(input, lang)),
      excluded: { count: data.excluded.count, issues: data.excluded.issues.map((i) => issueToJson(i, lang)) },
      tables: tablesJson,
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
    return code;
  }
  if (options.out === undefined) context.out(fileText);
  for (const input of inputs) {
    context.err(`${t.report.inputs(input.file, countsOf(input))}\n`);
    for (const line of issueLines(input, lang)) context.err(`${line}\n`);
  }
  if (data.excluded.count > 0) context.err(`${t.report.excluded(data.excluded.count)}\n`);
  if (options.out !== undefined) context.err(`${t.report.written(options.out, tables.length)}\n`);
  return code;
}
