// B4: every offer's top 20 over all candidates, on worker threads (one per core), each worker holding its own
// index and ranking a shard of the offers. The data is first written by a separate process, as a user's export
// would be (candidates as JSON Lines, offers as JSON); each worker then streams the candidates from the file into
// its index through core's readJsonLinesFile (records checked), so that no record outlives its projection. Run by
// bench/run.js in a child process, so that its peak memory is its own; prints one JSON line. Alone:
// `node bench/bulk.js` (env BENCH_CANDIDATES, BENCH_B4_OFFERS = a count or "all").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { generateDataset } from '@passerelle/core';
import { readJsonLinesFile } from '@passerelle/core/node';
import { createMatcher } from '@passerelle/matching';
import { writeJsonLines } from './json-lines.js';

const K = 20;
const CANDIDATES_FILE = 'candidates.jsonl';
const OFFERS_FILE = 'offers.json';

/** Writes the synthetic data into a folder, as files a user would give; prints this process's peak RSS. */
function writeData(dir) {
  const size = Number(process.env.BENCH_CANDIDATES ?? 250_000);
  const wanted = process.env.BENCH_B4_OFFERS ?? 'all';
  const data = generateDataset({ seed: 2026, candidates: size });
  const count = wanted === 'all' ? data.offers.length : Math.min(Number(wanted), data.offers.length);
  writeJsonLines(
    join(dir, CANDIDATES_FILE),
    data.candidates.map((record) => record.candidate),
  );
  writeFileSync(join(dir, OFFERS_FILE), JSON.stringify(data.offers.slice(0, count)));
  process.stdout.write(
    `${JSON.stringify({ candidates: data.candidates.length, offers: count, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

function message(worker, type) {
  return new Promise((resolve, reject) => {
    const onMessage = (data) => {
      if (data.type !== type) return;
      worker.off('message', onMessage);
      resolve(data);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

async function runJob() {
  const threads = availableParallelism();
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-b4-'));
  try {
    const writer = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--write', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (writer.status !== 0) throw new Error(`writing the B4 data failed: ${writer.stderr}`);
    const written = JSON.parse(writer.stdout.trim());
    // The workers build their indexes side by side; the clock runs from the signal to go until the last shard is done.
    const workers = Array.from(
      { length: threads },
      (_, shard) => new Worker(new URL(import.meta.url), { workerData: { dir, shard, threads } }),
    );
    const ready = await Promise.all(workers.map((w) => message(w, 'ready')));
    const finished = workers.map((w) => message(w, 'done'));
    for (const w of workers) w.postMessage('go');
    const done = await Promise.all(finished);
    await Promise.all(workers.map((w) => w.terminate()));
    // The workers start together and rank side by side: the job's time is the slowest shard's.
    process.stdout.write(
      `${JSON.stringify({
        threads,
        candidates: ready[0].candidates,
        offers: written.offers,
        ranked: done.reduce((sum, d) => sum + d.ranked, 0),
        same: done.reduce((sum, d) => sum + d.same, 0),
        wallMs: Math.max(...done.map((d) => d.bulkMs)),
        eachWallMs: Math.max(...done.map((d) => d.eachMs)),
        perOfferMs: done.map((d) => d.bulkMs / d.ranked),
        buildMs: Math.max(...ready.map((r) => r.buildMs)),
        peakRssMb: process.resourceUsage().maxRSS / 1024,
        writerPeakRssMb: written.peakRssMb,
      })}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function runWorker() {
  const { dir, shard, threads } = workerData;
  const start = performance.now();
  const matcher = createMatcher();
  const index = matcher.indexCandidates(readJsonLinesFile('candidate', join(dir, CANDIDATES_FILE)));
  const offers = JSON.parse(readFileSync(join(dir, OFFERS_FILE), 'utf8')).filter(
    (_, i) => i % threads === shard,
  );
  parentPort.postMessage({ type: 'ready', candidates: index.size, buildMs: performance.now() - start });
  parentPort.once('message', () => {
    // A few queries first, untimed, so that both ways below run compiled code.
    for (const offer of offers.slice(0, 50)) matcher.rankCandidates(offer, index, { k: K, explain: false });
    // The library's bulk call (offers visited in the spatial order of their places), then the baseline: the same
    // offers one call each, in the order given.
    let start = performance.now();
    const rankings = matcher.rankCandidatesForOffers(offers, index, { k: K, explain: false });
    const bulkMs = performance.now() - start;
    start = performance.now();
    const each = offers.map((offer) => matcher.rankCandidates(offer, index, { k: K, explain: false }));
    const eachMs = performance.now() - start;
    // Compared after the clock stops: the baseline's time is the ranking's only.
    const same = each.filter(
      (ranking, i) => JSON.stringify(ranking.results) === JSON.stringify(rankings[i].results),
    ).length;
    parentPort.postMessage({ type: 'done', ranked: offers.length, bulkMs, eachMs, same });
  });
}

if (!isMainThread) runWorker();
else if (process.argv[2] === '--write') writeData(process.argv[3]);
else await runJob();
