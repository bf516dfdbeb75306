import { describe, expect, it } from 'vitest';
import { loadEscoOfficial } from './load-esco-official.js';
import { mergeEscoOfficialLabels } from './merge-esco-labels.js';
import { mergeLabels } from './merge-labels.js';

// Small files in the format of the official ESCO CSV download (v1.1/v1.2 columns).
const E = 'http://data.europa.eu/esco';
const FORK = '28cb374e-6261-4133-8371-f9a5470145da';
const TELE = '8541f3ae-b599-4ffe-8603-e66dc0ee97dc';
const CLEAN = '6ff01827-d3fe-4e07-a1a7-3e2d2d3a4c8b';
const HANDLING_GROUP = 'a1b2c3d4-0000-4000-8000-000000000001';
const CARISTE = 'eeac6251-1974-42f5-91ed-513c6c883755';

const skills = [
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
  `KnowledgeSkillCompetence,${E}/skill/${FORK},skill/competence,cross-sector,operate forklift,"drive forklift\nforklift driving",,released,2023-11-30,,,${E}/concept-scheme/skills,"Operate a forklift.\nLift and move loads."`,
  `KnowledgeSkillCompetence,${E}/skill/${TELE},skill/competence,occupation-specific,use telescopic handlers,,,released,2023-11-30,,,${E}/concept-scheme/skills,Use telehandlers.`,
  `KnowledgeSkillCompetence,${E}/skill/${CLEAN},knowledge,regional,clean surfaces,"wipe surfaces\r\nsurface cleaning",,released,,,,,`,
].join('\n');

const occupations = [
  'conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code',
  `Occupation,${E}/occupation/${CARISTE},8344,forklift operator,"forklift driver\nwarehouse forklift operator",,released,2024-01-25,${E}/regulated-profession-note/x,,,${E}/concept-scheme/occupations,Forklift operators drive forklifts.,8344.1`,
].join('\n');

const skillGroups = [
  'conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,inScheme,description,code',
  `SkillGroup,${E}/isced-f/04,business administration and law,,,released,,,${E}/concept-scheme/isced-f,,04`,
  `SkillGroup,${E}/skill/${HANDLING_GROUP},operating mobile handling equipment,,,released,,,${E}/concept-scheme/skills,,S8.2`,
].join('\n');

const broaderRelations = [
  'conceptType,conceptUri,broaderType,broaderUri',
  `KnowledgeSkillCompetence,${E}/skill/${FORK},SkillGroup,${E}/skill/${HANDLING_GROUP}`,
  `KnowledgeSkillCompetence,${E}/skill/${TELE},SkillGroup,${E}/skill/${HANDLING_GROUP}`,
  `SkillGroup,${E}/skill/${HANDLING_GROUP},SkillGroup,${E}/isced-f/04`,
  `KnowledgeSkillCompetence,${E}/skill/${CLEAN},SkillGroup,${E}/skill/not-loaded`,
  `Occupation,${E}/occupation/${CARISTE},ISCOGroup,${E}/isco/C8344`,
  `KnowledgeSkillCompetence,${E}/skill/not-loaded,SkillGroup,${E}/isced-f/04`,
].join('\n');

const relations = [
  'occupationUri,relationType,skillType,skillUri',
  `${E}/occupation/${CARISTE},essential,skill/competence,${E}/skill/${FORK}`,
  `${E}/occupation/${CARISTE},optional,skill/competence,${E}/skill/${TELE}`,
  `${E}/occupation/${CARISTE},optional,knowledge,`,
].join('\n');

const iscoGroups = [
  'conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description',
  `ISCOGroup,${E}/isco/C8,8,Plant and machine operators and assemblers,released,,${E}/concept-scheme/isco,"Plant and machine operators\noperate machines."`,
  `ISCOGroup,${E}/isco/C8344,8344,Lifting truck operators,released,,${E}/concept-scheme/isco,`,
].join('\n');

const skillsFr = [
  'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
  `KnowledgeSkillCompetence,${E}/skill/${FORK},skill/competence,cross-sector,utiliser un chariot élévateur,"conduire un chariot élévateur\nclark",,released,,,,,`,
  `KnowledgeSkillCompetence,${E}/skill/ffffffff-0000-4000-8000-000000000000,skill/competence,cross-sector,compétence absente,,,released,,,,,`,
].join('\n');

const iscoFr = [
  'conceptType,conceptUri,code,preferredLabel',
  `ISCOGroup,${E}/isco/C8344,8344,Conducteurs de chariots élévateurs`,
].join('\n');

const files = {
  language: 'en' as const,
  skills,
  occupations,
  relations,
  skillGroups,
  broaderRelations,
  iscoGroups,
};

describe('loadEscoOfficial', () => {
  const { taxonomy, issues } = loadEscoOfficial(files);

  it('reads concepts, newline-separated synonyms and skill types', () => {
    expect(taxonomy.skills.map((skill) => skill.id)).toEqual([FORK, TELE, CLEAN]);
    expect(taxonomy.skill(FORK)).toMatchObject({
      uri: `${E}/skill/${FORK}`,
      skillType: 'skill',
      reuseLevel: 'cross-sector',
      labels: {
        en: { preferred: 'operate forklift', alt: ['drive forklift', 'forklift driving'] },
        fr: { alt: [] },
      },
    });
    expect(taxonomy.labels(CLEAN)?.en.alt).toEqual(['wipe surfaces', 'surface cleaning']);
    expect(taxonomy.skill(CLEAN)?.skillType).toBe('knowledge');
    expect(taxonomy.occupation(CARISTE)?.iscoGroup).toBe('8344');
  });

  it('links skills to their groups through the broader relations', () => {
    expect(taxonomy.skillGroup('isced-f:04')?.labels.en.preferred).toBe('business administration and law');
    expect(taxonomy.broader(FORK)).toEqual([HANDLING_GROUP]);
    expect(taxonomy.broader(HANDLING_GROUP)).toEqual(['isced-f:04']);
    expect(taxonomy.narrower(HANDLING_GROUP)).toEqual([FORK, TELE]);
    expect(taxonomy.relatedSkills(TELE)).toEqual([FORK]);
    expect(taxonomy.broader(CARISTE)).toEqual([]);
  });

  it('reads relations and ISCO groups', () => {
    expect(taxonomy.essentialSkills(CARISTE)).toEqual([FORK]);
    expect(taxonomy.optionalSkills(CARISTE)).toEqual([TELE]);
    expect(taxonomy.iscoLabel('8344', 'en')).toBe('Lifting truck operators');
    expect(taxonomy.iscoGroup('8')?.uri).toBe(`${E}/isco/C8`);
  });

  it('reports bad rows with file, line and column, counting lines inside quoted cells', () => {
    expect(
      issues.map((issue) => [issue.code, issue.severity, issue.source, issue.line, issue.field]),
    ).toEqual([
      ['required', 'error', 'occupationSkillRelations_en.csv', 4, 'skillUri'],
      ['unknown_reference', 'warning', 'broaderRelationsSkillPillar_en.csv', 5, 'broaderUri'],
      ['unknown_reference', 'warning', 'broaderRelationsSkillPillar_en.csv', 7, 'conceptUri'],
      // The forklift row spans lines 2–4 (two multi-line cells), so the third skill is on line 6.
      ['invalid_value', 'warning', 'skills_en.csv', 6, 'reuseLevel'],
    ]);
  });

  it('merges the labels of translations, keeping the other language', () => {
    const merged = loadEscoOfficial({
      ...files,
      translations: [{ language: 'fr', skills: skillsFr, iscoGroups: iscoFr }],
    });
    expect(merged.taxonomy.labels(FORK)).toEqual({
      fr: { preferred: 'utiliser un chariot élévateur', alt: ['conduire un chariot élévateur', 'clark'] },
      en: { preferred: 'operate forklift', alt: ['drive forklift', 'forklift driving'] },
    });
    expect(merged.taxonomy.label(TELE, 'fr')).toBe('use telescopic handlers');
    expect(merged.taxonomy.iscoLabel('8344', 'fr')).toBe('Conducteurs de chariots élévateurs');
    expect(merged.taxonomy.iscoLabel('8', 'fr')).toBe('Plant and machine operators and assemblers');
    expect(merged.taxonomy.essentialSkills(CARISTE)).toEqual([FORK]);
    const added = merged.issues.slice(issues.length);
    expect(added.map((issue) => [issue.code, issue.source, issue.line, issue.field])).toEqual([
      ['unknown_reference', 'skills_fr.csv', 4, 'conceptUri'],
    ]);
  });

  it('rejects a language it cannot hold', () => {
    expect(() => loadEscoOfficial({ ...files, language: 'de' as 'en' })).toThrow(RangeError);
  });
});

describe('mergeLabels', () => {
  const { taxonomy } = loadEscoOfficial(files);

  it('replaces only what the update gives, and warns about unknown ids and repeats', () => {
    const { taxonomy: merged, issues } = mergeLabels(taxonomy, 'en', {
      concepts: [
        { id: FORK, preferred: 'drive a forklift' },
        { id: TELE, alt: ['telehandler'] },
        { id: FORK, preferred: 'again' },
        { id: 'nope', preferred: 'x', line: 9 },
      ],
      iscoGroups: [{ code: '1', label: 'Managers' }],
    });
    expect(merged.labels(FORK)?.en).toEqual({
      preferred: 'drive a forklift',
      alt: ['drive forklift', 'forklift driving'],
    });
    expect(merged.labels(TELE)?.en).toEqual({ preferred: 'use telescopic handlers', alt: ['telehandler'] });
    expect(taxonomy.label(FORK, 'en')).toBe('operate forklift');
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path.join('.')])).toEqual([
      ['duplicate_id', 'warning', 'labels.2.id'],
      ['unknown_reference', 'warning', 'labels.3.id'],
      ['unknown_reference', 'warning', 'labels.0.code'],
    ]);
  });

  it('takes French labels of skill groups from the official files too', () => {
    const groupsFr = ['conceptUri,preferredLabel', `${E}/isced-f/04,commerce, administration et droit`].join(
      '\n',
    );
    const quoted = groupsFr.replace(
      'commerce, administration et droit',
      '"commerce, administration et droit"',
    );
    const { taxonomy: merged, issues } = mergeEscoOfficialLabels(taxonomy, {
      language: 'fr',
      skillGroups: quoted,
    });
    expect(issues).toEqual([]);
    expect(merged.label('isced-f:04', 'fr')).toBe('commerce, administration et droit');
  });
});
