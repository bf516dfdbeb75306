// A candidate: the profile card and the open offers of the region within reach (ranked on the server), explained.
import { getJson } from '../api.js';
import { h, widget } from '../dom.js';
import { excludedLine } from './offers.js';

export async function showCandidate(main, page, candidateId) {
  const token = page.token;
  const ranking = await getJson(`/api/candidates/${encodeURIComponent(candidateId)}`);
  if (!page.isCurrent(token)) return;
  const { t } = page;
  const list = widget(
    'passerelle-match-list',
    { results: ranking.matches, offers: ranking.offers },
    { label: t.offersInReach, 'page-size': 10 },
  );
  // Activating an offer's title opens it, with its own ranked candidates.
  list.addEventListener('passerelle-open', (event) => {
    location.hash = `#/offres/${encodeURIComponent(event.detail.id)}`;
  });
  main.replaceChildren(
    h('p', {}, h('a', { href: '#/offres' }, t.backToOffers)),
    // The card's heading is the page's title.
    widget('passerelle-candidate-card', { candidate: ranking.candidate }, { 'heading-level': 1 }),
    h('h2', {}, t.offersInReach),
    h('p', { class: 'muted' }, t.offersInReachIntro(ranking.matches.length, ranking.poolSize)),
    list,
    excludedLine(ranking.excluded, page),
  );
}
