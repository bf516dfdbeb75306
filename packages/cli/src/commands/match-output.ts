import type { JobOffer } from '@passerelle/core';
import type { RankedMatch, Ranking } from '@passerelle/matching';
import { issueToJson } from '../io/file-report.js';
import { toCsvText, type CsvCell } from '../io/csv-text.js';
import type { Lang } from '../locale.js';

/** One query and its ranking. */
export interface QueryRanking {
  /** The offer's id (ranking candidates) or the candidate's (ranking offers). */
  readonly id: string;
  readonly ranking: Ranking;
}

const CRITERIA = ['skills', 'occupation', 'geography', 'languages'] as const;

/** A ranked result for the JSON output: ranked id, score, per-criterion breakdown and reasons with their codes. */
function resultToJson(match: RankedMatch, lang: Lang) {
  return {
    rank: match.rank,
    id: match.id,
    score: match.score,
    breakdown: match.breakdown ?? [],
    penaltyFactor: match.penaltyFactor ?? 1,
    reasons: (match.reasons ?? []).map((reason) => ({
      code: reason.code,
      criterion: reason.criterion,
      effect: reason.effect,
      params: reason.params,
      message: reason.message[lang],
    })),
    missingSkills: match.missingSkills ?? [],
  };
}

/** Every query's ranking for the JSON output. */
export function rankingsToJson(queries: readonly QueryRanking[], kind: 'offer' | 'candidate', lang: Lang) {
  return queries.map(({ id, ranking }) => ({
    query: { kind, id },
    poolSize: ranking.poolSize,
    scored: ranking.scored,
    results: ranking.results.map((match) => resultToJson(match, lang)),
    issues: ranking.issues.map((issue) => issueToJson(issue, lang)),
  }));
}

/**
 * The rankings as one CSV file, a row per result: the query, the rank, the ranked id, the score, each
 * criterion's value (empty where it does not apply), the penalty factor, the reason codes and the first
 * reasons in words.
 */
export function rankingsToCsv(
  queries: readonly QueryRanking[],
  kind: 'offer' | 'candidate',
  lang: Lang,
): string {
  const header = [
    kind === 'offer' ? 'offer_id' : 'candidate_id',
    'rank',
    kind === 'offer' ? 'candidate_id' : 'offer_id',
    'score',
    ...CRITERIA,
    'penalty_factor',
    'reason_codes',
    'explanation',
    'missing_skills',
  ];
  const rows: CsvCell[][] = [];
  for (const { id, ranking } of queries) {
    for (const match of ranking.results) {
      const values = CRITERIA.map(
        (criterion) => match.breakdown?.find((b) => b.criterion === criterion)?.value,
      );
      const reasons = match.reasons ?? [];
      rows.push([
        id,
        match.rank,
        match.id,
        Number(match.score.toFixed(4)),
        ...values.map((value) => (value === null || value === undefined ? null : Number(value.toFixed(4)))),
        match.penaltyFactor ?? 1,
        reasons.map((reason) => reason.code).join('|'),
        reasons
          .slice(0, 3)
          .map((reason) => reason.message[lang])
          .join(' ; '),
        (match.missingSkills ?? []).join('|'),
      ]);
    }
  }
  return toCsvText(header, rows);
}

/** The offers a ranking uses: open ones unless every offer is asked for. */
export function usableOffers(offers: readonly JobOffer[], includeAll: boolean): JobOffer[] {
  return includeAll ? [...offers] : offers.filter((offer) => offer.status === 'open');
}
