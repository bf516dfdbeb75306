import { describe, expect, it } from 'vitest';
import { createStarterGazetteer } from '../places/starter-gazetteer.js';
import { loadEscoCompact } from '../taxonomy/load-esco-compact.js';
import { JobOfferSchema } from '../model/job-offer.js';
import { generateDataset } from './dataset.js';
import { catalogueFromStarterData } from './starter-catalogue.js';

const SKILL = 'http://data.europa.eu/esco/skill/';
const OCCUPATION = 'http://data.europa.eu/esco/occupation/';
// ESCO's French labels name both genders; this one (a real ESCO label) is 226 characters long.
const MASCULINE =
  'opérateur d’assemblage-montage des industries des cuirs, peaux et matériaux associés, hors vêtements';
const LONG = `${MASCULINE}/opératrice d’assemblage-montage des industries des cuirs, peaux et matériaux associés, hors vêtements`;
const UNBROKEN = `${'très '.repeat(45)}long`;

const { taxonomy } = loadEscoCompact({
  skills: [
    'conceptUri,skillType,reuseLevel,preferredLabel_en,altLabels_en,preferredLabel_fr,altLabels_fr',
    `${SKILL}s-sew,skill/competence,sector-specific,sew leather,,coudre le cuir,`,
    `${SKILL}s-clean,skill/competence,cross-sector,clean surfaces,,nettoyer des surfaces,`,
  ].join('\n'),
  occupations: [
    'conceptUri,iscoGroup,escoCode,preferredLabel_en,altLabels_en,preferredLabel_fr,altLabels_fr',
    `${OCCUPATION}o-leather,8156,8156.1,leather assembly operator,,"${LONG}",`,
    `${OCCUPATION}o-cleaner,9112,9112.1,cleaner,,  agent d’entretien  ,`,
    `${OCCUPATION}o-long,9112,9112.2,long,,${UNBROKEN},`,
  ].join('\n'),
  relations: [
    'occupation_uuid,relationType,skill_uuid',
    'o-leather,essential,s-sew',
    'o-cleaner,essential,s-clean',
    'o-long,essential,s-clean',
  ].join('\n'),
});

describe('catalogueFromStarterData', () => {
  const catalogue = catalogueFromStarterData(taxonomy, createStarterGazetteer());
  const label = (id: string) => catalogue.occupations.find((o) => o.id === id)?.label;

  it('keeps labels that fit an offer title, trimmed, and shortens ESCO’s longest ones to their first form', () => {
    expect(LONG.length).toBeGreaterThan(180);
    expect(label('o-cleaner')).toBe('agent d’entretien');
    expect(label('o-leather')).toBe(MASCULINE);
    const cut = label('o-long') as string;
    expect(cut.length).toBeLessThanOrEqual(180);
    expect(cut.endsWith('très…')).toBe(true);
  });

  it('gives a catalogue the generator accepts, whose offers are valid records titled after those labels', () => {
    const data = generateDataset({ seed: 7, candidates: 200, offers: 60, catalogue });
    const titles = new Set(data.offers.map((offer) => offer.title));
    expect(titles.has(`${MASCULINE} (H/F/X)`)).toBe(true);
    for (const offer of data.offers) expect(JobOfferSchema.safeParse(offer).success).toBe(true);
  });
});
