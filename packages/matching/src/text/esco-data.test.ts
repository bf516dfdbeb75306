// The normalisers on the full shared ESCO set (about 3,000 occupations and 14,000 skills). The data
// sits in `../shared/data` beside the repository, or where PASSERELLE_SHARED_DATA says; without it
// this suite fails with the remedy rather than being skipped.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Taxonomy } from '@passerelle/core';
import { loadEscoCompactFromDirectory } from '@passerelle/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSkillNormalizer, type SkillNormalizer } from './skill-normalizer.js';
import { createTitleNormalizer, type TitleNormalizer } from './title-normalizer.js';

function sharedData(...parts: string[]): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const path = join(
    process.env.PASSERELLE_SHARED_DATA ?? resolve(here, '../../../../../shared/data'),
    ...parts,
  );
  if (!existsSync(path)) {
    throw new Error(
      `Shared data not found at ${path}: place it beside the repository (../shared/data) or set PASSERELLE_SHARED_DATA.`,
    );
  }
  return path;
}

const ID = {
  softwareDeveloper: 'f2b15a0e-e65a-438a-affb-29b9d50b77d1',
  salesAssistant: '9ba74e8a-c40c-4228-9998-eb3c7a5c11df',
  cargoVehicleDriver: '45037d43-a8f5-4f46-b332-b2935bc305f4',
  forkliftOperator: 'eeac6251-1974-42f5-91ed-513c6c883755',
  nurseAssistant: '87d0795a-d41f-47ee-979f-0ab7d73836e7',
  operateForklift: '28cb374e-6261-4133-8371-f9a5470145da',
  java: '19a8293b-8e95-4de3-983f-77484079c389',
};

describe('title and skill normalisers on the full ESCO set', () => {
  let taxonomy: Taxonomy;
  let titles: TitleNormalizer;
  let skills: SkillNormalizer;

  // Loading ESCO and building both normalisers takes a few seconds, more on a busy 2-core machine.
  beforeAll(async () => {
    ({ taxonomy } = await loadEscoCompactFromDirectory(sharedData('esco')));
    titles = createTitleNormalizer(taxonomy);
    skills = createSkillNormalizer(taxonomy);
  }, 120_000);

  it('finds the occupation of everyday French and English titles', () => {
    const top = (title: string) => titles.normalizeTitle(title, { k: 1 })[0]?.occupationId;
    expect(taxonomy.occupationCount).toBeGreaterThan(3000);
    expect(top('Software Engineer')).toBe(ID.softwareDeveloper);
    expect(top('Vendeuse (H/F)')).toBe(ID.salesAssistant);
    expect(top('Chauffeur poids lourd - CDI')).toBe(ID.cargoVehicleDriver);
    expect(top('Cariste')).toBe(ID.forkliftOperator);
    expect(top('aide-soignante')).toBe(ID.nurseAssistant);
  });

  it('finds the own occupation of every preferred label at the top score', () => {
    const misses: string[] = [];
    for (const occupation of taxonomy.occupations) {
      for (const locale of ['fr', 'en'] as const) {
        const label = occupation.labels[locale].preferred;
        if (label === undefined) continue;
        const matches = titles.normalizeTitle(label, { k: 10, locale });
        const own = matches.find((match) => match.occupationId === occupation.id);
        // First, or tied first with the occupations that share the label (ESCO repeats a few).
        if (own === undefined || own.score !== matches[0]?.score) misses.push(`${locale}: ${label}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds skills from French and English phrases', () => {
    expect(skills.normalizeSkill('conduite de chariot élévateur', { k: 1 })[0]?.skillId).toBe(
      ID.operateForklift,
    );
    expect(skills.normalizeSkill('Java', { k: 1, locale: 'en' })[0]?.skillId).toBe(ID.java);
  });
});
