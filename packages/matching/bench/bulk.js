// B4: every offer's top 20 over all candidates, on worker threads (one per core), each worker holding its own
// index and ranking a shard of the offers. Run by bench/run.js in a child process, so that its peak memory is its
// own; prints one JSON line. Alone: `node bench/bulk.js` (env BENCH_CANDIDATES, BENCH_B4_OFFERS = a count or "all").
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';

const K = 20;

if (isMainThread) {
  const candidates = Number(process.env.BENCH_CANDIDATES ?? 250_000);
  const wanted = process.env.BENCH_B4_OFFERS ?? 'all';
  const threads = availableParallelism();
  const message = (worker, type) =>
    new Promise((resolve, reject) => {
      const onMessage = (data) => {
        if (data.type !== type) return;
        worker.off('message', onMessage);
        resolve(data);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  // Each worker builds its index first, one after the other so that the peaks of generating the data do not add
  // up; the clock runs from the signal to go until the last shard is done.
  const workers = [];
  const ready = [];
  for (let shard = 0; shard < threads; shard++) {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { candidates, wanted, shard, threads },
    });
    workers.push(worker);
    ready.push(await message(worker, 'ready'));
  }
  const start = performance.now();
  const finished = workers.map((w) => message(w, 'done'));
  for (const w of workers) w.postMessage('go');
  const done = await Promise.all(finished);
  const wallMs = performance.now() - start;
  await Promise.all(workers.map((w) => w.terminate()));
  const ranked = done.reduce((sum, d) => sum + d.ranked, 0);
  const perQuery = done.flatMap((d) => d.times);
  process.stdout.write(
    `${JSON.stringify({
      threads,
      candidates,
      offers: ready[0].offers,
      ranked,
      wallMs,
      buildMs: Math.max(...ready.map((r) => r.buildMs)),
      perQuery,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
} else {
  const { candidates: size, wanted, shard, threads } = workerData;
  const start = performance.now();
  const matcher = createMatcher();
  // Only the offers and the index are kept: the candidate records, contracts, follow-ups and the rest go.
  const { index, allOffers } = (() => {
    const data = generateDataset({ seed: 2026, candidates: size });
    return {
      index: matcher.indexCandidates(data.candidates.map((record) => record.candidate)),
      allOffers: data.offers,
    };
  })();
  const count = wanted === 'all' ? allOffers.length : Math.min(Number(wanted), allOffers.length);
  const offers = allOffers.slice(0, count).filter((_, i) => i % threads === shard);
  parentPort.postMessage({ type: 'ready', offers: count, buildMs: performance.now() - start });
  parentPort.once('message', () => {
    const times = [];
    for (const offer of offers) {
      const t = performance.now();
      matcher.rankCandidates(offer, index, { k: K, explain: false });
      times.push(performance.now() - t);
    }
    parentPort.postMessage({ type: 'done', ranked: offers.length, times });
  });
}
