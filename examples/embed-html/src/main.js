#!/usr/bin/env node
// @ts-check
// Writes index.html the way a server-rendered intranet renders a page: one offer of the seeded synthetic data, a
// few candidates of its Mire, and the best one ranked and explained on the server.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';
import { renderPage } from './render-page.js';

export const PAGE_FILE = fileURLToPath(new URL('../index.html', import.meta.url));
/** Where the page finds the widgets, relative to it, in this repository once built. */
export const WIDGETS_SCRIPT = '../../packages/widgets/dist/passerelle-widgets.iife.js';

/**
 * The labels of the skills and occupation an offer names, as the widgets read a taxonomy: a page sends the few it
 * shows rather than the whole taxonomy.
 * @param {import('@passerelle/core').JobOffer} offer
 */
export function skillLabels(offer) {
  const taxonomy = createStarterTaxonomy();
  const concept = (/** @type {string} */ id) => {
    const labels = taxonomy.labels(id);
    return {
      id,
      labels: { fr: { preferred: labels?.fr.preferred }, en: { preferred: labels?.en.preferred } },
    };
  };
  const skills = [...(offer.requiredSkills ?? []), ...(offer.wantedSkills ?? [])].map((skill) =>
    concept(skill.id),
  );
  return { skills, occupations: offer.occupation ? [concept(offer.occupation)] : [] };
}

/** The page's data: the same on every run (fixed seed). */
export function pageData() {
  const dataset = generateDataset({ seed: 2026, candidates: 3000 });
  const offer = dataset.offers.find((o) => o.id === 'off-000486');
  if (offer === undefined)
    throw new RangeError('The sample offer off-000486 is not in the synthetic data any more.');
  const pool = dataset.candidates.map((record) => record.candidate).filter((c) => c.mireId === offer.mireId);
  const matcher = createMatcher();
  // The five best of the Mire and seven others: a pool small enough to read in the page.
  const top = matcher.rankCandidates(offer, pool, { k: 5 }).results.map((match) => match.id);
  const others = pool.filter((c) => !top.includes(c.id)).slice(0, 7);
  const candidates = [...pool.filter((c) => top.includes(c.id)), ...others].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const [best] = matcher.rankCandidates(offer, candidates, { k: 1 }).results;
  if (best === undefined) throw new RangeError('No candidate of the sample matches the offer.');
  return { offer, candidates, best, labels: skillLabels(offer), widgetsScript: WIDGETS_SCRIPT };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PAGE_FILE, renderPage(pageData()));
  process.stdout.write(`${PAGE_FILE}\n`);
}
