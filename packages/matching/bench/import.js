// B6i: what the issue names "import and index", as a user's job does it in a fresh process: stream a JSON Lines
// file of candidates, check each record with core's parseRecord (a bad one is counted and skipped, a repeated id
// too), and index the good ones as they come, so that no record outlives its projection. Run by bench/run.js,
// one process per run so that no other scenario's data weighs on the collector; prints one JSON line. Alone:
// `node bench/import.js candidates.jsonl`.
import { parseRecord } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import { readJsonLines } from './json-lines.js';

const path = process.argv[2];
if (path === undefined) throw new Error('usage: node bench/import.js candidates.jsonl');
let rejected = 0;
const seen = new Set();
function* checked() {
  for (const { line, value } of readJsonLines(path)) {
    const result = parseRecord('candidate', value, { source: path, line });
    if (!result.ok || seen.has(result.value.id)) rejected++;
    else {
      seen.add(result.value.id);
      yield result.value;
    }
  }
}
const start = performance.now();
const cpu = process.cpuUsage();
const index = createMatcher().indexCandidates(checked());
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
