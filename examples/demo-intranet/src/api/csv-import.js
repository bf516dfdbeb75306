// @ts-check
// The user's own candidates or offers, dropped on the page as CSV: core's importer reads them, good rows join the
// demo's lists, and every problem is listed with its line, column and reason.
import { importCsv, toCsv } from '@passerelle/core';
import { HttpError } from '../http/respond.js';

/** The two kinds of file the page accepts, by the name the page uses. */
export const IMPORT_KINDS = Object.freeze({ candidates: 'candidateRecord', offers: 'jobOffer' });

/** @typedef {keyof typeof IMPORT_KINDS} ImportKind */

/**
 * @param {string | null} kind
 * @returns {ImportKind}
 */
export function checkImportKind(kind) {
  if (kind === 'candidates' || kind === 'offers') return kind;
  throw new HttpError(400, 'unknown_import_kind', {
    fr: `Type de fichier inconnu « ${String(kind)} » : candidates ou offers.`,
    en: `Unknown file kind "${String(kind)}": candidates or offers.`,
  });
}

/** @param {import('@passerelle/core').Issue} issue */
function issueRow(issue) {
  return {
    line: issue.line ?? null,
    field: issue.field ?? null,
    code: issue.code,
    value: issue.value === undefined ? null : String(issue.value),
    message: issue.message,
  };
}

/**
 * Imports one CSV file's bytes into the demo's data and reports on it.
 * @param {import('../demo-data.js').DemoData} data
 * @param {ImportKind} kind
 * @param {Uint8Array} bytes
 * @param {string} fileName
 */
export function importUserCsv(data, kind, bytes, fileName) {
  const options = { source: fileName, defaults: { mireId: data.mire.id } };
  const result =
    kind === 'candidates'
      ? importCsv('candidateRecord', bytes, options)
      : importCsv('jobOffer', bytes, options);
  // A malformed row is in `rejected` as well: list it once.
  const fileIssues = result.fileIssues.filter((issue) => issue.code !== 'malformed_row');
  const rowIssues = result.rejected.flatMap((row) => row.issues);
  let added;
  if (kind === 'candidates') {
    const records = /** @type {import('@passerelle/core').CandidateRecord[]} */ (result.records);
    data.addCandidates(records.map((record) => record.candidate));
    added = records.length;
  } else {
    const offers = /** @type {import('@passerelle/core').JobOffer[]} */ (result.records);
    const open = offers.filter((offer) => offer.status === 'open');
    data.addOffers(open);
    added = open.length;
  }
  return {
    file: fileName,
    kind,
    delimiter: result.delimiter,
    encoding: result.encoding,
    rows: result.records.length + result.rejected.length,
    accepted: result.records.length,
    rejected: result.rejected.length,
    added,
    errors: [...fileIssues, ...rowIssues].filter((issue) => issue.severity === 'error').map(issueRow),
    warnings: [...fileIssues, ...rowIssues].filter((issue) => issue.severity === 'warning').map(issueRow),
  };
}

/**
 * A sample file of each kind, as an intranet would export it (`;`, BOM): records of another Mire, so that importing
 * it adds to the lists.
 * @param {import('../demo-data.js').DemoData} data
 * @param {ImportKind} kind
 */
export function sampleCsv(data, kind) {
  const others = (/** @type {{ mireId?: string }} */ item) => item.mireId !== data.mire.id;
  return kind === 'candidates'
    ? toCsv(
        'candidateRecord',
        data.dataset.candidates.filter((record) => others(record.candidate)).slice(0, 25),
        { delimiter: ';', bom: true },
      )
    : toCsv(
        'jobOffer',
        data.dataset.offers.filter((offer) => offer.status === 'open' && others(offer)).slice(0, 10),
        { delimiter: ';', bom: true },
      );
}
