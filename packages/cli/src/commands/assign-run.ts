import { createMatcher } from '@passerelle/matching';
import {
  ASSIGNMENT_METHODS,
  assign,
  buildAssignmentGraph,
  congestionAwareLists,
  totalPositions,
  type Assignment,
  type CongestionAwareLists,
} from '@passerelle/matching/assignment';
import { EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { countsOf, fileReportToJson, issueLines, issueToJson } from '../io/file-report.js';
import { startProgress } from '../io/progress.js';
import { OUTPUT_FORMATS, outputFormat, writeOutputFile } from '../io/write-output.js';
import { MAX_TOP, choice, positiveInteger, score } from '../options.js';
import type { CommonOptions } from './common.js';
import { assignmentToCsv, assignmentToJson, congestionToJson } from './assign-output.js';
import { readMatchInputs, type MatchFileOptions, type MatchInputs } from './match-inputs.js';

/** The options of `passerelle assign`, as commander parses them. */
export interface AssignOptions extends CommonOptions, MatchFileOptions {
  readonly method?: string;
  readonly top?: string;
  readonly minScore?: string;
  readonly congestion?: string;
  readonly format?: string;
  readonly out?: string;
}

/** Builds the graph from the engine's lists, assigns, optionally re-ranks for congestion, and writes the result. */
export async function runAssign(options: AssignOptions, context: CliContext): Promise<ExitCode> {
  const { t } = context;
  const method =
    options.method === undefined ? 'exact' : choice('--method', options.method, ASSIGNMENT_METHODS, t);
  const k = options.top === undefined ? 20 : positiveInteger('--top', options.top, t, MAX_TOP);
  const minScore = options.minScore === undefined ? undefined : score('--min-score', options.minScore, t);
  const weight = options.congestion === undefined ? undefined : score('--congestion', options.congestion, t);
  const format = outputFormat(
    options.format === undefined ? undefined : choice('--format', options.format, OUTPUT_FORMATS, t),
    options.out,
  );
  const inputs = await readMatchInputs(options, context);
  const progress = startProgress(context, t.assign.progress, weight === undefined ? 2 : 3);
  const engine = buildAssignmentGraph(
    createMatcher({ config: inputs.config }),
    inputs.candidates,
    inputs.offers,
    {
      k,
      ...(minScore !== undefined ? { minScore } : {}),
    },
  );
  progress.tick();
  const assignment = assign(engine.graph, { method, ...(minScore !== undefined ? { minScore } : {}) });
  progress.tick();
  const congestion =
    weight === undefined ? undefined : congestionAwareLists(engine.graph, { congestionWeight: weight });
  progress.tick();
  progress.stop();
  const code = inputs.hasRejected || assignment.pairs.length === 0 ? EXIT.rejected : EXIT.ok;
  const body = {
    ...assignmentToJson(assignment),
    positions: totalPositions(engine.graph),
    ...(congestion ? { congestion: congestionToJson(engine.graph.candidateIds, congestion) } : {}),
  };
  const fileText = format === 'json' ? `${JSON.stringify(body, null, 2)}\n` : assignmentToCsv(assignment);
  if (options.out !== undefined) await writeOutputFile(options.out, fileText, t);
  if (options.json) {
    const issues = engine.issues.map((issue) => issueToJson(issue, context.lang));
    const inputsJson = inputs.files.map((file) => fileReportToJson(file, context.lang));
    const document = {
      command: 'assign',
      ok: code === EXIT.ok,
      exitCode: code,
      inputs: inputsJson,
      issues,
      ...body,
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
    return code;
  }
  if (options.out === undefined) context.out(fileText);
  writeNotes(context, inputs, assignment, totalPositions(engine.graph), congestion);
  return code;
}

/** For people, on standard error: how reading went, what was assigned, and the congestion trade. */
function writeNotes(
  context: CliContext,
  inputs: MatchInputs,
  assignment: Assignment,
  positions: number,
  congestion: CongestionAwareLists | undefined,
): void {
  const { t, lang } = context;
  for (const file of inputs.files) {
    context.err(`${t.match.inputs(file.file, countsOf(file))}\n`);
    for (const line of issueLines(file, lang)) context.err(`${line}\n`);
  }
  if (assignment.pairs.length === 0) context.err(`${t.assign.noPair}\n`);
  context.err(`${t.assign.summary(assignment.pairs.length, inputs.candidates.length, positions)}\n`);
  context.err(
    `${t.assign.shares(assignment.shareAssigned, assignment.shareFilled, assignment.totalScore)}\n`,
  );
  if (congestion) {
    const { before, after, relativeRelevanceLost } = congestion.report;
    context.err(`${t.assign.congestion(before.exposureGini, after.exposureGini, relativeRelevanceLost)}\n`);
  }
}
