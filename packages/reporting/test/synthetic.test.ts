// The calculators on the synthetic generator's data: the generator aims at the Mire's funnel with the same
// default rules (about 81 % of entrants get a first contract, 71 % of them are in work six months later), so
// the indicators must find those shares back, and no generated record may be left out.
import { generateDataset } from '@passerelle/core';
import { describe, expect, it } from 'vitest';
import { computeFunnel } from '../src/indicators/funnel.js';
import { computeTimeToFirstContract } from '../src/indicators/time-to-first-contract.js';
import { INDICATORS } from '../src/indicators/registry.js';
import { calendarYear, dateRange } from '../src/periods/period.js';
import { prepareReportingData } from '../src/validate/prepare.js';

const dataset = generateDataset({ seed: 7, candidates: 3000 });
const data = prepareReportingData(dataset);
// Entries at least 18 months before the reference date (2026-01-01), seen on that date.
const MATURE = dateRange('2021-01-01', '2024-06-30');
const SEEN = { observedUntil: dataset.referenceDate };

describe('indicators on synthetic data', () => {
  it('leaves no generated record out', () => {
    expect(data.excluded.count).toBe(0);
    expect(data.people).toHaveLength(3000);
  });

  it('finds the generator’s share of entrants with a first contract (Kaplan–Meier)', () => {
    const curve = computeTimeToFirstContract(data, MATURE, SEEN).rows;
    const placedShare = 1 - (curve.at(-1)?.survival as number);
    expect(placedShare).toBeGreaterThan(0.74);
    expect(placedShare).toBeLessThan(0.86);
  });

  it('finds the generator’s share of first contracts in work six months later', () => {
    const [, , placed, sustained] = computeFunnel(data, MATURE, SEEN).rows;
    expect(sustained?.shareOfPrevious as number).toBeGreaterThan(0.66);
    expect(sustained?.shareOfPrevious as number).toBeLessThan(0.76);
    expect(placed?.people as number).toBeGreaterThan(1000);
  });

  it('computes every registered indicator for a year', () => {
    for (const indicator of Object.values(INDICATORS)) {
      const table = indicator.compute(data, calendarYear(2025), SEEN);
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.excluded.count).toBe(0);
    }
  });
});
