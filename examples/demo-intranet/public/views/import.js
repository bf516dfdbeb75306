// Import: the user's own candidates or offers file, dropped on the page; the server's importer (core's CSV import)
// keeps the good rows and lists every error with its line, column and reason.
import { postCsv } from '../api.js';
import { h } from '../dom.js';
import { pick } from '../i18n.js';

/** The kind a file name suggests (`offres-mars.csv` holds offers), or undefined. */
export function kindFromName(name) {
  if (/offre|offer|vacature|stelle/i.test(name)) return 'offers';
  if (/candidat|kandida|demandeur|job.?seeker/i.test(name)) return 'candidates';
  return undefined;
}

function issuesTable(issues, caption, page) {
  const { t, lang } = page;
  return h(
    'table',
    { class: 'issues' },
    h('caption', {}, `${caption} (${issues.length})`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t.colLine),
        h('th', { scope: 'col' }, t.colField),
        h('th', { scope: 'col' }, t.colReason),
      ),
    ),
    h(
      'tbody',
      {},
      issues.map((issue) =>
        h(
          'tr',
          { 'data-code': issue.code },
          h('td', {}, issue.line ?? '—'),
          h('td', {}, issue.field ?? '—'),
          h('td', {}, pick(issue.message, lang), ' ', h('code', {}, issue.code)),
        ),
      ),
    ),
  );
}

function report(result, page) {
  const { t } = page;
  return h(
    'div',
    { class: 'import-report' },
    h(
      'p',
      { class: result.rejected > 0 ? 'alert' : 'success', role: 'status' },
      t.importSummary(result),
      ' ',
      t.importAdded(result.added, result.kind),
    ),
    result.errors.length > 0 ? issuesTable(result.errors, t.errorsTitle, page) : h('p', {}, t.noErrors),
    result.warnings.length > 0 ? issuesTable(result.warnings, t.warningsTitle, page) : undefined,
  );
}

export function showImport(main, page) {
  const { t } = page;
  const results = h('section', { class: 'import-results', 'aria-live': 'polite' });
  const kindInputs = ['candidates', 'offers'].map((kind, i) =>
    h(
      'label',
      {},
      h('input', { type: 'radio', name: 'kind', value: kind, checked: i === 0 }),
      ' ',
      kind === 'candidates' ? t.kindCandidates : t.kindOffers,
    ),
  );
  const selectedKind = () => main.querySelector('input[name="kind"]:checked')?.value ?? 'candidates';
  const send = async (file) => {
    const guessed = kindFromName(file.name);
    if (guessed) main.querySelector(`input[name="kind"][value="${guessed}"]`).checked = true;
    if (!/\.(csv|txt)$/i.test(file.name)) {
      results.prepend(h('p', { class: 'alert', role: 'alert' }, t.notCsv(file.name)));
      return;
    }
    const pending = h('p', { class: 'muted' }, t.importing(file.name));
    results.prepend(pending);
    try {
      pending.replaceWith(report(await postCsv(selectedKind(), file), page));
    } catch (error) {
      pending.replaceWith(
        h('p', { class: 'alert', role: 'alert' }, pick(error.localized, page.lang) || t.serverError),
      );
    }
  };
  const input = h('input', {
    type: 'file',
    accept: '.csv,text/csv',
    id: 'csv-file',
    class: 'visually-hidden',
  });
  input.addEventListener('change', () => [...input.files].forEach(send));
  const zone = h(
    'div',
    { class: 'dropzone', 'data-testid': 'dropzone' },
    h('p', {}, t.dropHere, ' ', h('label', { for: 'csv-file', class: 'link' }, t.chooseFile), '.'),
    input,
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    [...(event.dataTransfer?.files ?? [])].forEach(send);
  });
  main.replaceChildren(
    h('h1', {}, t.importTitle),
    h('p', {}, t.importIntro),
    h('fieldset', { class: 'kind' }, h('legend', {}, t.importKind), kindInputs),
    zone,
    h(
      'p',
      { class: 'muted' },
      t.samples,
      ' ',
      h('a', { href: '/exemples/candidats.csv', download: '' }, t.sampleCandidates),
      ' · ',
      h('a', { href: '/exemples/offres.csv', download: '' }, t.sampleOffers),
    ),
    results,
  );
}
