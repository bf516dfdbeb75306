import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.js';
import { iscoAncestors } from './isco.js';
import { Taxonomy } from './taxonomy.js';
import type { TaxonomyInput } from './types.js';

// A little of everything the lookups need; every reference resolves.
const SMALL_INPUT: TaxonomyInput = {
  skillGroups: [
    {
      id: 'group:handling',
      labels: { fr: { preferred: 'manutention' }, en: { preferred: 'material handling' } },
    },
    { id: 'group:cleaning', labels: { fr: { preferred: 'nettoyage' } } },
  ],
  skills: [
    {
      id: 'forklift',
      labels: {
        fr: { preferred: 'conduire un chariot élévateur', alt: ['clark'] },
        en: { preferred: 'operate forklift' },
      },
      broader: ['group:handling'],
      skillType: 'skill',
      reuseLevel: 'cross-sector',
    },
    { id: 'reach-truck', labels: { en: { preferred: 'operate reach truck' } }, broader: ['group:handling'] },
    { id: 'pallet-truck', labels: { fr: { alt: ['transpalette'] } }, broader: ['group:handling'] },
    { id: 'clean-floors', labels: { fr: { preferred: 'laver les sols' } }, broader: ['group:cleaning'] },
    { id: 'hygiene', labels: { en: { preferred: 'hygiene' } }, skillType: 'knowledge' },
  ],
  occupations: [
    {
      id: 'cariste',
      labels: { fr: { preferred: 'cariste' }, en: { preferred: 'forklift operator' } },
      iscoGroup: '8344',
    },
    { id: 'nettoyeur', labels: { fr: { preferred: 'nettoyeur' } }, iscoGroup: '9112' },
  ],
  relations: [
    { occupationId: 'cariste', skillId: 'reach-truck', type: 'optional' },
    { occupationId: 'cariste', skillId: 'forklift', type: 'essential' },
    { occupationId: 'nettoyeur', skillId: 'clean-floors', type: 'essential' },
    { occupationId: 'nettoyeur', skillId: 'hygiene', type: 'optional' },
  ],
  iscoGroups: [
    { code: '8', labels: { fr: 'Conducteurs', en: 'Operators' } },
    { code: '8344', labels: { en: 'Lifting-truck operators' } },
    { code: '9112', labels: { fr: 'Agents d’entretien', en: 'Cleaners' } },
  ],
};

const { taxonomy, issues } = buildTaxonomy(SMALL_INPUT);

describe('Taxonomy lookups', () => {
  it('builds the small fixture, warning only about the skill without a preferred label', () => {
    expect(issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['required', 'warning', ['skills', 2, 'preferredLabel']],
    ]);
    expect([taxonomy.skillCount, taxonomy.occupationCount, taxonomy.relationCount]).toEqual([5, 2, 4]);
  });

  it('interns skills in input order', () => {
    expect(taxonomy.skills.map((skill) => skill.id)).toEqual([
      'forklift',
      'reach-truck',
      'pallet-truck',
      'clean-floors',
      'hygiene',
    ]);
    expect(taxonomy.skillIndex('clean-floors')).toBe(3);
    expect(taxonomy.skillIdAt(3)).toBe('clean-floors');
    expect(taxonomy.skillIndex('cariste')).toBeUndefined();
    expect(() => taxonomy.skillIdAt(5)).toThrow(RangeError);
    expect(() => taxonomy.occupationIdAt(-1)).toThrow(RangeError);
  });

  it('tells concepts apart by kind', () => {
    expect(taxonomy.skill('forklift')?.kind).toBe('skill');
    expect(taxonomy.occupation('forklift')).toBeUndefined();
    expect(taxonomy.occupation('cariste')?.iscoGroup).toBe('8344');
    expect(taxonomy.concept('cariste')?.kind).toBe('occupation');
    expect(taxonomy.skillGroup('group:handling')?.labels.en.preferred).toBe('material handling');
    expect(taxonomy.has('group:cleaning')).toBe(true);
    expect(taxonomy.has('nothing')).toBe(false);
  });

  it('lists essential and optional skills sorted by skill index', () => {
    expect(taxonomy.essentialSkills('cariste')).toEqual(['forklift']);
    expect(taxonomy.optionalSkills('cariste')).toEqual(['reach-truck']);
    expect([...taxonomy.essentialSkillIndexes('nettoyeur')]).toEqual([3]);
    expect([...taxonomy.optionalSkillIndexes('nettoyeur')]).toEqual([4]);
    expect(taxonomy.essentialSkills('unknown')).toEqual([]);
    expect(taxonomy.relationType('cariste', 'reach-truck')).toBe('optional');
    expect(taxonomy.relationType('cariste', 'clean-floors')).toBeUndefined();
    expect(taxonomy.occupationsWithSkill('forklift')).toEqual(['cariste']);
    expect(taxonomy.occupationsWithSkill('pallet-truck')).toEqual([]);
  });

  it('hands out copies of its typed arrays', () => {
    taxonomy.essentialSkillIndexes('cariste').fill(4);
    expect(taxonomy.essentialSkills('cariste')).toEqual(['forklift']);
  });

  it('navigates groups: broader, narrower, siblings, related skills', () => {
    expect(taxonomy.broader('forklift')).toEqual(['group:handling']);
    expect(taxonomy.narrower('group:handling')).toEqual(['forklift', 'reach-truck', 'pallet-truck']);
    expect(taxonomy.siblings('forklift')).toEqual(['reach-truck', 'pallet-truck']);
    expect(taxonomy.relatedSkills('reach-truck')).toEqual(['forklift', 'pallet-truck']);
    expect(taxonomy.relatedSkills('hygiene')).toEqual([]);
    expect(taxonomy.broader('unknown')).toEqual([]);
  });

  it('walks the ISCO hierarchy', () => {
    expect(iscoAncestors('8344')).toEqual(['834', '83', '8']);
    expect(iscoAncestors('8')).toEqual([]);
    expect(iscoAncestors('83a')).toEqual([]);
    expect(taxonomy.iscoPath('cariste')).toEqual(['8344', '834', '83', '8']);
    expect(taxonomy.iscoPath('forklift')).toEqual([]);
    expect(taxonomy.occupationsInIscoGroup('8')).toEqual(['cariste']);
    expect(taxonomy.occupationsInIscoGroup('91')).toEqual(['nettoyeur']);
    expect(taxonomy.occupationsInIscoGroup('7')).toEqual([]);
    expect(taxonomy.iscoLabel('8344', 'fr')).toBe('Lifting-truck operators');
    expect(taxonomy.iscoLabel('9112', 'fr')).toBe('Agents d’entretien');
    expect(taxonomy.iscoLabel('834', 'fr')).toBeUndefined();
  });

  it('falls back to the other language, then to a synonym, then to the id', () => {
    expect(taxonomy.localizedLabel('forklift', 'fr')).toEqual({
      text: 'conduire un chariot élévateur',
      locale: 'fr',
    });
    expect(taxonomy.localizedLabel('reach-truck', 'fr')).toEqual({
      text: 'operate reach truck',
      locale: 'en',
    });
    expect(taxonomy.localizedLabel('pallet-truck', 'en')).toEqual({ text: 'transpalette', locale: 'fr' });
    expect(taxonomy.label('group:cleaning', 'en')).toBe('nettoyage');
    expect(taxonomy.label('unknown', 'fr')).toBeUndefined();
    const bare = buildTaxonomy({ skills: [{ id: 'bare' }], occupations: [] }).taxonomy;
    expect(bare.localizedLabel('bare', 'en')).toEqual({ text: 'bare' });
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(taxonomy)).toBe(true);
    expect(Object.isFrozen(taxonomy.skills)).toBe(true);
    const skill = taxonomy.skill('forklift');
    expect(Object.isFrozen(skill)).toBe(true);
    expect(Object.isFrozen(skill?.labels.fr.alt)).toBe(true);
    expect(Object.isFrozen(taxonomy.narrower('group:handling'))).toBe(true);
  });

  it('round-trips through toData and relationColumns', () => {
    const copy = new Taxonomy(taxonomy.toData());
    expect(copy.skills).toEqual(taxonomy.skills);
    expect(copy.optionalSkills('nettoyeur')).toEqual(['hygiene']);
    const columns = new Taxonomy({ ...taxonomy.toData(), relations: taxonomy.relationColumns() });
    expect(columns.essentialSkills('cariste')).toEqual(['forklift']);
    expect(columns.relationCount).toBe(4);
  });

  it('does not share mutable input with the caller', () => {
    const data = taxonomy.toData();
    const skills = data.skills.map((skill) => ({ ...skill, broader: [...skill.broader] }));
    const copy = new Taxonomy({ ...data, skills });
    skills[0]?.broader.push('group:cleaning');
    expect(copy.broader('forklift')).toEqual(['group:handling']);
  });
});

describe('new Taxonomy on inconsistent data', () => {
  const data = taxonomy.toData();
  it('throws a RangeError on a repeated id, a dangling reference or a repeated relation', () => {
    expect(() => new Taxonomy({ ...data, occupations: [...data.occupations, data.occupations[0]!] })).toThrow(
      RangeError,
    );
    const dangling = { occupationId: 'cariste', skillId: 'nope', type: 'essential' as const };
    expect(() => new Taxonomy({ ...data, relations: [dangling] })).toThrow(/Unknown skill/);
    const twice = { occupationId: 'cariste', skillId: 'forklift', type: 'optional' as const };
    expect(() => new Taxonomy({ ...data, relations: [...(data.relations as []), twice] })).toThrow(/twice/);
    const orphan = { ...data.skills[0]!, broader: ['group:none'] };
    expect(() => new Taxonomy({ ...data, skills: [orphan], relations: [] })).toThrow(/broader/);
  });
});
