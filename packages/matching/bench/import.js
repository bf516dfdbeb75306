// B6i: what the issue names "import and index", as a user's job does it in a fresh process: a JSON Lines file of
// candidates, every record checked (a bad line is reported and skipped), into an index. Two ways, run by
// bench/run.js one process per run, so that no other scenario's data weighs on the collector; prints one JSON line.
// - `threads` (default): importCandidates, the file read on worker threads (one per core);
// - `one-thread`: core's readJsonLinesFile streamed into matcher.indexCandidates on this thread (the baseline).
// Alone: `node bench/import.js candidates.jsonl [threads|one-thread]`.
import { readJsonLinesFile } from '@passerelle/core/node';
import { createMatcher } from '@passerelle/matching';
import { importCandidates } from '@passerelle/matching/node';

const [path, mode = 'threads'] = process.argv.slice(2);
if (path === undefined || !['threads', 'one-thread'].includes(mode))
  throw new Error('usage: node bench/import.js candidates.jsonl [threads|one-thread]');
let rejected = 0;
const onRejected = () => rejected++;
const start = performance.now();
const cpu = process.cpuUsage();
const { index, threads } =
  mode === 'threads'
    ? await importCandidates(createMatcher(), path, { onRejected })
    : {
        index: createMatcher().indexCandidates(readJsonLinesFile('candidate', path, { onRejected })),
        threads: 1,
      };
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    candidates: index.size,
    rejected,
    threads,
    wallMs: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
