// B6i: what the issue names "import and index", as a user's job does it in a fresh process: core's
// readJsonLinesFile streams a JSON Lines file of candidates, checking each record (a bad line is reported and
// skipped), and the index takes the good ones as they come, so that no record outlives its projection. Run by
// bench/run.js, one process per run so that no other scenario's data weighs on the collector; prints one JSON
// line. Alone: `node bench/import.js candidates.jsonl`.
import { readJsonLinesFile } from '@passerelle/core/node';
import { createMatcher } from '@passerelle/matching';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: node bench/import.js candidates.jsonl');
let rejected = 0;
const start = performance.now();
const cpu = process.cpuUsage();
const index = createMatcher().indexCandidates(
  readJsonLinesFile('candidate', path, { onRejected: () => rejected++ }),
);
const used = process.cpuUsage(cpu);
process.stdout.write(
  `${JSON.stringify({
    candidates: index.size,
    rejected,
    wallMs: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
