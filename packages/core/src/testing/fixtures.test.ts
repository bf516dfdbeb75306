import { describe, expect, it } from 'vitest';
import { parseCandidateRecord, parseEmployer, parseJobOffer } from '../parse/parse-entities.js';
import { meetsLanguageLevel } from '../vocab/languages.js';
import { fixtureCandidate, fixtureCandidateRecord, fixtureEmployer, fixtureJobOffer } from './index.js';

describe('fixtures', () => {
  it('are valid records that parse to themselves', () => {
    expect(parseCandidateRecord(fixtureCandidateRecord())).toEqual({
      ok: true,
      value: fixtureCandidateRecord(),
    });
    expect(parseJobOffer(fixtureJobOffer())).toEqual({ ok: true, value: fixtureJobOffer() });
    expect(parseEmployer(fixtureEmployer())).toEqual({ ok: true, value: fixtureEmployer() });
  });

  it('are fresh on each call and take overrides', () => {
    const first = fixtureCandidate();
    first.skills.push({ id: 'sk-extra', level: 1 });
    expect(fixtureCandidate().skills).toHaveLength(3);
    expect(fixtureJobOffer({ positions: 5 }).positions).toBe(5);
  });

  it('match: the candidate meets every requirement of the offer', () => {
    const candidate = fixtureCandidate();
    const offer = fixtureJobOffer();
    for (const required of offer.requiredSkills) {
      expect(candidate.skills.find((s) => s.id === required.id)?.level).toBeGreaterThanOrEqual(
        required.minLevel,
      );
    }
    for (const language of offer.languages.filter((l) => l.required)) {
      const held = candidate.languages.find((l) => l.code === language.code);
      expect(held && meetsLanguageLevel(held.level, language.minLevel)).toBe(true);
    }
    expect(offer.schedules.every((s) => candidate.schedules.includes(s))).toBe(true);
    expect(candidate.hoursPerWeek.max).toBeGreaterThanOrEqual(offer.hoursPerWeek.min);
    expect(offer.employerId).toBe(fixtureEmployer().id);
  });
});
