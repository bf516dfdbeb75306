import { describe, expect, it } from 'vitest';
import { candidate, offer } from '../../test/pairs.js';
import { OCCUPATIONS, SKILLS } from '../../test/starter.js';
import { createMatcher } from '../matcher.js';

const matcher = createMatcher();
const codes = (e: { reasons: readonly { code: string }[] }) => e.reasons.map((r) => r.code);

describe('explanations', () => {
  it('of a good fit: every reason positive, no skill missing', () => {
    const e = matcher.explain(candidate(), offer());
    expect(codes(e)).toEqual([
      'skill_held',
      'skill_held',
      'occupation_wanted',
      'commute_within_limit',
      'language_ok',
    ]);
    expect(e.reasons.every((r) => r.effect === 'positive')).toBe(true);
    expect(e.reasons[0]).toMatchObject({
      criterion: 'skills',
      params: { skill: SKILLS.forklift, mustHave: 1, labelFr: 'utiliser un chariot élévateur' },
      message: { fr: 'Maîtrise « utiliser un chariot élévateur ».', en: 'Has "operate forklift".' },
    });
    expect(e.reasons[2]?.message.fr).toBe('Métier recherché par la personne : « cariste ».');
    expect(e.reasons[3]?.message.fr).toBe(
      'Trajet estimé : 46 min en transports en commun (11,4 km), limite 60 min.',
    );
    expect(e.reasons[4]?.message.fr).toBe('Langue fr : niveau langue maternelle (B1 demandé).');
    expect(e).toMatchObject({
      candidateId: 'cand-001',
      offerId: 'off-001',
      excluded: false,
      missingSkills: [],
    });
  });

  it('of a partial fit: the reasons that lower the score first, related skills counted as missing', () => {
    const e = matcher.explain(
      candidate({
        skills: [
          { id: SKILLS.reachTruck, level: 1 },
          { id: SKILLS.stackGoods, level: 1 },
        ],
        wantedOccupations: [OCCUPATIONS.orderPicker],
      }),
      offer({
        occupation: OCCUPATIONS.warehouseWorker,
        requiredSkills: [
          { id: SKILLS.forklift, minLevel: 2 },
          { id: SKILLS.pickOrders, minLevel: 3 },
          { id: SKILLS.packGoods, minLevel: 1 },
        ],
        wantedSkills: [],
      }),
    );
    expect(codes(e)).toEqual([
      'skill_related',
      'skill_related',
      'skill_missing',
      'occupation_related',
      'commute_within_limit',
      'language_ok',
    ]);
    expect(e.reasons[0]?.message.fr).toBe(
      "« utiliser un chariot élévateur » manque, mais une compétence proche est acquise (conduite d'engins de manutention).",
    );
    expect(e.reasons[2]?.message).toEqual({
      fr: 'Compétence manquante : « emballer des articles ».',
      en: 'Missing skill: "pack goods".',
    });
    expect(e.reasons[3]).toMatchObject({
      params: { group: '9333' },
      message: { fr: 'Métier proche de ceux recherchés (même groupe CITP 9333 : Manutentionnaires).' },
    });
    expect(e.missingSkills).toEqual([SKILLS.forklift, SKILLS.pickOrders, SKILLS.packGoods]);
    // Skills: (0.4 + 0.4 + 0) / 3; occupation: four ISCO digits shared, 0.7.
    expect(e.breakdown[0]?.value).toBeCloseTo(0.8 / 3, 12);
    expect(e.breakdown[1]?.value).toBe(0.7);
  });

  it('says the level held and asked for a skill below the level', () => {
    const e = matcher.explain(
      candidate({ skills: [{ id: SKILLS.forklift, level: 1 }] }),
      offer({ requiredSkills: [{ id: SKILLS.forklift, minLevel: 3 }] }),
    );
    expect(e.reasons.find((r) => r.code === 'skill_below_level')).toMatchObject({
      effect: 'negative',
      params: { held: 1, required: 3 },
      message: { fr: '« utiliser un chariot élévateur » : niveau notions, avancé demandé.' },
    });
    expect(e.missingSkills).toEqual([]); // held, if below the level
  });

  it('explains languages below the level or missing', () => {
    const e = matcher.explain(
      candidate({
        languages: [
          { code: 'fr', level: 'native' },
          { code: 'nl', level: 'A2' },
        ],
      }),
      offer({
        languages: [
          { code: 'nl', minLevel: 'B2', required: false },
          { code: 'de', minLevel: 'B1', required: false },
        ],
      }),
    );
    const messages = e.reasons.filter((r) => r.criterion === 'languages').map((r) => r.message.fr);
    expect(messages).toEqual(['Langue nl : niveau A2, B2 demandé.', 'Langue de non parlée (B1 demandé).']);
    expect(e.breakdown[3]?.value).toBe(0.125); // (0.5 × 2 / 4 + 0) / 2
  });

  it('puts the reasons that exclude first, and gives a score of 0', () => {
    const e = matcher.explain(candidate({ workPermit: 'pending' }), offer({ licences: ['C'] }));
    expect(e).toMatchObject({ excluded: true, score: 0 });
    expect(e.reasons.slice(0, 2).map((r) => [r.code, r.effect])).toEqual([
      ['work_permit_missing', 'excluded'],
      ['licence_missing', 'excluded'],
    ]);
    expect(e.excludedBy.map((r) => r.message.fr)).toEqual([
      'Pas (encore) d’autorisation de travail.',
      'Permis requis : C.',
    ]);
  });

  it('says how far the offer is for a person who gave no limit', () => {
    const e = matcher.explain(candidate({ commute: [] }), offer());
    expect(e.reasons.find((r) => r.criterion === 'geography')).toMatchObject({
      code: 'commute_distance',
      effect: 'neutral',
      message: {
        fr: 'À 8,5 km (aucune limite de trajet indiquée).',
        en: '8.5 km away (no commute limit given).',
      },
    });
  });

  it('lists a soft penalty as a negative reason and in the penalty factor', () => {
    const e = matcher.explain(candidate(), offer({ schedules: ['night', 'weekend'] }));
    expect(e.penaltyFactor).toBe(0.7);
    expect(e.reasons[0]).toMatchObject({
      code: 'schedule_not_accepted',
      effect: 'negative',
      message: {
        fr: 'Horaires non acceptés : Nuit, Week-end.',
        en: 'Schedules not accepted: Night, Weekend.',
      },
    });
  });
});
