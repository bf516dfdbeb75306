// Title normalisation on the JobBERT validation titles (English job-board titles labelled with ESCO
// occupations): MRR@10 and recall@1/5/10 of three methods over full ESCO (French and English labels),
// run in this process: plain fuse.js, a character-3-gram TF-IDF cosine, and ours (createTitleNormalizer
// of @passerelle/matching, built). Then ours with labelled titles as extra synonyms under a 2-fold split,
// reported apart; then typo robustness with and without the fuse.js step, on synthetic typos.
//
// Run from packages/matching after `npm run build` (`npm run bench` runs it): node bench/title-normalization.js
// Options: --fuse-sample N (titles for plain fuse.js, default 3000; 0 skips it; about 2 titles/s), --sample N
// (default 3000). Writes bench/title-normalization-results.json. Figures are reported, never asserted
// (machines are noisy). The titles are split in two seeded halves: the normaliser's tuning defaults are
// chosen on the tune half only, and the held-out half shows how well they carry over (the full set mixes
// both). Shared data: ../shared/data beside the repository, or PASSERELLE_SHARED_DATA.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { machineLine } from '../../../scripts/bench-harness.mjs';
import { createFuseBaseline, createTrigramBaseline } from './title-normalization-baselines.js';
import { evaluate, seededHalves, seededSample, summarizeRanks } from './title-normalization-metrics.js';
import { createTitleNormalizer } from './title-normalization-subject.js';
import { typoRows } from './title-normalization-typos.js';

const SEED = 20250611;
const K = 10;

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at < 0 ? fallback : Number(process.argv[at + 1]);
}

// The repository root: the nearest folder at or above `from` whose package.json has workspaces.
function repositoryRoot(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).workspaces) return dir;
    if (dirname(dir) === dir) throw new Error('Run from inside the Passerelle repository.');
  }
}

function sharedData(...parts) {
  const root =
    process.env.PASSERELLE_SHARED_DATA ?? join(repositoryRoot(import.meta.dirname), '../shared/data');
  const path = join(root, ...parts);
  if (!existsSync(path)) throw new Error(`Shared data not found at ${path}: set PASSERELLE_SHARED_DATA.`);
  return path;
}

/** The rows of the validation CSV (`vacancy_title,esco_occupation_uuid`; titles may be quoted). */
function readTitles(path) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const comma = line.lastIndexOf(',');
      const raw = line.slice(0, comma);
      const title = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
      return { title, occupationId: line.slice(comma + 1).trim() };
    });
}

const percent = (value) => value.toFixed(3);
const recorded = [];
function printRow(name, titles, result, section) {
  const { mrr, recall1, recall5, recall10, titlesPerSecond } = result;
  recorded.push({ section, method: name, titles, mrr, recall1, recall5, recall10, titlesPerSecond });
  const speed =
    result.titlesPerSecond >= 100 ? result.titlesPerSecond.toFixed(0) : result.titlesPerSecond.toFixed(2);
  process.stdout.write(
    `  ${name.padEnd(46)} ${String(titles).padStart(6)}  MRR ${percent(result.mrr)}  R@1 ${percent(result.recall1)}` +
      `  R@5 ${percent(result.recall5)}  R@10 ${percent(result.recall10)}  ${speed.padStart(7)} titles/s\n`,
  );
}

function timed(build) {
  const start = performance.now();
  const value = build();
  return { value, ms: performance.now() - start };
}

const { taxonomy } = await loadEscoCompactFromDirectory(sharedData('esco'));
const rows = readTitles(sharedData('title-normalization', 'jobbert_titles_validation.csv'));
const sample = seededSample(rows, option('sample', 3000), SEED);
const fuseRows = seededSample(rows, option('fuse-sample', 3000), SEED);

const ours = timed(() => createTitleNormalizer(taxonomy));
const trigram = timed(() => createTrigramBaseline(taxonomy, K));
const rankOurs = (title) =>
  ours.value.normalizeTitle(title, { k: K, locale: 'en' }).map((m) => m.occupationId);

process.stdout.write(
  `\nTitle normalisation, JobBERT validation titles → ESCO (${taxonomy.occupationCount} occupations)\n`,
);
process.stdout.write(
  `${machineLine()}; build: ours ${ours.ms.toFixed(0)} ms, 3-gram ${trigram.ms.toFixed(0)} ms\n`,
);
process.stdout.write(`MRR@${K} (0 beyond rank ${K}); titles/s: one thread, build excluded; seed ${SEED}\n`);
// Tuning decisions are made on the tune half only; the held-out half says how well they carry over.
const [tuneRows, heldOutRows] = seededHalves(rows, SEED);
for (const [name, subset] of [
  [`all titles`, rows],
  [`tune half`, tuneRows],
  [`held-out half`, heldOutRows],
  [`seeded sample`, sample],
]) {
  process.stdout.write(`\n${name} (${subset.length} titles)\n`);
  const baseline = evaluate(subset, trigram.value);
  printRow('char-3-gram TF-IDF cosine (baseline)', subset.length, baseline, name);
  const result = evaluate(subset, rankOurs);
  printRow('ours: createTitleNormalizer, locale en', subset.length, result, name);
  const ratio = result.titlesPerSecond / baseline.titlesPerSecond;
  process.stdout.write(`  speed ours / 3-gram baseline, same run: ${ratio.toFixed(2)}×\n`);
}
if (fuseRows.length > 0) {
  const fuse = createFuseBaseline(taxonomy, K);
  process.stdout.write(
    `\nplain fuse.js over all labels: on a seeded sample only (${fuseRows.length} titles), it is slow\n`,
  );
  printRow('plain fuse.js (baseline)', fuseRows.length, evaluate(fuseRows, fuse), 'fuse.js sample');
}

// Labelled titles as extra synonyms: synonyms from one half, evaluated on the other, both ways.
process.stdout.write(
  `\nWITH EXTRA SYNONYMS — not comparable with the figures above: 2-fold split of the validation\n`,
);
process.stdout.write(`titles; each half's titles are extra synonyms while the other half is evaluated\n`);
const halves = seededHalves(rows, SEED);
const folds = halves.map((evaluated, i) => {
  const synonyms = (halves[1 - i] ?? []).map((row) => ({ ...row, locale: 'en' }));
  const normalizer = createTitleNormalizer(taxonomy, { extraSynonyms: synonyms });
  const rank = (title) => normalizer.normalizeTitle(title, { k: K, locale: 'en' }).map((m) => m.occupationId);
  const seen = new Set(synonyms.map((row) => row.title.trim().toLowerCase()));
  const repeated = evaluated.filter((row) => seen.has(row.title.trim().toLowerCase())).length;
  const result = evaluate(evaluated, rank);
  printRow(
    `ours + ${normalizer.extraSynonymCount} synonyms, fold ${i + 1}`,
    evaluated.length,
    result,
    'extra synonyms',
  );
  return { result, repeated, ignored: normalizer.ignoredSynonyms.length };
});
const ranks = folds.flatMap((fold) => fold.result.ranks);
const speed = folds.reduce((sum, fold) => sum + fold.result.titlesPerSecond, 0) / folds.length;
printRow(
  'ours + extra synonyms, both folds',
  ranks.length,
  { ...summarizeRanks(ranks), titlesPerSecond: speed },
  'extra synonyms',
);
process.stdout.write(
  `  (${folds.reduce((s, f) => s + f.repeated, 0)} evaluated titles also appear, same text, among the synonyms; ` +
    `${folds.reduce((s, f) => s + f.ignored, 0)} synonyms ignored as duplicates of labels)\n`,
);

// Typos: ESCO preferred labels with one synthetic typo, each language with its locale.
process.stdout.write(`\nSynthetic typos: short ESCO preferred labels with one typo each (seed ${SEED})\n`);
const strict = createTitleNormalizer(taxonomy, { fuzzy: false });
for (const locale of ['fr', 'en']) {
  const typos = typoRows(taxonomy, locale, SEED);
  for (const [name, normalizer] of [
    ['ours, fuzzy step on (default)', ours.value],
    ['ours, fuzzy: false', strict],
  ]) {
    const rank = (title) => normalizer.normalizeTitle(title, { k: K, locale }).map((m) => m.occupationId);
    printRow(`${locale}: ${name}`, typos.length, evaluate(typos, rank), 'typos');
  }
}

const resultsPath = join(import.meta.dirname, 'title-normalization-results.json');
const summary = {
  date: new Date().toISOString(),
  machine: machineLine(),
  seed: SEED,
  k: K,
  occupations: taxonomy.occupationCount,
  buildMs: { ours: ours.ms, trigram: trigram.ms },
  note: 'MRR@10 (0 beyond rank 10); titles/s on one thread, build excluded. Rows of section "extra synonyms" use labelled validation titles as synonyms (2-fold split) and are not comparable with the others.',
  rows: recorded,
};
writeFileSync(resultsPath, `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\nWrote ${resultsPath.slice(resultsPath.indexOf('bench'))}\n`);
