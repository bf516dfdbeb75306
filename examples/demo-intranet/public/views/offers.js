// Open offers: the Mire's list; choosing one shows its card, the ranked candidates (ranked on the server with
// @passerelle/matching) and the explanation of the score of the candidate chosen in the list.
import { getJson } from '../api.js';
import { h, widget } from '../dom.js';
import { pick } from '../i18n.js';

function offerItem(offer, page, selected) {
  const { t, lang } = page;
  return h(
    'li',
    {},
    h(
      'a',
      { href: `#/offres/${encodeURIComponent(offer.id)}`, 'aria-current': selected ? 'true' : undefined },
      h('span', { class: 'offer-title' }, offer.title),
      h('span', { class: 'offer-meta' }, `${offer.employer} · ${offer.postalCode} ${offer.locality}`),
      h(
        'span',
        { class: 'offer-meta' },
        `${pick(offer.contract, lang)} · ${t.positions(offer.positions)}`,
        offer.imported ? h('span', { class: 'badge' }, t.imported) : undefined,
      ),
    ),
  );
}

/** `Left out by a hard constraint: commute too long 120 · driving licence 8`, in the page's language. */
export function excludedLine(excluded, page) {
  const parts = Object.entries(excluded)
    .sort((a, b) => b[1] - a[1])
    .map(([constraint, count]) => `${page.t.constraints[constraint] ?? constraint} ${count}`);
  return parts.length === 0
    ? undefined
    : h('p', { class: 'muted' }, `${page.t.excludedIntro} ${parts.join(' · ')}`);
}

function showExplanation(slot, page, ranking, match) {
  const candidate = ranking.candidates.find((c) => c.id === match.id);
  slot.replaceChildren(
    widget('passerelle-score-breakdown', { match }, { 'heading-level': 3 }),
    h('p', {}, h('a', { href: `#/candidats/${encodeURIComponent(match.id)}` }, page.t.openCandidate)),
    candidate ? widget('passerelle-candidate-card', { candidate }) : undefined,
  );
}

async function showRanking(detail, page, offerId, token) {
  const ranking = await getJson(`/api/offers/${encodeURIComponent(offerId)}`);
  if (!page.isCurrent(token)) return;
  const { t } = page;
  const explanation = h('div', { class: 'explanation', 'aria-live': 'polite' });
  const list = widget(
    'passerelle-match-list',
    { results: ranking.matches, candidates: ranking.candidates },
    { label: t.rankedCandidates, 'page-size': 10 },
  );
  // Activating a candidate's name explains that candidate's score.
  list.addEventListener('passerelle-open', (event) => {
    const match = ranking.matches.find((m) => m.id === event.detail.id);
    if (match) showExplanation(explanation, page, ranking, match);
  });
  // On a wide screen the explanation stands beside the list, in view while the list scrolls.
  detail.replaceChildren(
    h(
      'div',
      { class: 'ranking-grid' },
      h(
        'div',
        { class: 'ranking-main' },
        widget('passerelle-offer-card', { offer: ranking.offer }, { 'heading-level': 2 }),
        h('h2', {}, t.rankedCandidates),
        h('p', { class: 'muted' }, t.rankedIntro(ranking.matches.length, ranking.poolSize)),
        list,
        excludedLine(ranking.excluded, page),
      ),
      h(
        'aside',
        { class: 'ranking-side', 'aria-label': t.explanation },
        h('h2', {}, t.explanation),
        explanation,
      ),
    ),
  );
  if (ranking.matches[0]) showExplanation(explanation, page, ranking, ranking.matches[0]);
}

export async function showOffers(main, page, offerId) {
  const token = page.token;
  const offers = await getJson('/api/offers');
  if (!page.isCurrent(token)) return;
  const { t } = page;
  const detail = h('section', { class: 'detail' });
  main.replaceChildren(
    h('h1', {}, t.offersTitle),
    h('p', { class: 'muted' }, t.offersIntro(offers.length)),
    h(
      'div',
      { class: 'split' },
      h(
        'ul',
        { class: 'offer-list', 'aria-label': t.offersTitle },
        offers.map((offer) => offerItem(offer, page, offer.id === offerId)),
      ),
      detail,
    ),
  );
  if (offerId === undefined) {
    detail.append(h('p', { class: 'muted' }, t.chooseOffer));
    return;
  }
  detail.append(h('p', { class: 'muted' }, t.loading));
  await showRanking(detail, page, offerId, token);
}
