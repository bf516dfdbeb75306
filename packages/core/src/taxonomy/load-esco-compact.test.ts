import { describe, expect, it } from 'vitest';
import { escoIdFromUri } from './esco-fields.js';
import { loadEscoCompact } from './load-esco-compact.js';

const SKILL = 'http://data.europa.eu/esco/skill/';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/';

const skills = [
  'conceptUri,skillType,reuseLevel,preferredLabel_en,altLabels_en,preferredLabel_fr,altLabels_fr,en_label_source,source',
  `${SKILL}s-forklift,skill/competence,cross-sector,operate forklift,drive forklift|forklift driving,utiliser un chariot élévateur,,esco-1.2.0,esco-1.0`,
  `${SKILL}s-ict,,,ICT safety,ICT protection,,,esco-1.2.0,esco-1.2.0-collections`,
  `,knowledge,sector-specific,no uri,,sans URI,,esco-1.0-en-us,esco-1.0`,
  `${SKILL}s-wood,skill/competence knowledge,cross-sector,types of wood materials,,types de bois,,esco-1.0-en-us,esco-1.0`,
  `${SKILL}s-short,knowledge,sector-specific`,
].join('\n');

const occupations = [
  'conceptUri,iscoGroup,escoCode,preferredLabel_en,altLabels_en,preferredLabel_fr,altLabels_fr,status,source',
  `${OCCUPATION}o-cariste,8344,8344.1,forklift operator,forklift driver,cariste,cariste manutentionnaire|clarkiste,released,esco-1.2.0+fr-1.0`,
  `${OCCUPATION}o-new,2511,2511.9,data engineer,,,,released,esco-1.2.0`,
  `${OCCUPATION}o-bad,83x4,,bad isco,,code ISCO faux,,released,esco-1.2.0`,
].join('\r\n');

const relations = [
  'occupation_uuid,relationType,skill_uuid',
  'o-cariste,essential,s-forklift',
  'o-cariste,optional,s-ict',
  'o-cariste,essential,s-unknown',
  'o-new,required,s-ict',
  'o-new,optional,s-wood',
].join('\n');

const iscoGroups = [
  'code,conceptUri,preferredLabel_en,preferredLabel_fr',
  '8,http://data.europa.eu/esco/isco/C8,Plant and machine operators,Conducteurs',
  '8344,http://data.europa.eu/esco/isco/C8344,Lifting-truck operators,Conducteurs de chariots élévateurs',
].join('\n');

describe('escoIdFromUri', () => {
  it('takes the UUID of skills and occupations and joins other schemes', () => {
    expect(escoIdFromUri(`${SKILL}0005c151-5b5a-4a66-8aac-60e734beb1ab`)).toBe(
      '0005c151-5b5a-4a66-8aac-60e734beb1ab',
    );
    expect(escoIdFromUri(` ${OCCUPATION}abc `)).toBe('abc');
    expect(escoIdFromUri('http://data.europa.eu/esco/isced-f/0613')).toBe('isced-f:0613');
    expect(escoIdFromUri('0005c151-5b5a')).toBe('0005c151-5b5a');
    expect(escoIdFromUri('')).toBe('');
  });
});

describe('loadEscoCompact', () => {
  const { taxonomy, issues } = loadEscoCompact({ skills, occupations, relations, iscoGroups });

  it('keeps the good rows, with ESCO UUIDs as ids and URIs kept', () => {
    expect(taxonomy.skills.map((skill) => skill.id)).toEqual(['s-forklift', 's-ict', 's-wood']);
    expect(taxonomy.occupations.map((occupation) => occupation.id)).toEqual(['o-cariste', 'o-new', 'o-bad']);
    expect(taxonomy.skill('s-forklift')).toMatchObject({
      uri: `${SKILL}s-forklift`,
      skillType: 'skill',
      reuseLevel: 'cross-sector',
      labels: {
        fr: { preferred: 'utiliser un chariot élévateur', alt: [] },
        en: { preferred: 'operate forklift', alt: ['drive forklift', 'forklift driving'] },
      },
    });
    expect(taxonomy.occupation('o-cariste')?.labels.fr.alt).toEqual([
      'cariste manutentionnaire',
      'clarkiste',
    ]);
    expect(taxonomy.essentialSkills('o-cariste')).toEqual(['s-forklift']);
    expect(taxonomy.optionalSkills('o-new')).toEqual(['s-wood']);
    expect(taxonomy.iscoLabel('8344', 'fr')).toBe('Conducteurs de chariots élévateurs');
    expect(taxonomy.label('o-new', 'fr')).toBe('data engineer');
  });

  it('reports each bad row with its file, line and column', () => {
    const where = issues.map((issue) => [issue.code, issue.severity, issue.source, issue.line, issue.field]);
    expect(where).toEqual([
      ['required', 'error', 'skills.csv', 4, 'conceptUri'],
      ['invalid_value', 'warning', 'skills.csv', 5, 'skillType'],
      ['malformed_row', 'error', 'skills.csv', 6, undefined],
      ['unknown_reference', 'warning', 'occupations.csv', 3, 'iscoGroup'],
      ['invalid_format', 'warning', 'occupations.csv', 4, 'iscoGroup'],
      ['unknown_reference', 'error', 'occupation_skill_relations.csv', 4, 'skill_uuid'],
      ['invalid_value', 'error', 'occupation_skill_relations.csv', 5, 'relationType'],
    ]);
  });

  it('uses the file names it is given', () => {
    const named = loadEscoCompact(
      { skills, occupations, relations },
      { sources: { skills: 'esco/skills.csv' } },
    );
    expect(named.issues[0]?.source).toBe('esco/skills.csv');
    expect(named.taxonomy.iscoGroups).toEqual([]);
  });
});
