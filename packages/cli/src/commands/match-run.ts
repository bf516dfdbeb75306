import type { Candidate, JobOffer } from '@passerelle/core';
import { createMatcher, type Matcher, type Ranking } from '@passerelle/matching';
import { EXIT, type ExitCode } from '../errors.js';
import type { CliContext } from '../io/context.js';
import { countsOf, fileReportToJson, issueLines } from '../io/file-report.js';
import { startProgress } from '../io/progress.js';
import type { FileReport } from '../io/read-records.js';
import { OUTPUT_FORMATS, outputFormat, writeOutputFile } from '../io/write-output.js';
import type { FileKind } from '../kinds.js';
import { MAX_TOP, choice, listOf, positiveInteger, score } from '../options.js';
import type { CommonOptions } from './common.js';
import { readMatchInputs, type MatchFileOptions } from './match-inputs.js';
import { rankingsToCsv, rankingsToJson, type QueryRanking } from './match-output.js';

/** The options of `passerelle match`, as commander parses them. */
export interface MatchOptions extends CommonOptions, MatchFileOptions {
  readonly direction?: string;
  readonly top?: string;
  readonly ids?: string;
  readonly minScore?: string;
  readonly format?: string;
  readonly out?: string;
}

/** The checked options of a match run. */
interface MatchPlan {
  readonly direction: 'candidates' | 'offers';
  readonly k: number;
  readonly minScore?: number;
  readonly ids: readonly string[];
  readonly format: 'csv' | 'json';
}

function planOf(options: MatchOptions, context: CliContext): MatchPlan {
  const { t } = context;
  const direction =
    options.direction === undefined
      ? 'candidates'
      : choice('--direction', options.direction, ['candidates', 'offers'], t);
  const format =
    options.format === undefined ? undefined : choice('--format', options.format, OUTPUT_FORMATS, t);
  return {
    direction,
    k: options.top === undefined ? 10 : positiveInteger('--top', options.top, t, MAX_TOP),
    ...(options.minScore !== undefined ? { minScore: score('--min-score', options.minScore, t) } : {}),
    ids: listOf(options.ids === undefined ? [] : [options.ids]),
    format: outputFormat(format, options.out),
  };
}

/** Reads both files, ranks every query against a pool indexed once, and writes the rankings. */
export async function runMatch(options: MatchOptions, context: CliContext): Promise<ExitCode> {
  const { t } = context;
  const plan = planOf(options, context);
  const { offers, candidates, config, files: inputs, hasRejected } = await readMatchInputs(options, context);
  const queries = pickQueries(plan, offers, candidates);
  const rank = makeRanker(createMatcher({ config }), plan, offers, candidates);
  const progress = startProgress(context, t.match.progress, queries.list.length, 20);
  const rankings: QueryRanking[] = [];
  for (const query of queries.list) {
    rankings.push({ id: query.id, ranking: rank(query) });
    progress.tick();
  }
  progress.stop();
  const results = rankings.reduce((sum, query) => sum + query.ranking.results.length, 0);
  const code = hasRejected || results === 0 || queries.unknownIds.length > 0 ? EXIT.rejected : EXIT.ok;
  await writeMatch({ options, context, plan, inputs, rankings, unknownIds: queries.unknownIds, code });
  return code;
}

interface MatchOutcome {
  readonly options: MatchOptions;
  readonly context: CliContext;
  readonly plan: MatchPlan;
  readonly inputs: readonly FileReport<FileKind>[];
  readonly rankings: readonly QueryRanking[];
  readonly unknownIds: readonly string[];
  readonly code: ExitCode;
}

/** Writes the rankings (file, standard output or the JSON document) and, for people, notes on standard error. */
async function writeMatch(outcome: MatchOutcome): Promise<void> {
  const { options, context, plan, inputs, rankings, unknownIds, code } = outcome;
  const { t, lang } = context;
  const results = rankings.reduce((sum, query) => sum + query.ranking.results.length, 0);
  const kind = plan.direction === 'candidates' ? 'offer' : 'candidate';
  const fileText =
    plan.format === 'json'
      ? `${JSON.stringify(rankingsToJson(rankings, kind, lang), null, 2)}\n`
      : rankingsToCsv(rankings, kind, lang);
  if (options.out !== undefined) await writeOutputFile(options.out, fileText, t);
  if (options.json) {
    const document = {
      command: 'match',
      ok: code === EXIT.ok,
      exitCode: code,
      direction: plan.direction,
      top: plan.k,
      inputs: inputs.map((input) => fileReportToJson(input, lang)),
      unknownIds: unknownIds,
      queries: rankingsToJson(rankings, kind, lang),
    };
    context.out(`${JSON.stringify(document, null, 2)}\n`);
  } else if (options.out === undefined) {
    context.out(fileText);
  }
  if (!options.json) {
    for (const input of inputs) {
      context.err(`${t.match.inputs(input.file, countsOf(input))}\n`);
      for (const line of issueLines(input, lang)) context.err(`${line}\n`);
    }
    if (unknownIds.length > 0) context.err(`${t.match.unknownIds(unknownIds)}\n`);
    if (rankings.length === 0) context.err(`${t.match.noQuery}\n`);
    else
      context.err(
        `${t.match.queries(rankings.length, plan.direction, rankings[0]?.ranking.poolSize ?? 0)}\n`,
      );
    if (results === 0) context.err(`${t.match.noResult}\n`);
    else if (options.out !== undefined) context.err(`${t.match.written(options.out, results)}\n`);
  }
}

/** Ranks one query against a pool indexed once. */
function makeRanker(
  matcher: Matcher,
  plan: MatchPlan,
  offers: readonly JobOffer[],
  candidates: readonly Candidate[],
): (query: JobOffer | Candidate) => Ranking {
  const options = rankOptions(plan);
  if (plan.direction === 'candidates') {
    const pool = matcher.indexCandidates(candidates);
    return (offer) => matcher.rankCandidates(offer as JobOffer, pool, options);
  }
  const pool = matcher.indexOffers(offers);
  return (candidate) => matcher.rankOffers(candidate as Candidate, pool, options);
}

function rankOptions(plan: MatchPlan) {
  return { k: plan.k, ...(plan.minScore !== undefined ? { minScore: plan.minScore } : {}) };
}

/** The queries: every offer (or candidate), or those `--ids` names; ids not found are reported. */
function pickQueries(plan: MatchPlan, offers: readonly JobOffer[], candidates: readonly Candidate[]) {
  const all: ReadonlyArray<JobOffer | Candidate> = plan.direction === 'candidates' ? offers : candidates;
  if (plan.ids.length === 0) return { list: all, unknownIds: [] as string[] };
  const byId = new Map(all.map((item) => [item.id, item]));
  return {
    list: plan.ids.flatMap((id) => byId.get(id) ?? []),
    unknownIds: plan.ids.filter((id) => !byId.has(id)),
  };
}
