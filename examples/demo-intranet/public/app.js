// The intranet page: a hash router over four views, the language switch, and the page's frame.
import { LANGUAGES, texts } from './i18n.js';
import { getJson } from './api.js';
import { h } from './dom.js';
import { showOffers } from './views/offers.js';
import { showCandidate } from './views/candidate.js';
import { showDashboard } from './views/dashboard.js';
import { showAssignment } from './views/assignment.js';
import { showImport } from './views/import.js';

const ROUTES = [
  {
    pattern: /^\/offres(?:\/([^/]+))?$/,
    nav: 'offres',
    show: (main, page, [id]) => showOffers(main, page, id),
  },
  {
    pattern: /^\/candidats\/([^/]+)$/,
    nav: 'offres',
    show: (main, page, [id]) => showCandidate(main, page, id),
  },
  { pattern: /^\/tableau-de-bord$/, nav: 'tableau-de-bord', show: (main, page) => showDashboard(main, page) },
  { pattern: /^\/affectation$/, nav: 'affectation', show: (main, page) => showAssignment(main, page) },
  { pattern: /^\/import$/, nav: 'import', show: (main, page) => showImport(main, page) },
];

const LANG_KEY = 'passerelle-demo-lang';

function initialLanguage() {
  const asked = new URLSearchParams(location.search).get('lang') ?? localStorage.getItem(LANG_KEY);
  return LANGUAGES.some((language) => language.code === asked) ? asked : 'fr';
}

/** What every view gets: the language, its texts and the Mire (the widgets get the taxonomy from passerelle-context). */
const page = { lang: initialLanguage(), t: texts('fr'), context: undefined, taxonomy: undefined };

// Each view run gets a number: a slow answer for a view the user has left is dropped.
let run = 0;
page.isCurrent = (token) => token === run;

function applyLanguage() {
  page.t = texts(page.lang);
  // The widgets take their language from the nearest lang attribute.
  document.documentElement.lang = page.lang;
  for (const element of document.querySelectorAll('[data-text]')) {
    element.textContent = page.t[element.dataset.text];
  }
  document.title = `Passerelle — ${page.t.appTitle}`;
}

function route() {
  const path = location.hash.replace(/^#/, '') || '/offres';
  const found = ROUTES.map((r) => ({ r, m: r.pattern.exec(path) })).find(({ m }) => m);
  const { r, m } = found ?? { r: ROUTES[0], m: [path] };
  for (const link of document.querySelectorAll('.sidenav a')) {
    if (link.dataset.route === r.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const main = document.getElementById('main');
  page.token = ++run;
  main.replaceChildren(h('p', { class: 'muted' }, page.t.loading));
  Promise.resolve(
    r.show(
      main,
      page,
      m.slice(1).map((part) => part && decodeURIComponent(part)),
    ),
  ).catch((error) => {
    if (!page.isCurrent(page.token)) return;
    const message = error?.localized?.[page.lang] ?? error?.localized?.fr ?? page.t.serverError;
    main.replaceChildren(h('p', { class: 'alert', role: 'alert' }, message));
  });
}

function buildLanguageSwitch() {
  const select = document.getElementById('lang');
  select.replaceChildren(
    ...LANGUAGES.map(({ code, name }) =>
      h('option', { value: code, lang: code, selected: code === page.lang }, name),
    ),
  );
  select.addEventListener('change', () => {
    page.lang = select.value;
    localStorage.setItem(LANG_KEY, page.lang);
    applyLanguage();
    route();
  });
}

async function start() {
  applyLanguage();
  buildLanguageSwitch();
  [page.context, page.taxonomy] = await Promise.all([getJson('/api/context'), getJson('/api/taxonomy')]);
  document.getElementById('shared').taxonomy = page.taxonomy;
  document.getElementById('mire-name').textContent = page.context.mire.name;
  window.addEventListener('hashchange', route);
  route();
}

start();
