import { describe, expect, it } from 'vitest';
import { candidate, context } from '../../test/pairs.js';
import { SKILLS } from '../../test/starter.js';
import { projectCandidate } from './candidate-features.js';

describe('projectCandidate shares what profiles hold alike', () => {
  it('gives candidates with the same limits, languages and groups one copy of each, and others their own', () => {
    const ctx = context();
    const first = projectCandidate(candidate({ id: 'c-1' }), ctx);
    const twin = projectCandidate(candidate({ id: 'c-2' }), ctx);
    expect(twin.maxMinutes).toBe(first.maxMinutes);
    expect(twin.maxKm).toBe(first.maxKm);
    expect(twin.languages).toBe(first.languages);
    expect(twin.groups).toBe(first.groups);
    expect(twin.wantedIsco).toBe(first.wantedIsco);
    // The records' own arrays are not kept: the pool holds one copy per distinct list.
    expect(twin.wantedOccupations).toBe(first.wantedOccupations);
    const record = candidate({ id: 'c-5' });
    expect(projectCandidate(record, ctx).wantedOccupations).not.toBe(record.wantedOccupations);
    expect(first.wantedOccupations).toEqual(record.wantedOccupations);

    const other = projectCandidate(
      candidate({
        id: 'c-3',
        commute: [{ mode: 'bike', maxMinutes: 20 }],
        languages: [{ code: 'nl', level: 'B1' }],
        skills: [{ id: SKILLS.reachTruck, level: 2 }],
      }),
      ctx,
    );
    expect(other.maxMinutes).not.toBe(first.maxMinutes);
    expect(other.languages).not.toBe(first.languages);
    expect(other.languages.get('nl')).toBe(3);
    expect([...other.maxMinutes].filter((m) => !Number.isNaN(m))).toEqual([20]);
    // Reach truck and forklift share their group: the same group array, though the skills differ.
    expect(other.groups).toBe(
      projectCandidate(candidate({ id: 'c-4', skills: [{ id: SKILLS.forklift, level: 1 }] }), ctx).groups,
    );
  });

  it("shares integer lists by content: not by prefix, never the caller's scratch array", () => {
    const ctx = context();
    const scratch = new Int32Array([3, 5, 8, 0]);
    const three = ctx.sharedList(scratch, 3);
    expect([...three]).toEqual([3, 5, 8]);
    expect(three).not.toBe(scratch);
    scratch[0] = 99;
    expect(three[0]).toBe(3);
    expect(ctx.sharedList(new Int32Array([3, 5, 8]), 3)).toBe(three);
    // Same first values, other length: another list.
    expect([...ctx.sharedList(new Int32Array([3, 5, 8, 1]), 4)]).toEqual([3, 5, 8, 1]);
    expect([...ctx.sharedList(new Int32Array([3, 5]), 2)]).toEqual([3, 5]);
    expect(ctx.sharedList(new Int32Array([]), 0)).toHaveLength(0);
  });

  it('shares commute limits only when the car can be used alike', () => {
    const ctx = context();
    const commute = [{ mode: 'car' as const, maxMinutes: 30 }];
    const driver = projectCandidate(
      candidate({ id: 'c-1', commute, hasVehicle: true, licences: ['B'] }),
      ctx,
    );
    const walker = projectCandidate(candidate({ id: 'c-2', commute, hasVehicle: false, licences: [] }), ctx);
    expect(walker.maxMinutes).not.toBe(driver.maxMinutes);
    expect(Number.isNaN(walker.maxMinutes[0])).toBe(true);
    expect(driver.maxMinutes[0]).toBe(30);
  });
});
