import { beforeAll, describe, expect, it } from 'vitest';
import { isEmploymentContract } from '../vocab/contract-types.js';
import { generateDataset, type SyntheticDataset } from './dataset.js';
import { defaultSyntheticCatalogue } from './settings.js';
import { SYNTHETIC_SECTORS } from './catalogue.js';

let data: SyntheticDataset;
beforeAll(() => {
  data = generateDataset({ seed: 11, candidates: 1500 });
});

const ids = <T extends { id: string }>(records: readonly T[]) => new Set(records.map((r) => r.id));

describe('a synthetic dataset hangs together', () => {
  it('points every reference at a record of the dataset', () => {
    const candidates = new Set(data.candidates.map((r) => r.candidate.id));
    const [employers, offers, contracts] = [ids(data.employers), ids(data.offers), ids(data.contracts)];
    const mires = ids(data.territories);
    expect(data.contracts.every((c) => candidates.has(c.candidateId) && employers.has(c.employerId))).toBe(
      true,
    );
    expect(data.contracts.every((c) => c.offerId === undefined || offers.has(c.offerId))).toBe(true);
    expect(
      data.offers.every(
        (o) => employers.has(o.employerId) && (o.mireId === undefined || mires.has(o.mireId)),
      ),
    ).toBe(true);
    expect(data.accompaniments.every((a) => candidates.has(a.candidateId) && mires.has(a.mireId))).toBe(true);
    expect(
      data.followUps.every((f) => candidates.has(f.candidateId) && contracts.has(f.contractId ?? '')),
    ).toBe(true);
    expect(data.candidates.every((r) => mires.has(r.candidate.mireId))).toBe(true);
  });

  it('gives unique ids to every record of a kind', () => {
    const lists: readonly (readonly { id: string }[])[] = [
      data.employers,
      data.offers,
      data.contracts,
      data.accompaniments,
      data.followUps,
    ];
    for (const records of lists) expect(ids(records).size).toBe(records.length);
    expect(new Set(data.candidates.map((r) => r.candidate.id)).size).toBe(data.candidates.length);
  });

  it('starts nothing after the reference date, and closes accompaniments with a reason', () => {
    const ref = data.referenceDate;
    expect(data.contracts.every((c) => c.start <= ref)).toBe(true);
    expect(data.followUps.every((f) => f.date <= ref)).toBe(true);
    expect(data.offers.every((o) => o.publishedOn <= ref)).toBe(true);
    expect(data.accompaniments.every((a) => a.entryDate <= ref && (a.exitDate ?? '') <= ref)).toBe(true);
    expect(data.accompaniments.every((a) => (a.exitDate === null) === (a.exitReason === undefined))).toBe(
      true,
    );
  });

  it('follows up hires only, after the contract started', () => {
    const contracts = new Map(data.contracts.map((c) => [c.id, c]));
    const wrong = data.followUps.filter((f) => {
      const contract = contracts.get(f.contractId ?? '');
      return (
        contract === undefined ||
        contract.candidateId !== f.candidateId ||
        f.date < contract.start ||
        !isEmploymentContract(contract.type)
      );
    });
    expect(wrong).toEqual([]);
    expect(data.followUps.length).toBeGreaterThan(data.candidates.length);
  });

  it('signs article 60 contracts with a CPAS, and keeps protected attributes out of profiles', () => {
    const cpas = new Set(data.employers.filter((e) => e.naceCode === '88.99').map((e) => e.id));
    expect(data.contracts.filter((c) => c.type === 'article_60').every((c) => cpas.has(c.employerId))).toBe(
      true,
    );
    for (const { candidate, protectedAttributes } of data.candidates) {
      for (const key of ['gender', 'birthDate', 'nationality', 'newcomer', 'refugee', 'disability']) {
        expect(candidate).not.toHaveProperty(key);
      }
      if (protectedAttributes) expect(protectedAttributes.candidateId).toBe(candidate.id);
    }
  });

  it('offers jobs in every sector, with skills of their occupation and Belgian contract types', () => {
    const catalogue = defaultSyntheticCatalogue();
    const occupations = new Map(catalogue.occupations.map((o) => [o.id, o]));
    const sectors = new Set(data.offers.map((o) => occupations.get(o.occupation ?? '')?.sector));
    expect([...sectors].sort()).toEqual([...SYNTHETIC_SECTORS].sort());
    for (const offer of data.offers) {
      const occupation = occupations.get(offer.occupation ?? '');
      const known = new Set([
        ...(occupation?.essentialSkillIds ?? []),
        ...(occupation?.optionalSkillIds ?? []),
      ]);
      expect([...offer.requiredSkills, ...offer.wantedSkills].every((s) => known.has(s.id))).toBe(true);
    }
    const types = new Set(data.contracts.map((c) => c.type));
    for (const type of ['cdi', 'cdd', 'temporary_agency', 'service_vouchers', 'article_60', 'pfi'] as const) {
      expect(types).toContain(type);
    }
  });

  it('schedules nights, weekends and shifts in logistics, catering and care offers', () => {
    const catalogue = defaultSyntheticCatalogue();
    const sectorOf = new Map(catalogue.occupations.map((o) => [o.id, o.sector]));
    for (const sector of ['logistics', 'catering', 'care']) {
      const offers = data.offers.filter((o) => sectorOf.get(o.occupation ?? '') === sector);
      const unusual = offers.filter((o) => o.schedules.some((s) => s !== 'day'));
      expect(unusual.length / offers.length).toBeGreaterThan(0.4);
    }
  });
});
