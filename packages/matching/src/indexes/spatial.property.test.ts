import fc from 'fast-check';
import type { Candidate, JobOffer } from '@passerelle/core';
import { arbCommute, arbCoordinates } from '@passerelle/core/testing';
import { describe, expect, it } from 'vitest';
import { candidate, offer } from '../../test/pairs.js';
import { createMatcher } from '../matcher.js';

// Pools spread over Belgium with commute limits of every kind, the commute constraint hard and the others off:
// the indexes may then skip whoever lives out of reach, and must lose no one within it.

const arbConfig = fc
  .record({ skills: fc.constantFrom(0, 1), geography: fc.constantFrom(0.1, 1) })
  .map((weights) => ({
    weights: { ...weights, occupation: 0.2, languages: 0 },
    constraints: Object.fromEntries(
      [
        'licence',
        'vehicle',
        'schedule',
        'hours',
        'contractType',
        'availability',
        'languages',
        'education',
        'workPermit',
        'mustHaveSkills',
      ].map((id) => [id, { mode: 'off' }]),
    ),
  }));

const arbPeople = fc
  .array(fc.tuple(arbCoordinates(), arbCommute(), fc.boolean()), { maxLength: 30 })
  .map((drawn) =>
    drawn.map(([coordinates, commute, driver], i): Candidate =>
      candidate({
        id: `c-${String(i).padStart(2, '0')}`,
        home: { coordinates },
        commute,
        licences: driver ? ['B'] : [],
        hasVehicle: driver,
      }),
    ),
  );

const arbJobs = fc
  .array(arbCoordinates(), { maxLength: 30 })
  .map((points) =>
    points.map((coordinates, i): JobOffer =>
      offer({ id: `o-${String(i).padStart(2, '0')}`, place: { coordinates } }),
    ),
  );

const k = fc.integer({ min: 1, max: 10 });

describe('indexes with a hard commute constraint', () => {
  it('rank candidates for an offer as the exhaustive scan does', () => {
    let skipped = 0;
    fc.assert(
      fc.property(arbPeople, arbCoordinates(), arbConfig, k, (people, workplace, config, size) => {
        const matcher = createMatcher({ config });
        const job = offer({ place: { coordinates: workplace } });
        const fast = matcher.rankCandidates(job, matcher.indexCandidates(people), { k: size });
        const full = matcher.rankCandidates(job, people, { k: size, exhaustive: true });
        expect(fast.results).toEqual(full.results);
        if (fast.scored < people.length) skipped++;
      }),
      { numRuns: 200 },
    );
    expect(skipped).toBeGreaterThan(50);
  });

  it('rank offers for a candidate as the exhaustive scan does', () => {
    let skipped = 0;
    fc.assert(
      fc.property(arbJobs, arbPeople, arbConfig, k, (jobs, people, config, size) => {
        fc.pre(people.length > 0);
        const matcher = createMatcher({ config });
        const index = matcher.indexOffers(jobs);
        for (const person of people.slice(0, 3)) {
          const fast = matcher.rankOffers(person, index, { k: size });
          const full = matcher.rankOffers(person, jobs, { k: size, exhaustive: true });
          expect(fast.results).toEqual(full.results);
          if (fast.scored < jobs.length) skipped++;
        }
      }),
      { numRuns: 150 },
    );
    expect(skipped).toBeGreaterThan(50);
  });
});
