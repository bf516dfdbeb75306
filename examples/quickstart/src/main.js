#!/usr/bin/env node
// @ts-check
// `npm start`: the built-in synthetic data written as an intranet's CSV exports, imported back through the
// validating importer, and summarised; or the user's own files validated, each rejected row reported.
import { parseArgs } from 'node:util';
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { generateDataset, formatIssue, importCsv } from '@passerelle/core';
import { importCsvFile } from '@passerelle/core/node';
import { TEXTS } from './texts.js';
import { summarize } from './summary.js';
import { writeDemoFiles, withTypicalMistakes } from './demo-files.js';

const USER_FILE_KINDS = {
  candidates: 'candidateRecord',
  offers: 'jobOffer',
  employers: 'employer',
  contracts: 'contract',
  accompaniments: 'accompaniment',
};

const out = (line = '') => process.stdout.write(`${line}\n`);

function counts(result) {
  const warnings = result.fileIssues.filter((i) => i.severity === 'warning').length;
  return {
    rows: result.records.length + result.rejected.length,
    accepted: result.records.length,
    rejected: result.rejected.length,
    warnings,
  };
}

function printRejected(result, lang, t, limit = 20) {
  const issues = [
    ...result.fileIssues.filter((issue) => issue.code !== 'malformed_row'),
    ...result.rejected.flatMap((row) => row.issues),
  ];
  if (issues.length === 0) return out(`  ${t.noRows}`);
  for (const issue of issues.slice(0, limit)) out(`  ${formatIssue(issue, lang)}`);
  if (issues.length > limit) out(`  … (+${issues.length - limit})`);
}

async function validateUserFiles(values, lang, t) {
  let rejected = 0;
  for (const [option, kind] of Object.entries(USER_FILE_KINDS)) {
    const path = values[option];
    if (typeof path !== 'string') continue;
    out(t.yourFile(basename(path)));
    const result = await importCsvFile(/** @type {any} */ (kind), resolve(path));
    out(t.file(basename(path), counts(result)));
    printRejected(result, lang, t, 200);
    rejected += result.rejected.length;
  }
  return rejected > 0 ? 1 : 0;
}

async function runDemo(values, lang, t) {
  const seed = Number(values.seed ?? 2026);
  const size = Number(values.size ?? 1200);
  const dir =
    typeof values.out === 'string' ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'passerelle-'));
  mkdirSync(dir, { recursive: true });
  const dataset = generateDataset({ seed, candidates: size });
  const files = writeDemoFiles(dataset, dir);
  out(
    t.generated(
      {
        seed,
        candidates: dataset.candidates.length,
        offers: dataset.offers.length,
        employers: dataset.employers.length,
      },
      dir,
    ),
  );
  out();
  out(t.imported);
  const imported = {};
  for (const file of files) {
    const result = await importCsvFile(/** @type {any} */ (file.kind), join(dir, file.name));
    imported[file.kind] = result.records;
    out(t.file(file.name, counts(result)));
  }
  printSummary(
    summarize(
      {
        candidates: imported.candidateRecord,
        offers: imported.jobOffer,
        contracts: imported.contract,
        accompaniments: imported.accompaniment,
      },
      dataset.referenceDate,
    ),
    lang,
    t,
  );
  out();
  out(t.mistakes);
  const mangled = withTypicalMistakes(readFileSync(join(dir, 'candidats.csv'), 'utf8'));
  writeFileSync(join(dir, 'candidats-avec-erreurs.csv'), mangled);
  const result = importCsv('candidateRecord', mangled, { source: 'candidats-avec-erreurs.csv' });
  out(t.file('candidats-avec-erreurs.csv', counts(result)));
  printRejected(result, lang, t);
  return 0;
}

function printSummary(s, lang, t) {
  out();
  out(t.summary);
  out(`  ${t.perMire}: ${s.perMire.map(([mire, n]) => `${mire} ${n}`).join(', ')}`);
  for (const [label, n] of [
    [t.noCess, s.noCess],
    [t.longTerm, s.longTerm],
    [t.youth, s.youth],
    [t.licenceB, s.licenceB],
    [t.firstContract, s.hired],
  ]) {
    out(`  ${String(n).padStart(6)}  ${s.percent(n, s.total).padStart(7)}  ${label}`);
  }
  out(`  ${t.offersBy}:`);
  for (const [type, n] of s.offersByType) out(`  ${String(n).padStart(6)}  ${s.contractLabel(type)[lang]}`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      candidates: { type: 'string' },
      offers: { type: 'string' },
      employers: { type: 'string' },
      contracts: { type: 'string' },
      accompaniments: { type: 'string' },
      lang: { type: 'string', default: 'fr' },
      seed: { type: 'string' },
      size: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const lang = values.lang === 'en' ? 'en' : 'fr';
  const t = TEXTS[lang];
  if (values.help) {
    out(t.usage);
    return 0;
  }
  out(t.title);
  out();
  const hasUserFiles = Object.keys(USER_FILE_KINDS).some((option) => typeof values[option] === 'string');
  return hasUserFiles ? validateUserFiles(values, lang, t) : runDemo(values, lang, t);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
