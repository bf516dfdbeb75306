// B1x, B2x: B1's and B2's queries on a dataset drawn from the full ESCO taxonomy (shared data) instead of the
// built-in starter one: the generator's 971 ESCO occupations of the Mire's sectors give candidates some 6,600
// distinct skills, against 125 from the starter taxonomy, as a Mire's real files would. Each engine query beside
// the exhaustive scan of the same matcher. Run by bench/run.js in a child process (its own memory); prints one JSON
// line, or `{"skipped": reason}` when the shared data is not there. Alone: `node bench/esco-scale.js`
// (env BENCH_CANDIDATES, BENCH_QUERIES).
import { catalogueFromStarterData, createStarterGazetteer, generateDataset } from '@passerelle/core';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { createMatcher } from '@passerelle/matching';
import { pick, sameTop, timeEach } from './query-timing.js';
import { findSharedData } from './shared-data.js';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 250_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const WARMUP = 30;
const K = 20;

const escoDir = findSharedData('esco');
if (escoDir === undefined) {
  process.stdout.write(`${JSON.stringify({ skipped: 'no shared ESCO data (PASSERELLE_SHARED_DATA)' })}\n`);
  process.exit(0);
}
const { taxonomy } = await loadEscoCompactFromDirectory(escoDir);
const catalogue = catalogueFromStarterData(taxonomy, createStarterGazetteer());
const data = generateDataset({ seed: 2026, candidates: CANDIDATES, catalogue });
const candidates = data.candidates.map((record) => record.candidate);
const distinctSkills = new Set(candidates.flatMap((c) => c.skills.map((s) => s.id))).size;
const matcher = createMatcher({ taxonomy });
const candidateIndex = matcher.indexCandidates(candidates);
const offerIndex = matcher.indexOffers(data.offers);
const open = data.offers.filter((o) => o.status === 'open');

function scenario(queries, warmups, rank) {
  for (const q of warmups) rank(q, false);
  const fast = timeEach(queries, (q) => rank(q, false));
  const full = timeEach(queries, (q) => rank(q, true));
  const same = queries.filter((q) => sameTop(rank(q, false).results, rank(q, true).results)).length;
  return { fast, full, same, queries: queries.length };
}

const b1 = scenario(pick(open, QUERIES), pick(open, WARMUP, 0.5), (o, exhaustive) =>
  matcher.rankCandidates(o, candidateIndex, { k: K, explain: false, exhaustive }),
);
const b2 = scenario(pick(candidates, QUERIES), pick(candidates, WARMUP, 0.5), (c, exhaustive) =>
  matcher.rankOffers(c, offerIndex, { k: K, explain: false, exhaustive }),
);
process.stdout.write(
  `${JSON.stringify({
    candidates: candidates.length,
    offers: data.offers.length,
    occupations: catalogue.occupations.length,
    distinctSkills,
    b1,
    b2,
  })}\n`,
);
