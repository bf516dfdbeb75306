import { createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher, REASON_CODES, type Reason } from '@passerelle/matching';
import { describe, expect, it } from 'vitest';
import { reasonSentence } from './reasons.js';

// Reasons as the engine gives them, over a seeded pool with hard constraints soft (so that every kind shows).
const data = generateDataset({ seed: 9, candidates: 400 });
const soft = { mode: 'soft' } as const;
const matcher = createMatcher({
  taxonomy: createStarterTaxonomy(),
  config: {
    constraints: {
      commute: soft,
      licence: soft,
      vehicle: soft,
      languages: soft,
      workPermit: soft,
      mustHaveSkills: soft,
    },
  },
});
const reasons: Reason[] = data.offers
  .slice(0, 15)
  .flatMap((offer) =>
    data.candidates.slice(0, 60).flatMap((record) => matcher.explain(record.candidate, offer).reasons),
  );

describe('reasons in Dutch and German', () => {
  it('are written for many codes seen in real explanations, with every parameter filled in', () => {
    const seen = new Set(reasons.map((r) => r.code));
    expect(seen.size).toBeGreaterThan(REASON_CODES.length / 2);
    for (const reason of reasons) {
      for (const locale of ['nl', 'de'] as const) {
        const sentence = reasonSentence(reason, locale);
        expect(sentence, `${reason.code} ${locale}`).not.toMatch(/undefined|NaN|\$\{|„”|„“/);
        expect(sentence).not.toBe(reason.message.en);
      }
    }
  });

  it('keeps the engine’s own French and English sentences', () => {
    const reason = reasons[0]!;
    expect(reasonSentence(reason, 'fr')).toBe(reason.message.fr);
    expect(reasonSentence(reason, 'en')).toBe(reason.message.en);
  });

  it('writes a known sentence from its parameters', () => {
    const reason: Reason = {
      code: 'commute_within_limit',
      criterion: 'geography',
      effect: 'positive',
      params: { mode: 'bike', minutes: 25, km: 6.5, limit: '30 min' },
      message: { fr: '', en: '' },
    };
    expect(reasonSentence(reason, 'nl')).toBe(
      'Geschatte verplaatsing: 25 min met de fiets (6,5 km), grens 30 min.',
    );
    expect(reasonSentence(reason, 'de')).toBe(
      'Geschätzter Arbeitsweg: 25 Min. mit dem Fahrrad (6,5 km), Grenze 30 min.',
    );
  });
});
