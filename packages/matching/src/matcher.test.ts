import { describe, expect, it } from 'vitest';
import { candidate, offer } from '../test/pairs.js';
import { OCCUPATIONS, SKILLS, TAXONOMY } from '../test/starter.js';
import { createMatcher, Matcher } from './matcher.js';

const matcher = createMatcher();

describe('createMatcher', () => {
  it('uses the starter data and the default configuration unless told otherwise', () => {
    expect(matcher).toBeInstanceOf(Matcher);
    expect(matcher.config.weights.skills).toBe(0.5);
    expect(createMatcher({ config: { minScore: 0.3 } }).config.minScore).toBe(0.3);
  });

  it('throws a RangeError on an invalid configuration', () => {
    expect(() => createMatcher({ config: { weights: { skills: -0.5 } } })).toThrow(RangeError);
  });
});

describe('k', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('%s throws a RangeError both ways', (k) => {
    expect(() => matcher.rankCandidates(offer(), [candidate()], { k })).toThrow(RangeError);
    expect(() => matcher.rankOffers(candidate(), [offer()], { k })).toThrow(/k must be a positive integer/);
    expect(() => matcher.rankCandidates(offer(), [], { k })).toThrow(RangeError);
  });

  it('may exceed the pool: every profile comes back, even for the largest safe integer', () => {
    const pool = [candidate(), candidate({ id: 'cand-002' })];
    expect(matcher.rankCandidates(offer(), pool, { k: 5 }).results).toHaveLength(2);
    expect(matcher.rankCandidates(offer(), pool, { k: Number.MAX_SAFE_INTEGER }).results).toHaveLength(2);
  });

  it('defaults to 20', () => {
    const pool = Array.from({ length: 25 }, (_, i) => candidate({ id: `cand-${i}` }));
    expect(matcher.rankCandidates(offer(), pool).results).toHaveLength(20);
  });
});

describe('pools', () => {
  it('an empty pool, as a list or an index, gives no result', () => {
    for (const pool of [[], matcher.indexCandidates()]) {
      expect(matcher.rankCandidates(offer(), pool, { includeExcluded: true })).toEqual({
        results: [],
        excluded: [],
        issues: [],
        poolSize: 0,
        scored: 0,
      });
    }
    expect(matcher.rankOffers(candidate(), matcher.indexOffers()).results).toEqual([]);
  });

  it('a list and an index of the same profiles rank alike; an exhaustive ranking scores them all', () => {
    const pool = [candidate(), candidate({ id: 'cand-002', skills: [] })];
    const fromList = matcher.rankCandidates(offer(), pool, { exhaustive: true });
    expect(matcher.rankCandidates(offer(), matcher.indexCandidates(pool))).toMatchObject({
      results: fromList.results,
      poolSize: 2,
    });
    expect(fromList.scored).toBe(2);
  });

  it('leaves out results below minScore, from the options or the configuration', () => {
    const pool = [candidate(), candidate({ id: 'cand-002', skills: [] })];
    const all = matcher.rankCandidates(offer(), pool).results;
    expect(all.map((r) => r.id)).toEqual(['cand-001', 'cand-002']);
    const cut = ((all[0]?.score as number) + (all[1]?.score as number)) / 2;
    expect(matcher.rankCandidates(offer(), pool, { minScore: cut }).results.map((r) => r.id)).toEqual([
      'cand-001',
    ]);
    const strict = createMatcher({ config: { minScore: cut } });
    expect(strict.rankCandidates(offer(), pool).results.map((r) => r.id)).toEqual(['cand-001']);
  });

  it('builds no explanation when asked not to', () => {
    const [result] = matcher.rankOffers(candidate(), [offer()], { explain: false }).results;
    expect(Object.keys(result ?? {}).sort()).toEqual(['id', 'rank', 'score']);
  });
});

describe('an unknown postal code', () => {
  it('in the query gives an issue naming the field and a place_unknown reason, not a crash', () => {
    const ranking = matcher.rankOffers(candidate({ home: { postalCode: '9999' } }), [offer()]);
    expect(ranking.issues).toMatchObject([
      {
        code: 'unknown_reference',
        path: ['home', 'postalCode'],
        field: 'candidate.home.postalCode',
        value: '9999',
      },
    ]);
    const [result] = ranking.results;
    expect(result?.reasons?.find((r) => r.code === 'place_unknown')).toMatchObject({
      criterion: 'geography',
      effect: 'neutral',
      params: { side: 'candidate' },
      message: { fr: 'Lieu inconnu (domicile) : la distance n’est pas évaluée.' },
    });
    expect(result?.breakdown?.find((b) => b.criterion === 'geography')).toEqual({
      criterion: 'geography',
      value: null,
      weight: 0,
      contribution: 0,
    });
    const offerSide = matcher.rankCandidates(offer({ place: { postalCode: '9999' } }), [candidate()]);
    expect(offerSide.issues[0]).toMatchObject({
      field: 'offer.place.postalCode',
      path: ['place', 'postalCode'],
    });
    expect(offerSide.results[0]?.reasons?.find((r) => r.code === 'place_unknown')?.params).toEqual({
      side: 'offer',
    });
  });

  it('in a pool given as a list gives an issue naming the record and the field', () => {
    const ranking = matcher.rankCandidates(offer(), [candidate({ home: { postalCode: '9999' } })]);
    expect(ranking.results).toHaveLength(1);
    expect(ranking.issues).toMatchObject([{ code: 'unknown_reference', field: 'cand-001.home.postalCode' }]);
  });

  it('an unknown skill or occupation is a warning; the skill still matches exactly', () => {
    const o = offer({ requiredSkills: [{ id: 'sk-unknown', minLevel: 1 }], occupation: 'oc-unknown' });
    const ranking = matcher.rankCandidates(o, [candidate({ skills: [{ id: 'sk-unknown', level: 2 }] })]);
    expect(ranking.issues.map((i) => [i.severity, i.field])).toEqual([
      ['warning', 'offer.requiredSkills[0].id'],
      ['warning', 'offer.occupation'],
      ['warning', 'cand-001.skills[0].id'],
    ]);
    expect(ranking.results[0]?.breakdown?.[0]?.value).toBe(0.75);
  });
});

describe('an offer that lists no skill', () => {
  it("uses its occupation's essential (required) and optional (wanted) skills", () => {
    const o = offer({ requiredSkills: [], wantedSkills: [], occupation: OCCUPATIONS.forkliftOperator });
    const e = matcher.explain(candidate(), o);
    expect(e.reasons.find((r) => r.code === 'skills_from_occupation')).toMatchObject({
      effect: 'neutral',
      message: { fr: 'L’offre ne liste pas de compétences : celles du métier « cariste » sont utilisées.' },
    });
    const essential = TAXONOMY.essentialSkills(OCCUPATIONS.forkliftOperator);
    expect(essential).toHaveLength(9);
    expect(e.missingSkills).toEqual(
      essential.filter((id) => id !== SKILLS.forklift && id !== SKILLS.pickOrders),
    );
    // Required: forklift and order picking held (1 each), three related skills (0.4 each), four others: 3.2 / 9.
    // Wanted: five related (0.4 each) of six: 2 / 6. Skills: 0.75 × 3.2 / 9 + 0.25 × 2 / 6 = 0.35.
    expect(e.breakdown[0]?.value).toBeCloseTo(0.35, 12);
  });

  it('and has no known occupation: the skills criterion does not apply', () => {
    const e = matcher.explain(
      candidate(),
      offer({ requiredSkills: [], wantedSkills: [], occupation: undefined }),
    );
    expect(e.breakdown[0]).toEqual({ criterion: 'skills', value: null, weight: 0, contribution: 0 });
    expect(e.reasons.map((r) => r.code)).toContain('no_skills_asked');
  });
});

describe('guards', () => {
  it('refuses an index built by another matcher, and a minScore outside [0, 1]', () => {
    const other = createMatcher().indexCandidates([]);
    expect(() => createMatcher().rankCandidates(offer(), other)).toThrow(TypeError);
    expect(() => createMatcher().rankCandidates(offer(), [], { minScore: Number.NaN })).toThrow(RangeError);
  });
});
