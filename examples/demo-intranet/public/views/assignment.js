// The Mire-wide assignment: who is proposed where, the positions filled, and what is left open.
import { getJson } from '../api.js';
import { h } from '../dom.js';

function figure(value, label) {
  return h('div', { class: 'figure' }, h('strong', {}, value), h('span', {}, label));
}

function offerRow(offer, page) {
  const percent = new Intl.NumberFormat(page.lang, { style: 'percent' });
  return h(
    'tr',
    { 'data-offer': offer.id },
    h(
      'td',
      {},
      h('a', { href: `#/offres/${encodeURIComponent(offer.id)}` }, offer.title),
      h('br'),
      h('span', { class: 'offer-meta' }, `${offer.employer} · ${offer.locality}`),
    ),
    h('td', { class: 'number' }, offer.positions),
    h(
      'td',
      {},
      offer.proposed.map((pair, i) => [
        i > 0 ? ', ' : '',
        h('a', { href: `#/candidats/${encodeURIComponent(pair.candidateId)}` }, pair.candidateId),
        ` (${percent.format(pair.score)})`,
      ]),
    ),
    h('td', { class: 'number' }, offer.open),
  );
}

function congestionTable(report, page) {
  const { t, lang } = page;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const rows = [
    [t.rowMaxListings, (s) => number.format(s.listingsPerPosition.max)],
    [t.rowP90Listings, (s) => number.format(s.listingsPerPosition.p90)],
    [t.rowGini, (s) => decimal.format(s.exposureGini)],
    [t.rowMeanScore, (s) => percent.format(s.meanScore)],
    [t.rowCoverage, (s) => percent.format(s.coverage)],
  ];
  return h(
    'table',
    { class: 'congestion' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.colMeasure),
        h('th', { scope: 'col', class: 'number' }, t.colBefore),
        h('th', { scope: 'col', class: 'number' }, t.colAfter),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map(([label, show]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, label),
          h('td', { class: 'number' }, show(report.before)),
          h('td', { class: 'number' }, show(report.after)),
        ),
      ),
    ),
  );
}

export async function showAssignment(main, page) {
  const token = page.token;
  const result = await getJson('/api/assignment');
  if (!page.isCurrent(token)) return;
  const { t, lang } = page;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  main.replaceChildren(
    h('h1', {}, t.assignmentTitle),
    h('p', {}, t.assignmentIntro),
    h(
      'div',
      { class: 'figures' },
      figure(`${result.filled} / ${result.positions}`, t.figPositions),
      figure(String(result.filled), t.figProposed(result.candidates)),
      figure(percent.format(result.meanScore), t.figMeanScore),
    ),
    h(
      'table',
      { class: 'assignment' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, t.colOffer),
          h('th', { scope: 'col', class: 'number' }, t.colPositions),
          h('th', { scope: 'col' }, t.colProposed),
          h('th', { scope: 'col', class: 'number' }, t.colOpen),
        ),
      ),
      h(
        'tbody',
        {},
        result.offers.map((offer) => offerRow(offer, page)),
      ),
    ),
    h('h2', {}, t.congestionTitle),
    h('p', {}, t.congestionIntro(result.congestion.k)),
    congestionTable(result.congestion, page),
  );
}
