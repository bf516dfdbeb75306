import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import { ID_PATTERN } from '../model/common.js';
import { buildTaxonomy } from './build-taxonomy.js';
import { CONCEPT_ID_PATTERN, type TaxonomyInput } from './types.js';

const summary = (issues: readonly Issue[]) =>
  issues.map((issue) => ({
    code: issue.code,
    severity: issue.severity,
    path: issue.path,
    value: issue.value,
  }));

const label = (en: string) => ({ en: { preferred: en } });

describe('buildTaxonomy', () => {
  it('checks concept ids with the same rule as record ids', () => {
    expect(CONCEPT_ID_PATTERN.source).toBe(ID_PATTERN.source);
    expect(CONCEPT_ID_PATTERN.flags).toBe(ID_PATTERN.flags);
  });

  it('drops invalid and repeated ids, keeping the first of a repeat', () => {
    const { taxonomy, issues } = buildTaxonomy({
      skills: [
        { id: 'a', labels: label('first a'), line: 2 },
        { id: 'bad id', labels: label('spaces') },
        { id: 'a', labels: label('second a') },
        { id: 'x'.repeat(65), labels: label('too long') },
      ],
      occupations: [{ id: 'a', labels: label('occupation a') }],
    });
    expect(taxonomy.skills.map((skill) => skill.id)).toEqual(['a']);
    expect(taxonomy.label('a', 'en')).toBe('first a');
    expect(taxonomy.occupationCount).toBe(0);
    expect(summary(issues)).toEqual([
      { code: 'invalid_id', severity: 'error', path: ['skills', 1, 'id'], value: 'bad id' },
      { code: 'duplicate_id', severity: 'error', path: ['skills', 2, 'id'], value: 'a' },
      { code: 'invalid_id', severity: 'error', path: ['skills', 3, 'id'], value: 'x'.repeat(65) },
      { code: 'duplicate_id', severity: 'error', path: ['occupations', 0, 'id'], value: 'a' },
    ]);
    expect(issues[1]?.params).toEqual({ firstLine: 2 });
  });

  it('drops relations to unknown concepts or with an unknown type, and keeps the others', () => {
    const { taxonomy, issues } = buildTaxonomy({
      skills: [{ id: 's1', labels: label('s1') }],
      occupations: [{ id: 'o1', labels: label('o1') }],
      relations: [
        { occupationId: 'o1', skillId: 's1', type: 'essential' },
        { occupationId: 'o2', skillId: 's1', type: 'essential', source: 'rel.csv', line: 3 },
        { occupationId: 'o1', skillId: 's2', type: 'optional' },
        { occupationId: 'o1', skillId: 's1', type: 'required' },
      ],
    });
    expect(taxonomy.essentialSkills('o1')).toEqual(['s1']);
    expect(taxonomy.relationCount).toBe(1);
    expect(summary(issues)).toEqual([
      { code: 'unknown_reference', severity: 'error', path: ['relations', 1, 'occupationId'], value: 'o2' },
      { code: 'unknown_reference', severity: 'error', path: ['relations', 2, 'skillId'], value: 's2' },
      { code: 'invalid_value', severity: 'error', path: ['relations', 3, 'type'], value: 'required' },
    ]);
    expect(issues[0]).toMatchObject({
      source: 'rel.csv',
      line: 3,
      field: 'occupationId',
      params: { kind: 'occupation' },
    });
  });

  it('keeps one relation per pair, essential winning, and warns about the repeats', () => {
    const { taxonomy, issues } = buildTaxonomy({
      skills: [{ id: 's1' }, { id: 's2' }],
      occupations: [{ id: 'o1' }, { id: 'o2' }],
      relations: [
        { occupationId: 'o1', skillId: 's1', type: 'optional' },
        { occupationId: 'o2', skillId: 's1', type: 'essential' },
        { occupationId: 'o1', skillId: 's1', type: 'essential' },
        { occupationId: 'o2', skillId: 's1', type: 'optional' },
        { occupationId: 'o1', skillId: 's2', type: 'optional' },
      ],
    });
    expect(taxonomy.essentialSkills('o1')).toEqual(['s1']);
    expect(taxonomy.optionalSkills('o1')).toEqual(['s2']);
    expect(taxonomy.essentialSkills('o2')).toEqual(['s1']);
    expect(taxonomy.optionalSkills('o2')).toEqual([]);
    expect(taxonomy.relationCount).toBe(3);
    const repeats = issues.filter((issue) => issue.code === 'duplicate_value');
    expect(repeats.map((issue) => [issue.severity, issue.path])).toEqual([
      ['warning', ['relations', 2, 'skillId']],
      ['warning', ['relations', 3, 'skillId']],
    ]);
  });

  it('warns about unknown broader concepts and ISCO groups, and bad enumerations, keeping the record', () => {
    const { taxonomy, issues } = buildTaxonomy({
      skillGroups: [{ id: 'g1', labels: label('group'), broader: ['g0'] }],
      skills: [
        {
          id: 's1',
          labels: label('s1'),
          broader: ['g1', 'nowhere', 'g1'],
          skillType: 'competence',
          reuseLevel: 'global',
        },
      ],
      occupations: [
        { id: 'o1', labels: label('o1'), iscoGroup: '1234' },
        { id: 'o2', labels: label('o2'), iscoGroup: '12a4' },
      ],
      iscoGroups: [{ code: '9999', labels: { en: 'other' } }],
    });
    expect(taxonomy.broader('s1')).toEqual(['g1']);
    expect(taxonomy.broader('g1')).toEqual([]);
    expect(taxonomy.skill('s1')?.skillType).toBeUndefined();
    expect(taxonomy.occupation('o1')?.iscoGroup).toBe('1234');
    expect(taxonomy.occupation('o2')?.iscoGroup).toBeUndefined();
    expect(issues.every((issue) => issue.severity === 'warning')).toBe(true);
    expect(issues.map((issue) => [issue.code, issue.path.join('.'), issue.value])).toEqual([
      ['invalid_value', 'skills.0.skillType', 'competence'],
      ['invalid_value', 'skills.0.reuseLevel', 'global'],
      ['unknown_reference', 'skills.0.broader', 'nowhere'],
      ['unknown_reference', 'occupations.0.iscoGroup', '1234'],
      ['invalid_format', 'occupations.1.iscoGroup', '12a4'],
      ['unknown_reference', 'skillGroups.0.broader', 'g0'],
    ]);
  });

  it('cleans labels: trims, collapses spaces, drops empty and repeated synonyms', () => {
    const { taxonomy } = buildTaxonomy({
      skills: [
        {
          id: 's1',
          labels: {
            fr: {
              preferred: '  poser\tdes  briques ',
              alt: ['', 'maçonner', 'maçonner ', 'poser des briques'],
            },
          },
        },
      ],
      occupations: [],
    });
    expect(taxonomy.labels('s1')?.fr).toEqual({ preferred: 'poser des briques', alt: ['maçonner'] });
    expect(taxonomy.labels('s1')?.en).toEqual({ alt: [] });
  });

  it('reports ISCO groups with bad or repeated codes and keeps the rest', () => {
    const { taxonomy, issues } = buildTaxonomy({
      skills: [],
      occupations: [],
      iscoGroups: [
        { code: '83', labels: { fr: 'Conducteurs' }, line: 2 },
        { code: '83', labels: { fr: 'bis' }, line: 3 },
        { code: 'C83', labels: { fr: 'URI code' }, line: 4 },
      ],
    });
    expect(taxonomy.iscoGroups.map((group) => group.code)).toEqual(['83']);
    expect(issues.map((issue) => [issue.code, issue.line, issue.params])).toEqual([
      ['duplicate_id', 3, { firstLine: 2 }],
      ['invalid_format', 4, { format: 'ISCO-08 (1–4 chiffres / digits)' }],
    ]);
  });

  it('names the file columns given in fieldNames', () => {
    const { issues } = buildTaxonomy(
      { skills: [], occupations: [], relations: [{ occupationId: 'o', skillId: 's', type: 'essential' }] },
      { fieldNames: { relations: { occupationId: 'occupation_uuid' } } },
    );
    expect(issues[0]?.field).toBe('occupation_uuid');
  });

  it('throws a TypeError when the input is not shaped like a TaxonomyInput', () => {
    expect(() => buildTaxonomy(null as unknown as TaxonomyInput)).toThrow(TypeError);
    expect(() => buildTaxonomy({ skills: [] } as unknown as TaxonomyInput)).toThrow(/occupations/);
    expect(() =>
      buildTaxonomy({ skills: [], occupations: [], relations: {} } as unknown as TaxonomyInput),
    ).toThrow(TypeError);
  });
});
