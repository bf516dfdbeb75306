import type { Issue } from '@passerelle/core';
import type { RankedMatch, Ranking } from '../src/ranking/results.js';

/**
 * Throws unless results are ranked 1, 2, 3…, with scores in [0, 1], best first and equal scores in id order:
 * the contract of every ranked list.
 */
export function assertRankedInOrder(results: readonly RankedMatch[]): void {
  results.forEach((result, i) => {
    if (result.rank !== i + 1) throw new Error(`result ${i} has rank ${result.rank}`);
    if (!(result.score >= 0 && result.score <= 1)) throw new Error(`${result.id} scores ${result.score}`);
    const previous = results[i - 1];
    if (previous === undefined) return;
    const inOrder =
      previous.score > result.score || (previous.score === result.score && previous.id < result.id);
    if (!inOrder) throw new Error(`${previous.id} (${previous.score}) before ${result.id} (${result.score})`);
  });
}

/** What two rankings must share to be the same list: ids, ranks and scores, and the issues. */
export function rankedIds(ranking: Ranking): Array<[id: string, score: number]> {
  return ranking.results.map((r) => [r.id, r.score]);
}

/** Issues in a stable order (by field, then code), for comparing rankings of pools given in different orders. */
export function sortedIssues(issues: readonly Issue[]): Issue[] {
  const key = (issue: Issue) => `${issue.field ?? ''}\u0000${issue.code}`;
  return [...issues].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
