// Core benchmarks: taxonomy load, gazetteer load, bulk validation, CSV import, synthetic generation, bulk
// validation at regional scale.
// Each scenario runs beside a baseline in the same process (the floor the work cannot go below: parsing the
// same text with papaparse alone, or validating with the bare zod schema) and prints medians and ratios.
// Run with `npm run bench` from the repository root. Figures are reported, never asserted.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import {
  CandidateRecordSchema,
  CandidateSchema,
  generateDataset,
  importCsv,
  loadBePostcodesCsv,
  loadEscoCompact,
  parseMany,
  toCsv,
  buildTaxonomy,
  starterTaxonomyInput,
} from '@passerelle/core';
import { measure, printTable, summarize, writeResults } from '../../../scripts/bench-harness.mjs';

const here = import.meta.dirname;
const shared = process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../shared/data');
const read = (...parts) => readFileSync(join(shared, ...parts), 'utf8');
const papaOnly = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
const rows = [];

// Taxonomy: full compact ESCO from text in memory.
const esco = {
  occupations: read('esco', 'occupations.csv'),
  skills: read('esco', 'skills.csv'),
  relations: read('esco', 'occupation_skill_relations.csv'),
  iscoGroups: read('esco', 'isco_groups.csv'),
};
const papaEsco = await measure(() => Object.values(esco).forEach(papaOnly), { runs: 7 });
const loadEsco = await measure(() => loadEscoCompact(esco), { runs: 7 });
rows.push({
  id: 'C1',
  name: 'load full ESCO (13.9k skills, 123k relations)',
  stats: loadEsco,
  ratios: { 'vs papaparse alone': loadEsco.median / papaEsco.median },
});
rows.push({ id: 'C1b', name: 'baseline: papaparse alone on the same files', stats: papaEsco });
rows.push({
  id: 'C2',
  name: 'build the starter taxonomy',
  stats: await measure(() => buildTaxonomy(starterTaxonomyInput()), { runs: 21 }),
});

// Gazetteer: all Belgian postal codes.
const postcodes = read('be-postcodes', 'be_postcodes.csv');
const papaPost = await measure(() => papaOnly(postcodes), { runs: 11 });
const loadPost = await measure(() => loadBePostcodesCsv(postcodes), { runs: 11 });
rows.push({
  id: 'C3',
  name: 'load be_postcodes.csv (2,781 rows)',
  stats: loadPost,
  ratios: { 'vs papaparse alone': loadPost.median / papaPost.median },
});

// Bulk validation and CSV import of 10,000 candidates.
const dataset = generateDataset({ seed: 7, candidates: 10_000 });
const json = JSON.parse(JSON.stringify(dataset.candidates));
const bareZod = await measure(() => json.forEach((r) => CandidateRecordSchema.safeParse(r)), { runs: 7 });
const bulk = await measure(() => parseMany('candidateRecord', json), { runs: 7 });
rows.push({
  id: 'C4',
  name: 'parseMany 10,000 candidate records',
  stats: bulk,
  ratios: { 'vs bare zod': bulk.median / bareZod.median },
  note: `${Math.round(10_000 / (bulk.median / 1000))} records/s`,
});
const csv = toCsv('candidateRecord', dataset.candidates, { delimiter: ';' });
const papaCsv = await measure(() => papaOnly(csv), { runs: 7 });
const imported = await measure(() => importCsv('candidateRecord', csv), { runs: 7 });
rows.push({
  id: 'C5',
  name: 'importCsv 10,000 candidates (;)',
  stats: imported,
  ratios: { 'vs papaparse alone': imported.median / papaCsv.median },
  note: `${Math.round(10_000 / (imported.median / 1000))} rows/s`,
});

// Synthetic generation at regional scale (in a block, so that the dataset can be collected afterwards).
{
  const before = process.memoryUsage().heapUsed;
  let big;
  const synth = await measure(
    () => {
      big = generateDataset({ seed: 1, candidates: 250_000 });
    },
    { runs: 3, warmup: 1 },
  );
  const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  rows.push({
    id: 'C6',
    name: 'generateDataset 250,000 candidates',
    stats: synth,
    note: `${big.contracts.length} contracts, heap +${heapMb.toFixed(0)} MB`,
  });
}

// Bulk validation at regional scale, as the matching benchmark's B6i imports them: 250,000 candidates read back
// from JSON, parseMany (fast path, zod for the records it is not sure of) against zod alone on each record.
// Runs alternate between the two so that both see the same load; CPU time is noted too (the machine may be shared).
const regional = JSON.parse(
  JSON.stringify(generateDataset({ seed: 2026, candidates: 250_000 }).candidates.map((r) => r.candidate)),
);
const timed = (fn) => {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
};
const bulkRuns = { parseMany: [], zod: [] };
let regionalResult;
for (let run = 0; run < 4; run += 1) {
  const many = timed(() => {
    regionalResult = parseMany('candidate', regional);
  });
  const zod = timed(() => regional.forEach((r) => CandidateSchema.safeParse(r)));
  // The first run of each warms up.
  if (run > 0) {
    bulkRuns.parseMany.push(many);
    bulkRuns.zod.push(zod);
  }
}
const statsOf = (runs, key) => summarize(runs.map((r) => r[key]));
const manyWall = statsOf(bulkRuns.parseMany, 'wall');
const zodWall = statsOf(bulkRuns.zod, 'wall');
const manyCpu = statsOf(bulkRuns.parseMany, 'cpu');
const zodCpu = statsOf(bulkRuns.zod, 'cpu');
rows.push({
  id: 'C7',
  name: 'parseMany 250,000 candidates (JSON, seed 2026)',
  stats: manyWall,
  ratios: {
    'vs zod alone': manyWall.median / zodWall.median,
    'CPU vs zod alone': manyCpu.median / zodCpu.median,
  },
  note: `${((manyWall.median * 1000) / regional.length).toFixed(2)} µs/record, CPU ${manyCpu.median.toFixed(0)} ms, ${regionalResult.rejected.length} rejected`,
});
rows.push({
  id: 'C7b',
  name: 'baseline: CandidateSchema.safeParse on each',
  stats: zodWall,
  note: `${((zodWall.median * 1000) / regional.length).toFixed(2)} µs/record, CPU ${zodCpu.median.toFixed(0)} ms`,
});

printTable('@passerelle/core benchmarks (medians; ratios against a baseline run in the same process)', rows);
writeResults(join(here, 'results.json'), rows);
