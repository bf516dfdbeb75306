import { EXIT, CliError, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { countsOf, fileReportToJson, issueLines } from '../io/file-report.js';
import { readMappingFile, type ColumnMappings } from '../io/mapping-file.js';
import { assertReadable } from '../io/read-file.js';
import { readRecords, type FileReport } from '../io/read-records.js';
import { FILE_KIND_NAMES, guessFileKind, type FileKind } from '../kinds.js';
import { choice } from '../options.js';
import type { CommonOptions } from './common.js';

/** The options of `passerelle validate`, as commander parses them. */
export interface ValidateOptions extends CommonOptions {
  readonly kind?: string;
  readonly mapping?: string;
}

/** Checks each file and reports every rejected row; the exit code says whether any was rejected. */
export async function runValidate(
  files: readonly string[],
  options: ValidateOptions,
  context: CliContext,
): Promise<ExitCode> {
  const { t } = context;
  const forced = options.kind === undefined ? undefined : choice('--kind', options.kind, FILE_KIND_NAMES, t);
  const kinds = files.map((file) => forced ?? guessFileKind(file));
  const unknown = files.find((_, i) => kinds[i] === undefined);
  if (unknown !== undefined) {
    // A missing file says so before its kind matters.
    await assertReadable(unknown, t);
    throw new CliError('usage', t.usage.kindUnknown(unknown));
  }
  const mappings: ColumnMappings = options.mapping ? await readMappingFile(options.mapping, t) : {};
  const reports: FileReport<FileKind>[] = [];
  for (const [i, file] of files.entries()) {
    reports.push(await readRecords(kinds[i] as FileKind, file, t, { mappings }));
  }
  const rejected = reports.reduce((sum, report) => sum + report.rejected.length, 0);
  const hasFileErrors = reports.some((r) => r.fileIssues.some((issue) => issue.severity === 'error'));
  const code = rejected > 0 || hasFileErrors ? EXIT.rejected : EXIT.ok;
  if (options.json) {
    const document = {
      command: 'validate',
      ok: code === EXIT.ok,
      exitCode: code,
      files: reports.map((report) => fileReportToJson(report, context.lang)),
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    for (const report of reports) {
      context.out(`${t.validate.file(report.file, report.kind, countsOf(report))}\n`);
      const lines = issueLines(report, context.lang);
      context.out(`${lines.length > 0 ? lines.join('\n') : t.validate.noRejected}\n`);
    }
    context.out(`${t.validate.total(reports.length, rejected)}\n`);
  }
  return code;
}
