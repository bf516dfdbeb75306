import { generateDataset } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../matcher.js';
import { assign, restrictGraph } from './assign.js';
import { buildAssignmentGraph } from './from-matcher.js';
import { createAssignmentGraph } from './graph.js';

const data = generateDataset({ seed: 7, candidates: 300, offers: 80 });
const candidates = data.candidates.map((record) => record.candidate);
const offers = data.offers.filter((offer) => offer.status === 'open');
const matcher = createMatcher();
const built = buildAssignmentGraph(matcher, candidates, offers, { k: 10 });

describe("assign on the engine's lists", () => {
  it("makes only pairs the engine allows, with the engine's score", () => {
    const result = assign(built.graph, { minScore: 0.3 });
    expect(result.pairs.length).toBeGreaterThan(0);
    const byId = new Map(candidates.map((c) => [c.id, c]));
    const offerById = new Map(offers.map((o) => [o.id, o]));
    for (const pair of result.pairs) {
      const explanation = matcher.explain(byId.get(pair.candidateId)!, offerById.get(pair.offerId)!);
      expect(explanation.excluded).toBe(false);
      expect(pair.score).toBeCloseTo(explanation.score, 12);
      expect(pair.score).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('respects positions and assigns each candidate once', () => {
    const result = assign(built.graph);
    const perOffer = new Map<string, number>();
    for (const pair of result.pairs) perOffer.set(pair.offerId, (perOffer.get(pair.offerId) ?? 0) + 1);
    for (const offer of offers) expect(perOffer.get(offer.id) ?? 0).toBeLessThanOrEqual(offer.positions);
    expect(new Set(result.pairs.map((p) => p.candidateId)).size).toBe(result.pairs.length);
    expect(result.pairs.length + result.unassignedCandidates.length).toBe(candidates.length);
    const positions = offers.reduce((sum, o) => sum + o.positions, 0);
    const open = result.openPositions.reduce((sum, o) => sum + o.open, 0);
    expect(open).toBe(positions - result.pairs.length);
    expect(result.shareAssigned).toBeCloseTo(result.pairs.length / candidates.length, 12);
    expect(result.shareFilled).toBeCloseTo(result.pairs.length / positions, 12);
  });

  it('exact beats or equals greedy and stable on the total score', () => {
    const exact = assign(built.graph).totalScore;
    expect(assign(built.graph, { method: 'greedy' }).totalScore).toBeLessThanOrEqual(exact + 1e-9);
    expect(assign(built.graph, { method: 'stable' }).totalScore).toBeLessThanOrEqual(exact + 1e-9);
    const auction = assign(built.graph, { method: 'auction', relativeGap: 0.01 }).totalScore;
    expect(auction).toBeLessThanOrEqual(exact + 1e-9);
    expect(auction).toBeGreaterThanOrEqual(0.99 * exact);
  });

  it('keeps the lists it was built from, both ways', () => {
    expect(built.offersByCandidate).toHaveLength(candidates.length);
    expect(built.candidatesByOffer).toHaveLength(offers.length);
    expect(built.graph.edgeScore.length).toBeGreaterThan(0);
  });
});

describe('assign on a hand-made graph', () => {
  const graph = createAssignmentGraph({
    candidateIds: ['a', 'b', 'c'],
    offers: [
      { id: 'o1', positions: 2 },
      { id: 'o2', positions: 1 },
    ],
    pairs: [
      { candidateId: 'a', offerId: 'o1', score: 0.9 },
      { candidateId: 'a', offerId: 'o2', score: 0.8 },
      { candidateId: 'b', offerId: 'o2', score: 0.7 },
      { candidateId: 'c', offerId: 'o1', score: 0.2 },
      { candidateId: 'c', offerId: 'o1', score: 0.4 },
    ],
  });

  it('keeps the best score of a pair given twice and lists pairs by offer, best first', () => {
    const result = assign(graph);
    expect(result.pairs).toEqual([
      { candidateId: 'a', offerId: 'o1', score: 0.9 },
      { candidateId: 'c', offerId: 'o1', score: 0.4 },
      { candidateId: 'b', offerId: 'o2', score: 0.7 },
    ]);
    expect(result.totalScore).toBeCloseTo(2, 12);
    expect(result.openPositions).toEqual([]);
  });

  it('leaves positions open rather than make a pair below the minimum score', () => {
    const result = assign(graph, { minScore: 0.5 });
    expect(result.unassignedCandidates).toEqual(['c']);
    expect(result.openPositions).toEqual([{ offerId: 'o1', open: 1 }]);
    expect(restrictGraph(graph, 0.5).edgeScore.length).toBe(3);
  });

  it('rejects bad input with the remedy', () => {
    expect(() => assign(graph, { minScore: 2 })).toThrow(RangeError);
    expect(() => assign(graph, { method: 'fast' as 'exact' })).toThrow(/use exact, auction, greedy, stable/);
    expect(() => createAssignmentGraph({ candidateIds: ['a', 'a'], offers: [], pairs: [] })).toThrow(
      /given twice/,
    );
    expect(() =>
      createAssignmentGraph({
        candidateIds: ['a'],
        offers: [{ id: 'o', positions: 1 }],
        pairs: [{ candidateId: 'z', offerId: 'o', score: 1 }],
      }),
    ).toThrow(/candidate "z"/);
    expect(() =>
      createAssignmentGraph({ candidateIds: ['a'], offers: [{ id: 'o', positions: -1 }], pairs: [] }),
    ).toThrow(/non-negative integer/);
    expect(() =>
      createAssignmentGraph({
        candidateIds: ['a'],
        offers: [{ id: 'o', positions: 1 }],
        pairs: [{ candidateId: 'a', offerId: 'o', score: 1.5 }],
      }),
    ).toThrow(/between 0 and 1/);
  });
});
