// Matching benchmarks (issue scenarios B1, B2, B4, B6), on the synthetic generator's Walloon-shaped data.
// Each scenario runs the engine beside baselines in the same process and prints medians, p95, p99 and ratios.
// Run with `npm run bench` at the repository root; writes bench/results.json. Figures are reported, never asserted.
// Env: BENCH_CANDIDATES (250000), BENCH_QUERIES (200), BENCH_B4_OFFERS (5000, or "all"; 0 skips B4), BENCH_ESCO
// (0 skips B1x and B2x, which need the shared ESCO files).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStarterGazetteer, generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import { measure, printTable, summarize, writeResults } from '../../../scripts/bench-harness.mjs';
import { writeJsonLines } from './json-lines.js';
import { objectBaselineTopK } from './object-baseline.js';
import { pick, sameTop, timeEach } from './query-timing.js';
import { typedScanColumns, typedScanTopK } from './typed-scan-baseline.js';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 250_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const K = 20;
const rows = [];

// Before a timed scenario, its code runs on other queries (halfway between the timed ones), so that the figures are
// those of compiled code, as in a server that has answered a few requests, not of the first calls.
const WARMUP = 30;
const warmUp = (items, fn) => {
  for (const item of items) fn(item);
};

const t0 = performance.now();
const data = generateDataset({ seed: 2026, candidates: CANDIDATES });
const candidates = data.candidates.map((record) => record.candidate);
process.stdout.write(
  `data: ${candidates.length} candidates, ${data.offers.length} offers (${(performance.now() - t0).toFixed(0)} ms)\n`,
);
const matcher = createMatcher();

// B6: building the index, and updating one profile.
let candidateIndex;
const build = await measure(
  () => {
    candidateIndex = matcher.indexCandidates(candidates);
  },
  { runs: 3, warmup: 0 },
);
rows.push({ id: 'B6', name: `index ${candidates.length} candidates`, stats: build });
// B6i: what the issue names "import and index": a JSON Lines file of the candidates, every record checked, into an
// index; each run in a fresh process (bench/import.js), as a user's import would be. importCandidates reads the file
// on worker threads (one per core); the baseline streams it through core's readJsonLinesFile into the index on one
// thread. Runs alternate between the two, so that a drift of the machine's speed weighs on both alike.
{
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-b6i-'));
  try {
    const file = join(dir, 'candidates.jsonl');
    writeJsonLines(file, candidates);
    const run = (mode) => {
      const child = spawnSync(process.execPath, [join(import.meta.dirname, 'import.js'), file, mode], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`bench/import.js failed: ${child.stderr}`);
      return JSON.parse(child.stdout.trim());
    };
    const threaded = [];
    const single = [];
    for (let i = 0; i < 3; i++) {
      threaded.push(run('threads'));
      single.push(run('one-thread'));
    }
    const medianRun = (runs) => [...runs].sort((a, b) => a.wallMs - b.wallMs)[1];
    const [median, baseline] = [medianRun(threaded), medianRun(single)];
    const note = (r) =>
      `median run: ${(r.cpuMs / 1000).toFixed(1)} s of processor time, ${r.rejected} rejected, ` +
      `peak RSS ${r.peakRssMb.toFixed(0)} MB (a fresh process per run)`;
    rows.push({
      id: 'B6i',
      name: `import (read, check, index) ${median.candidates} candidates from JSON Lines, ${median.threads} threads`,
      stats: summarize(threaded.map((r) => r.wallMs)),
      ratios: { 'faster than one thread': baseline.wallMs / median.wallMs },
      note: note(median),
      extra: { cpuMs: median.cpuMs, peakRssMb: median.peakRssMb, threads: median.threads },
    });
    rows.push({
      id: 'B6i1',
      name: '  the same import on one thread (readJsonLinesFile into the index)',
      stats: summarize(single.map((r) => r.wallMs)),
      note: note(baseline),
      extra: { cpuMs: baseline.cpuMs, peakRssMb: baseline.peakRssMb },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const updates = pick(candidates, 500).map((c) => ({ ...c, availableFrom: '2026-02-01' }));
rows.push({
  id: 'B6u',
  name: 'update one candidate in the index',
  stats: timeEach(updates, (c) => candidateIndex.update(c)),
});

// B1: offer → top 20 of all candidates.
const offers = pick(
  data.offers.filter((o) => o.status === 'open'),
  QUERIES,
);
const openOffers = data.offers.filter((o) => o.status === 'open');
warmUp(pick(openOffers, WARMUP, 0.5), (o) => {
  matcher.rankCandidates(o, candidateIndex, { k: K, explain: false });
  matcher.rankCandidates(o, candidateIndex, { k: K });
});
const engine = timeEach(offers, (o) => matcher.rankCandidates(o, candidateIndex, { k: K, explain: false }));
const scan = timeEach(offers, (o) =>
  matcher.rankCandidates(o, candidateIndex, { k: K, explain: false, exhaustive: true }),
);
const equal = offers.filter((o) =>
  sameTop(
    matcher.rankCandidates(o, candidateIndex, { k: K, explain: false }).results,
    matcher.rankCandidates(o, candidateIndex, { k: K, explain: false, exhaustive: true }).results,
  ),
).length;
const gazetteer = createStarterGazetteer();
const objects = timeEach(offers.slice(0, 3), (o) => objectBaselineTopK(o, candidates, gazetteer, K));
const typedColumns = typedScanColumns(candidates, gazetteer);
warmUp(pick(openOffers, 5, 0.5), (o) => typedScanTopK(typedColumns, o, gazetteer, K));
const typed = timeEach(offers, (o) => typedScanTopK(typedColumns, o, gazetteer, K));
rows.push({
  id: 'B1',
  name: `offer → top ${K} of ${candidates.length} candidates`,
  stats: engine,
  ratios: {
    'faster than typed-array brute force': typed.median / engine.median,
    'faster than full scan': scan.median / engine.median,
    'faster than object scorer': objects.median / engine.median,
  },
  note: `same top-${K} as the full scan: ${equal}/${offers.length}`,
  extra: { sameAsBruteForce: equal / offers.length },
});
rows.push({ id: 'B1s', name: 'baseline: brute force, the same scorer on every candidate', stats: scan });
rows.push({ id: 'B1t', name: 'baseline: brute force over typed arrays (simpler scores)', stats: typed });
rows.push({ id: 'B1o', name: 'baseline: object-based scorer (3 queries)', stats: objects });
const explained = timeEach(offers, (o) => matcher.rankCandidates(o, candidateIndex, { k: K }));
rows.push({ id: 'B1e', name: `offer → top ${K}, with explanations`, stats: explained });

// B2: candidate → top 20 of all offers.
const offerIndex = matcher.indexOffers(data.offers);
const people = pick(candidates, QUERIES);
warmUp(pick(candidates, WARMUP, 0.5), (c) => matcher.rankOffers(c, offerIndex, { k: K, explain: false }));
const engine2 = timeEach(people, (c) => matcher.rankOffers(c, offerIndex, { k: K, explain: false }));
const scan2 = timeEach(people, (c) =>
  matcher.rankOffers(c, offerIndex, { k: K, explain: false, exhaustive: true }),
);
const equal2 = people.filter((c) =>
  sameTop(
    matcher.rankOffers(c, offerIndex, { k: K, explain: false }).results,
    matcher.rankOffers(c, offerIndex, { k: K, explain: false, exhaustive: true }).results,
  ),
).length;
rows.push({
  id: 'B2',
  name: `candidate → top ${K} of ${data.offers.length} offers`,
  stats: engine2,
  ratios: { 'faster than full scan': scan2.median / engine2.median },
  note: `same top-${K} as the full scan: ${equal2}/${people.length}`,
  extra: { sameAsBruteForce: equal2 / people.length },
});
rows.push({ id: 'B2s', name: 'baseline: brute force, the same scorer on every offer', stats: scan2 });

// B1h, B2h: the same queries with the must-have skills as a hard constraint (the default scores them instead, so
// that counsellors see what a near candidate lacks): offers then walk only their rarest required skill's lists.
{
  const strict = createMatcher({ config: { constraints: { mustHaveSkills: { mode: 'hard' } } } });
  const strictCandidates = strict.indexCandidates(candidates);
  const strictOffers = strict.indexOffers(data.offers);
  warmUp(pick(openOffers, WARMUP, 0.5), (o) =>
    strict.rankCandidates(o, strictCandidates, { k: K, explain: false }),
  );
  warmUp(pick(candidates, WARMUP, 0.5), (c) => strict.rankOffers(c, strictOffers, { k: K, explain: false }));
  const scenarios = [
    {
      id: 'B1h',
      name: `  B1 with must-have skills hard`,
      queries: offers,
      rank: (o, exhaustive) =>
        strict.rankCandidates(o, strictCandidates, { k: K, explain: false, exhaustive }),
    },
    {
      id: 'B2h',
      name: `  B2 with must-have skills hard`,
      queries: people,
      rank: (c, exhaustive) => strict.rankOffers(c, strictOffers, { k: K, explain: false, exhaustive }),
    },
  ];
  for (const { id, name, queries, rank } of scenarios) {
    const fast = timeEach(queries, (q) => rank(q, false));
    const full = timeEach(queries, (q) => rank(q, true));
    let listed = 0;
    const same = queries.filter((q) => {
      const results = rank(q, false).results;
      listed += results.length;
      return sameTop(results, rank(q, true).results);
    }).length;
    rows.push({
      id,
      name,
      stats: fast,
      ratios: { 'faster than full scan': full.median / fast.median },
      note: `same top-${K} as the full scan: ${same}/${queries.length}; ${(listed / queries.length).toFixed(1)} listed per query`,
      extra: { sameAsBruteForce: same / queries.length, fullScanMedianMs: full.median },
    });
  }
}

// B1x, B2x: the same kind of queries on data drawn from the full ESCO taxonomy, in a child process (see esco-scale.js).
if (process.env.BENCH_ESCO !== '0') {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'esco-scale.js')], {
    env: { ...process.env, BENCH_CANDIDATES: String(CANDIDATES), BENCH_QUERIES: String(QUERIES) },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench/esco-scale.js failed: ${child.stderr}`);
  const esco = JSON.parse(child.stdout.trim().split('\n').at(-1));
  if (esco.skipped !== undefined) process.stdout.write(`B1x, B2x skipped: ${esco.skipped}\n`);
  else {
    const scale = `${esco.occupations} ESCO occupations, ${esco.distinctSkills} distinct skills held`;
    for (const [id, what, result] of [
      ['B1x', `  B1 on full-ESCO data (${esco.candidates} candidates; ${scale})`, esco.b1],
      ['B2x', `  B2 on full-ESCO data (${esco.offers} offers)`, esco.b2],
    ]) {
      rows.push({
        id,
        name: what,
        stats: result.fast,
        ratios: { 'faster than full scan': result.full.median / result.fast.median },
        note: `same top-${K} as the full scan: ${result.same}/${result.queries}`,
        extra: { sameAsBruteForce: result.same / result.queries, fullScanMedianMs: result.full.median },
      });
    }
  }
}

// B4: every offer's top 20 on worker threads, in a child process so that its peak memory is its own (see bulk.js).
const b4Offers = process.env.BENCH_B4_OFFERS ?? '5000';
if (b4Offers !== '0') {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, 'bulk.js')], {
    env: { ...process.env, BENCH_B4_OFFERS: b4Offers, BENCH_CANDIDATES: String(CANDIDATES) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench/bulk.js failed: ${child.stderr}`);
  const bulk = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const projectedMs = (bulk.wallMs * data.offers.length) / bulk.ranked;
  rows.push({
    id: 'B4',
    name: `every offer's top ${K}: ${bulk.ranked} offers × ${bulk.candidates} candidates, ${bulk.threads} worker threads (ms per offer, per worker)`,
    stats: summarize(bulk.perOfferMs),
    ratios: { 'faster than one call per offer': bulk.eachWallMs / bulk.wallMs },
    note:
      `wall ${(bulk.wallMs / 1000).toFixed(1)} s with rankCandidatesForOffers (one call per offer: ` +
      `${(bulk.eachWallMs / 1000).toFixed(1)} s, the same lists for ${bulk.same}/${bulk.ranked} offers)` +
      (bulk.ranked < data.offers.length
        ? `, projected for all ${data.offers.length} offers ${(projectedMs / 1000).toFixed(0)} s`
        : '') +
      `; peak RSS ${bulk.peakRssMb.toFixed(0)} MB; each worker streams the candidates' JSON Lines file into its ` +
      `index in ${(bulk.buildMs / 1000).toFixed(1)} s (the file written before by another process, peak ${bulk.writerPeakRssMb.toFixed(0)} MB)`,
    extra: {
      offersRanked: bulk.ranked,
      threads: bulk.threads,
      wallMs: bulk.wallMs,
      oneCallPerOfferWallMs: bulk.eachWallMs,
      sameAsOneCallPerOffer: bulk.same / bulk.ranked,
      projectedAllOffersMs: projectedMs,
      peakRssMb: bulk.peakRssMb,
      writerPeakRssMb: bulk.writerPeakRssMb,
      buildMs: bulk.buildMs,
    },
  });
}

printTable(
  `@passerelle/matching benchmarks (${QUERIES} queries each; medians; ratios in the same process)`,
  rows,
);
writeResults(join(import.meta.dirname, 'results.json'), rows);
