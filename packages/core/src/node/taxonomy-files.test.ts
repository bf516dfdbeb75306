import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedData } from '../../test/shared-data.js';
import type { TaxonomyResult } from '../taxonomy/build-taxonomy.js';
import { createStarterTaxonomy } from '../taxonomy/starter-taxonomy.js';
import { loadEscoCompactFromDirectory, loadEscoOfficialFromDirectory } from './taxonomy-files.js';

const TECHNICAL_DIRECTOR = '00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const ICT_SAFETY = '426ceaba-6867-481c-bb6b-aee3933da7d2'; // new in ESCO 1.2: no French label

describe('loadEscoCompactFromDirectory on the whole shared ESCO set', () => {
  let result: TaxonomyResult;
  beforeAll(async () => {
    result = await loadEscoCompactFromDirectory(sharedData('esco'));
  });

  it('loads every skill, occupation and ISCO group of the README', () => {
    const { taxonomy } = result;
    expect([taxonomy.skillCount, taxonomy.occupationCount, taxonomy.iscoGroups.length]).toEqual([
      13925, 3044, 619,
    ]);
  });

  it('accounts for all 123,417 relations: 16 pairs listed both essential and optional keep essential', () => {
    const { taxonomy, issues } = result;
    const repeats = issues.filter((issue) => issue.code === 'duplicate_value');
    expect(repeats).toHaveLength(16);
    expect(taxonomy.relationCount + repeats.length).toBe(123417);
    let essential = 0;
    for (const occupation of taxonomy.occupations)
      essential += taxonomy.essentialSkillIndexes(occupation.id).length;
    expect(essential).toBe(64858);
    expect(taxonomy.relationCount - essential).toBe(58559 - 16);
  });

  it('reports only the repeats and the one skill typed "skill/competence knowledge"', () => {
    const others = result.issues.filter((issue) => issue.code !== 'duplicate_value');
    expect(others.map((issue) => [issue.code, issue.source, issue.field, issue.value])).toEqual([
      ['invalid_value', 'skills.csv', 'skillType', 'skill/competence knowledge'],
    ]);
  });

  it('reads known entries', () => {
    const { taxonomy } = result;
    const director = taxonomy.occupation(TECHNICAL_DIRECTOR);
    expect(director?.iscoGroup).toBe('2654');
    expect(director?.labels.fr.preferred).toBe('directeur technique/directrice technique');
    expect(taxonomy.label(TECHNICAL_DIRECTOR, 'en')).toBe('technical director');
    expect(taxonomy.iscoPath(TECHNICAL_DIRECTOR)).toEqual(['2654', '265', '26', '2']);
    expect(taxonomy.occupationsInIscoGroup('2654')).toContain(TECHNICAL_DIRECTOR);
    expect(taxonomy.essentialSkills(TECHNICAL_DIRECTOR)).toContain('05bc7677-5a64-4e0c-ade3-0140348d4125');
  });

  it('falls back to English where ESCO has no French label', () => {
    const { taxonomy } = result;
    const noFrench = (concepts: readonly { labels: { fr: { preferred?: string } } }[]) =>
      concepts.filter((concept) => concept.labels.fr.preferred === undefined).length;
    expect(noFrench(taxonomy.occupations)).toBe(102);
    expect(noFrench(taxonomy.skills)).toBe(440);
    expect(taxonomy.localizedLabel(ICT_SAFETY, 'fr')).toEqual({ text: 'ICT safety', locale: 'en' });
  });

  it('holds every concept of the starter taxonomy, with the same ISCO groups', () => {
    const { taxonomy } = result;
    const starter = createStarterTaxonomy();
    for (const skill of starter.skills) {
      if (skill.id.startsWith('starter:')) continue;
      expect(taxonomy.skill(skill.id)?.labels.en.preferred, skill.id).toBe(skill.labels.en.preferred);
    }
    for (const occupation of starter.occupations) {
      expect(taxonomy.occupation(occupation.id)?.iscoGroup, occupation.id).toBe(occupation.iscoGroup);
    }
  });
});

describe('reading taxonomy files from a folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'passerelle-taxonomy-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads UTF-8 with a byte-order mark, and does without the optional ISCO file', async () => {
    const bom = '\uFEFF';
    await writeFile(join(dir, 'skills.csv'), `${bom}conceptUri,preferredLabel_fr\ns1,élinguer une charge\n`);
    await writeFile(
      join(dir, 'occupations.csv'),
      `${bom}conceptUri,iscoGroup,preferredLabel_en\no1,8344,rigger\n`,
    );
    await writeFile(
      join(dir, 'occupation_skill_relations.csv'),
      'occupation_uuid,relationType,skill_uuid\no1,essential,s1\n',
    );
    const { taxonomy, issues } = await loadEscoCompactFromDirectory(dir);
    expect(issues).toEqual([]);
    expect(taxonomy.label('s1', 'fr')).toBe('élinguer une charge');
    expect(taxonomy.essentialSkills('o1')).toEqual(['s1']);
  });

  it('rejects, naming the file, when a required file is missing', async () => {
    await expect(loadEscoCompactFromDirectory(join(dir, 'nowhere'))).rejects.toThrow(/occupations\.csv/);
  });

  it('loads an official download with the label files of another language', async () => {
    const E = 'http://data.europa.eu/esco';
    const header = 'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels';
    await writeFile(
      join(dir, 'skills_en.csv'),
      `${header}\nKnowledgeSkillCompetence,${E}/skill/s1,knowledge,transversal,hygiene,"health\nsafety"\n`,
    );
    await writeFile(
      join(dir, 'skills_fr.csv'),
      `${header}\nKnowledgeSkillCompetence,${E}/skill/s1,knowledge,transversal,hygiène,\n`,
    );
    await writeFile(
      join(dir, 'occupations_en.csv'),
      `conceptType,conceptUri,iscoGroup,preferredLabel\nOccupation,${E}/occupation/o1,9112,cleaner\n`,
    );
    await writeFile(
      join(dir, 'occupationSkillRelations_en.csv'),
      `occupationUri,relationType,skillType,skillUri\n${E}/occupation/o1,optional,knowledge,${E}/skill/s1\n`,
    );
    const { taxonomy, issues } = await loadEscoOfficialFromDirectory(dir, 'en', { translations: ['fr'] });
    expect(issues).toEqual([]);
    expect(taxonomy.labels('s1')).toEqual({
      fr: { preferred: 'hygiène', alt: [] },
      en: { preferred: 'hygiene', alt: ['health', 'safety'] },
    });
    expect(taxonomy.optionalSkills('o1')).toEqual(['s1']);
    expect(taxonomy.label('o1', 'fr')).toBe('cleaner');
  });
});
