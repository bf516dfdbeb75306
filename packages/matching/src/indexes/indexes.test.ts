import { describe, expect, it } from 'vitest';
import { candidate, offer } from '../../test/pairs.js';
import { SKILLS } from '../../test/starter.js';
import { createMatcher } from '../matcher.js';

const matcher = createMatcher();
const ids = (ranking: { results: readonly { id: string }[] }) => ranking.results.map((r) => r.id);

describe('CandidateIndex', () => {
  it('adds, refuses a second add of the same id, updates and removes', () => {
    const index = matcher.indexCandidates([candidate()]);
    expect([index.size, index.has('cand-001'), index.has('cand-002')]).toEqual([1, true, false]);
    expect(() => index.add(candidate())).toThrow(RangeError);
    expect(() => index.add(candidate())).toThrow(/use update\(\)/);
    index.add(candidate({ id: 'cand-002', skills: [] }));
    expect(ids(matcher.rankCandidates(offer(), index))).toEqual(['cand-001', 'cand-002']);
    // cand-002 learns to drive a forklift at a higher level, cand-001 forgets it.
    index.update(
      candidate({
        id: 'cand-002',
        skills: [
          { id: SKILLS.forklift, level: 4 },
          { id: SKILLS.pickOrders, level: 4 },
        ],
      }),
    );
    index.update(candidate({ skills: [] }));
    expect(ids(matcher.rankCandidates(offer(), index))).toEqual(['cand-002', 'cand-001']);
    expect(index.remove('cand-002')).toBe(true);
    expect(index.remove('cand-002')).toBe(false);
    expect([index.size, ids(matcher.rankCandidates(offer(), index))]).toEqual([1, ['cand-001']]);
    index.update(candidate({ id: 'cand-003' })); // update adds when absent
    expect(index.size).toBe(2);
  });

  it('refuses a list that names the same id twice, naming it', () => {
    const twice = [candidate(), candidate({ id: 'cand-002' }), candidate({ skills: [] })];
    expect(() => matcher.indexCandidates(twice)).toThrow(/"cand-001" is already indexed/);
    expect(() => matcher.indexOffers([offer(), offer()])).toThrow(RangeError);
  });

  it('reports the issues of its profiles, each naming the record and the field', () => {
    const index = matcher.indexCandidates([
      candidate({ home: { postalCode: '9999' } }),
      candidate({ id: 'cand-002', skills: [{ id: 'sk-unknown', level: 1 }] }),
      candidate({ id: 'cand-003' }),
    ]);
    expect(index.issues().map((i) => [i.code, i.severity, i.field])).toEqual([
      ['unknown_reference', 'error', 'cand-001.home.postalCode'],
      ['unknown_reference', 'warning', 'cand-002.skills[0].id'],
    ]);
    index.remove('cand-001');
    expect(index.issues()).toHaveLength(1);
  });
});

describe('OfferIndex', () => {
  it('keeps offers current for repeated queries', () => {
    const index = matcher.indexOffers([
      offer(),
      offer({ id: 'off-002', requiredSkills: [{ id: SKILLS.packGoods, minLevel: 1 }] }),
    ]);
    expect(ids(matcher.rankOffers(candidate(), index))).toEqual(['off-001', 'off-002']);
    index.update(
      offer({ id: 'off-001', requiredSkills: [{ id: SKILLS.packGoods, minLevel: 4 }], wantedSkills: [] }),
    );
    expect(ids(matcher.rankOffers(candidate(), index))).toEqual(['off-002', 'off-001']);
    expect(index.remove('off-001')).toBe(true);
    expect(ids(matcher.rankOffers(candidate(), index))).toEqual(['off-002']);
    expect(() => index.add(offer({ id: 'off-002' }))).toThrow(RangeError);
  });
});
