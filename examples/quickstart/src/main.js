#!/usr/bin/env node
// @ts-check
// Rank candidates for job offers read from JSON files, and say why: `node src/main.js [offers.json] [candidates.json]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, parseJsonRecords } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';

const sample = (name) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));
const [offersFile = sample('offers.json'), candidatesFile = sample('candidates.json')] =
  process.argv.slice(2);
function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file} : ${/** @type {Error} */ (error).message}`);
    process.exit(2); // an unreadable file: nothing to rank
  }
}

const offers = parseJsonRecords('jobOffer', read(offersFile), { source: offersFile });
const candidates = parseJsonRecords('candidate', read(candidatesFile), { source: candidatesFile });
for (const { fileIssues, rejected } of [offers, candidates])
  for (const issue of [...fileIssues, ...rejected.flatMap((row) => row.issues)])
    console.error(formatIssue(issue, 'fr'));

const matcher = createMatcher(); // the built-in starter taxonomy and gazetteer; pass your own ESCO and postcodes
for (const offer of offers.records) {
  const { results } = matcher.rankCandidates(offer, candidates.records, { k: 5 });
  console.log(`${offer.title} — ${offer.place.locality ?? offer.place.postalCode}`);
  for (const match of results) {
    console.log(`${match.rank}. ${match.id}  ${Math.round(match.score * 100)} %`);
    for (const reason of match.reasons?.slice(0, 3) ?? []) console.log(`     ${reason.message.fr}`);
  }
}
const rejected = [offers, candidates].some((file) => file.rejected.length + file.fileIssues.length > 0);
process.exitCode = rejected ? 1 : 0; // 1: some records were left out
