import { describe, expect, it } from 'vitest';
import { buildTaxonomy } from './build-taxonomy.js';
import {
  createStarterTaxonomy,
  STARTER_TAXONOMY_ATTRIBUTION,
  starterTaxonomyInput,
} from './starter-taxonomy.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORKLIFT = '28cb374e-6261-4133-8371-f9a5470145da';
const REACH_TRUCK = 'starter:operate-reach-truck';
const FORKLIFT_OPERATOR = 'eeac6251-1974-42f5-91ed-513c6c883755';

describe('the starter taxonomy', () => {
  const taxonomy = createStarterTaxonomy();

  it('is built from data without a single issue', () => {
    expect(buildTaxonomy(starterTaxonomyInput()).issues).toEqual([]);
    const input = starterTaxonomyInput();
    expect(taxonomy.relationCount).toBe(input.relations?.length);
  });

  it('has the expected size', () => {
    expect([taxonomy.skillCount, taxonomy.occupationCount, taxonomy.skillGroups.length]).toEqual([
      125, 34, 17,
    ]);
    expect(taxonomy.relationCount).toBeGreaterThan(300);
  });

  it('uses ESCO UUIDs as ids, except for the two skills ESCO lacks', () => {
    const custom = taxonomy.skills.filter((skill) => !UUID.test(skill.id)).map((skill) => skill.id);
    expect(custom).toEqual([REACH_TRUCK, 'starter:operate-pallet-truck']);
    expect(taxonomy.occupations.every((occupation) => UUID.test(occupation.id))).toBe(true);
    expect(taxonomy.skillGroups.every((group) => group.id.startsWith('group:'))).toBe(true);
    expect(taxonomy.skill(FORKLIFT)?.uri).toBe(`http://data.europa.eu/esco/skill/${FORKLIFT}`);
  });

  it('labels every concept in French and English, with synonyms', () => {
    for (const concept of [...taxonomy.skills, ...taxonomy.occupations, ...taxonomy.skillGroups]) {
      expect(concept.labels.fr.preferred, concept.id).toBeTruthy();
      expect(concept.labels.en.preferred, concept.id).toBeTruthy();
    }
    for (const concept of [...taxonomy.skills, ...taxonomy.occupations]) {
      expect(concept.labels.fr.alt.length, concept.id).toBeGreaterThan(0);
      expect(concept.labels.en.alt.length, concept.id).toBeGreaterThan(0);
    }
  });

  it('puts every skill in a group, every group holds several skills, every skill serves an occupation', () => {
    for (const skill of taxonomy.skills) {
      expect(skill.broader.length, skill.id).toBeGreaterThan(0);
      expect(skill.skillType, skill.id).toBeDefined();
      expect(taxonomy.occupationsWithSkill(skill.id).length, skill.id).toBeGreaterThan(0);
    }
    for (const group of taxonomy.skillGroups)
      expect(taxonomy.narrower(group.id).length, group.id).toBeGreaterThan(1);
  });

  it('gives every occupation essential skills and a labelled ISCO path', () => {
    for (const occupation of taxonomy.occupations) {
      expect(taxonomy.essentialSkills(occupation.id).length, occupation.id).toBeGreaterThanOrEqual(3);
      const path = taxonomy.iscoPath(occupation.id);
      expect(path).toHaveLength(4);
      for (const code of path) {
        expect(taxonomy.iscoLabel(code, 'fr'), code).toBeTruthy();
        expect(taxonomy.iscoGroup(code)?.labels.en, code).toBeTruthy();
      }
    }
  });

  it('groups forklift and reach truck driving for partial credit', () => {
    expect(taxonomy.broader(REACH_TRUCK)).toEqual(['group:material-handling']);
    expect(taxonomy.label('group:material-handling', 'fr')).toBe("conduite d'engins de manutention");
    expect(taxonomy.relatedSkills(FORKLIFT)).toContain(REACH_TRUCK);
    expect(taxonomy.relationType(FORKLIFT_OPERATOR, FORKLIFT)).toBe('essential');
    expect(taxonomy.relationType(FORKLIFT_OPERATOR, REACH_TRUCK)).toBe('optional');
    expect(taxonomy.label(FORKLIFT_OPERATOR, 'fr')).toBe('cariste');
    expect(taxonomy.labels(FORKLIFT)?.fr.alt).toContain('clark');
  });

  it('is one frozen instance, credited to ESCO', () => {
    expect(createStarterTaxonomy()).toBe(taxonomy);
    expect(Object.isFrozen(taxonomy.skills[0])).toBe(true);
    expect(STARTER_TAXONOMY_ATTRIBUTION.en).toContain('© European Union');
    expect(STARTER_TAXONOMY_ATTRIBUTION.fr).toContain('© Union européenne');
  });
});
