// A candidate: the profile card and the offers of the region within reach, explained.
import { getJson } from '../api.js';
import { h, widget } from '../dom.js';
import { excludedLine } from './offers.js';

export async function showCandidate(main, page, candidateId) {
  const token = page.token;
  const ranking = await getJson(`/api/candidates/${encodeURIComponent(candidateId)}`);
  if (!page.isCurrent(token)) return;
  const { t } = page;
  main.replaceChildren(
    h('p', {}, h('a', { href: '#/offres' }, t.backToOffers)),
    h('h1', {}, t.candidateTitle(candidateId)),
    widget('passerelle-candidate-card', { candidate: ranking.candidate }),
    h('h2', {}, t.offersInReach),
    h('p', { class: 'muted' }, t.offersInReachIntro(ranking.matches.length, ranking.poolSize)),
    widget('passerelle-match-list', {
      matches: ranking.matches,
      direction: 'offers',
      records: Object.fromEntries(Object.entries(ranking.offers).map(([id, o]) => [id, o.profile])),
    }),
    excludedLine(ranking.excluded, page),
  );
}
