import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateEdges, Relaxation } from './transport-setup.js';
import { arbGraph } from './instances.test-support.js';
import { offersOfEdges } from './solution.js';

describe('Relaxation', () => {
  it('takes ω = 2 / (1 + √(1 − κ)) from a damping κ below 1', () => {
    // κ = 0.96: √0.04 = 0.2, ω = 2 / 1.2.
    expect(new Relaxation(0.96).omega).toBeCloseTo(2 / 1.2, 12);
    expect(new Relaxation(0.75).omega).toBeCloseTo(2 / 1.5, 12);
  });

  it('estimates the rate from 20 plain iterations when the damping is 1', () => {
    const relaxation = new Relaxation(1);
    for (let i = 1; i <= 19; i++) {
      relaxation.observe(0.91 ** i);
      expect(relaxation.omega).toBe(1);
    }
    relaxation.observe(0.91 ** 20);
    // Rate 0.91: √0.09 = 0.3, ω = 2 / 1.3.
    expect(relaxation.omega).toBeCloseTo(2 / 1.3, 9);
  });

  it('stays plain when the plain iterations do not converge', () => {
    const relaxation = new Relaxation(1);
    for (let i = 1; i <= 20; i++) relaxation.observe(1);
    expect(relaxation.omega).toBe(1);
  });

  it('falls back to plain iterations when relaxed ones stop improving or blow up', () => {
    const stalled = new Relaxation(0.9);
    stalled.observe(0.5);
    for (let i = 0; i < 100; i++) stalled.observe(0.6);
    expect(stalled.omega).toBeGreaterThan(1);
    stalled.observe(0.6);
    expect(stalled.omega).toBe(1);
    const exploding = new Relaxation(0.9);
    exploding.observe(1e-3);
    exploding.observe(2);
    expect(exploding.omega).toBe(1);
    const failing = new Relaxation(0.9);
    failing.observe(Number.NaN);
    expect(failing.omega).toBe(1);
  });
});

describe('candidateEdges', () => {
  it("lists each edge once under its candidate, by increasing offer, with the edge's offer", () => {
    fc.assert(
      fc.property(arbGraph(8, 5, 0.7), (graph) => {
        const { start, edge, offer } = candidateEdges(graph);
        const offerOf = offersOfEdges(graph);
        expect(Array.from(edge).sort((a, b) => a - b)).toEqual(Array.from(offerOf, (_, e) => e));
        graph.candidateIds.forEach((_, c) => {
          for (let i = start[c] as number; i < (start[c + 1] as number); i++) {
            expect(graph.edgeCandidate[edge[i] as number]).toBe(c);
            expect(offer[i]).toBe(offerOf[edge[i] as number]);
            if (i > (start[c] as number)) expect(offer[i]).toBeGreaterThan(offer[i - 1] as number);
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});
