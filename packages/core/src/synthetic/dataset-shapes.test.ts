import { beforeAll, describe, expect, it } from 'vitest';
import type { Contract } from '../model/contract.js';
import { isEmploymentContract } from '../vocab/contract-types.js';
import { dayOfIso } from './calendar.js';
import { generateDataset, type SyntheticDataset } from './dataset.js';

// Shares are measured on 6,000 candidates: with that many, each tolerance below is several standard
// errors wide (a share near 0.5 has a standard error of about 0.0065), so the test does not flicker
// between seeds yet fails when a shape is wrong.
const N = 6000;
let data: SyntheticDataset;
let entryOf: Map<string, number>;

// The entry that counts is each person's latest (a few had an earlier accompaniment).
function latestEntries(dataset: SyntheticDataset): Map<string, number> {
  const entries = new Map<string, number>();
  for (const a of dataset.accompaniments) {
    const day = dayOfIso(a.entryDate);
    if (day > (entries.get(a.candidateId) ?? -Infinity)) entries.set(a.candidateId, day);
  }
  return entries;
}

beforeAll(() => {
  data = generateDataset({ seed: 'shapes', candidates: N });
  entryOf = latestEntries(data);
});

const shareOf = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;
const profiles = () => data.candidates.map((record) => record.candidate);
const attributes = () => data.candidates.flatMap((record) => record.protectedAttributes ?? []);

describe('synthetic candidates look like the Mire public', () => {
  it('are mostly without the CESS: about 62% below ISCED 3, about 73% without the CESS', () => {
    expect(shareOf(profiles(), (c) => c.education.isced <= 2)).toBeGreaterThan(0.55);
    expect(shareOf(profiles(), (c) => c.education.isced <= 2)).toBeLessThan(0.7);
    const withoutCess = shareOf(profiles(), (c) => c.education.isced <= 2 || c.education.diploma === 'cq6');
    expect(withoutCess).toBeGreaterThan(0.65);
  });

  it('have been out of work long: about 70% for 12 months or more at entry, about 41% for 24', () => {
    const known = profiles().filter((c) => c.unemployedSince !== undefined);
    const months = (c: (typeof known)[number]) =>
      ((entryOf.get(c.id) as number) - dayOfIso(c.unemployedSince as string)) / 30.44;
    expect(shareOf(known, (c) => months(c) >= 12)).toBeGreaterThan(0.62);
    expect(shareOf(known, (c) => months(c) >= 12)).toBeLessThan(0.78);
    expect(shareOf(known, (c) => months(c) >= 24)).toBeGreaterThan(0.34);
    expect(shareOf(known, (c) => months(c) >= 24)).toBeLessThan(0.48);
  });

  it('include about 10% of under-25s in the Youth Guarantee, none holding more than the CESS', () => {
    const young = data.candidates.filter((r) => r.candidate.programmes.includes('youth_guarantee'));
    expect(young.length / N).toBeGreaterThan(0.07);
    expect(young.length / N).toBeLessThan(0.13);
    for (const { candidate, protectedAttributes } of young) {
      expect(candidate.education.isced).toBeLessThanOrEqual(3);
      if (protectedAttributes?.birthDate === undefined) continue;
      const age = ((entryOf.get(candidate.id) as number) - dayOfIso(protectedAttributes.birthDate)) / 365.25;
      expect(age).toBeLessThan(25);
    }
  });

  it('include about 12% of newcomers, who mostly learn French and speak another native language', () => {
    const newcomers = data.candidates.filter((r) => r.protectedAttributes?.newcomer === 'yes');
    expect(shareOf(attributes(), (p) => p.newcomer === 'yes')).toBeGreaterThan(0.09);
    expect(shareOf(attributes(), (p) => p.newcomer === 'yes')).toBeLessThan(0.15);
    const learning = (r: (typeof newcomers)[number]) =>
      r.candidate.languages.some((l) => l.code === 'fr' && ['A1', 'A2', 'B1'].includes(l.level));
    expect(shareOf(newcomers, learning)).toBeGreaterThan(0.6);
    const others = data.candidates.filter((r) => r.protectedAttributes?.newcomer === 'no');
    const frenchNative = (r: (typeof others)[number]) =>
      r.candidate.languages.some((l) => l.code === 'fr' && l.level === 'native');
    expect(shareOf(others, frenchNative)).toBe(1);
  });

  it('hold licence B for about two thirds, and a vehicle less often (never without a licence)', () => {
    const licensed = shareOf(profiles(), (c) => c.licences.includes('B'));
    expect(licensed).toBeGreaterThan(0.6);
    expect(licensed).toBeLessThan(0.72);
    expect(shareOf(profiles(), (c) => c.hasVehicle)).toBeLessThan(licensed - 0.1);
    expect(profiles().every((c) => !c.hasVehicle || c.licences.includes('B'))).toBe(true);
    expect(profiles().every((c) => c.hasVehicle === c.commute.some((limit) => limit.mode === 'car'))).toBe(
      true,
    );
  });

  it('mostly live in their Mire territory', () => {
    const territory = new Map(data.territories.map((t) => [t.id, new Set(t.communes)]));
    const inside = shareOf(profiles(), (c) => territory.get(c.mireId)?.has(c.home.nisCode ?? '') === true);
    expect(inside).toBeGreaterThan(0.9);
  });
});

/** Candidates whose accompaniment began at least 18 months before the reference date. */
function matureIds(dataset: SyntheticDataset): string[] {
  const entries = latestEntries(dataset);
  const limit = dayOfIso(dataset.referenceDate) - 548;
  return dataset.candidates.map((r) => r.candidate.id).filter((id) => (entries.get(id) as number) <= limit);
}

/**
 * DOMAIN.md defaults, written independently of the generator: the first paid contract starting on or
 * after entry; in work six months later when spells chained with gaps ≤ 31 days cover ≥ 183 days.
 */
function funnel(dataset: SyntheticDataset, ids: readonly string[]) {
  const reference = dayOfIso(dataset.referenceDate);
  const entries = latestEntries(dataset);
  const paid = new Map<string, Contract[]>();
  for (const c of dataset.contracts) {
    if (isEmploymentContract(c.type)) paid.set(c.candidateId, [...(paid.get(c.candidateId) ?? []), c]);
  }
  let first = 0;
  let durable = 0;
  for (const id of ids) {
    const spells = (paid.get(id) ?? [])
      .map((c) => ({
        start: dayOfIso(c.start),
        end: Math.min(reference, c.end === null ? reference : dayOfIso(c.end)),
      }))
      .filter((s) => s.start >= (entries.get(id) as number) && s.start <= reference)
      .sort((a, b) => a.start - b.start);
    const [head, ...rest] = spells;
    if (head === undefined) continue;
    first++;
    let { end } = head;
    let covered = end - head.start + 1;
    for (const s of rest) {
      if (s.start - end - 1 > 31) break;
      covered += Math.max(0, s.end - Math.max(s.start, end + 1) + 1);
      end = Math.max(end, s.end);
    }
    if (covered >= 183) durable++;
  }
  return { first: first / ids.length, durable: durable / first };
}

describe('synthetic careers follow the Mire funnel', () => {
  it('gives ~81% a first contract and keeps ~71% of those in work six months later (entries ≥ 18 months old)', () => {
    const { first, durable } = funnel(data, matureIds(data));
    expect(first).toBeGreaterThan(0.77);
    expect(first).toBeLessThan(0.86);
    expect(durable).toBeGreaterThan(0.66);
    expect(durable).toBeLessThan(0.76);
  });

  it('obeys the rates it is given, 0 and 1 included', () => {
    const none = generateDataset({ seed: 3, candidates: 400, rates: { firstContract: 0 } });
    expect(none.accompaniments.filter((a) => a.exitReason === 'employment')).toEqual([]);
    expect(none.followUps).toEqual([]);
    expect(
      funnel(
        none,
        none.candidates.map((r) => r.candidate.id),
      ).first,
    ).toBe(0);
    const all = generateDataset({
      seed: 3,
      candidates: 400,
      rates: { firstContract: 1, inWorkAfterSixMonths: 1 },
    });
    expect(matureIds(all).length).toBeGreaterThan(200);
    expect(funnel(all, matureIds(all))).toEqual({ first: 1, durable: 1 });
  });
});
