import type { RankedMatch, Reason } from '@passerelle/matching';
import type { MatchListView } from '../events/passerelle-change.js';
import { reasonSentence } from '../i18n/reasons.js';
import type { WidgetLocale } from '../i18n/translation.js';

/** A match with the distance its reasons give (km), when they give one. */
export function distanceOf(match: RankedMatch): number | undefined {
  for (const reason of match.reasons ?? []) {
    const km = reason.params.km;
    if (typeof km === 'number') return km;
  }
  return undefined;
}

const bySort: Record<MatchListView['sort'], (a: RankedMatch, b: RankedMatch) => number> = {
  score: (a, b) => a.rank - b.rank,
  distance: (a, b) =>
    (distanceOf(a) ?? Number.POSITIVE_INFINITY) - (distanceOf(b) ?? Number.POSITIVE_INFINITY) ||
    a.rank - b.rank,
  id: (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
};

/**
 * The matches a view shows, in order: at least `minScore`, within `maxDistance` (a match of unknown distance
 * stays out under a distance filter), sorted. Pure; the input is not changed.
 */
export function applyView(
  matches: readonly RankedMatch[],
  view: Pick<MatchListView, 'minScore' | 'maxDistance' | 'sort'>,
): RankedMatch[] {
  const kept = matches.filter((match) => {
    if (match.score < view.minScore) return false;
    if (view.maxDistance === null) return true;
    const km = distanceOf(match);
    return km !== undefined && km <= view.maxDistance;
  });
  return kept.sort(bySort[view.sort]);
}

/** The page count for `total` items (at least 1), and a page number kept within it. */
export function pageWithin(page: number, total: number, pageSize: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, Math.floor(page) || 1), pages), pages };
}

/** The text of a reason in a widget language. */
export function reasonText(reason: Reason, locale: WidgetLocale): string {
  return reasonSentence(reason, locale);
}
