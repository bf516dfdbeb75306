// fast-check arbitraries of small, messy reporting inputs: a few people with several accompaniments (some
// overlapping, then left out) and contracts of any type around 2023–2026, and periods over the same years.
import type { Accompaniment, CandidateRecord, Contract, Gender } from '@passerelle/core';
import { CONTRACT_TYPES, GENDERS } from '@passerelle/core';
import fc from 'fast-check';
import { dayOf, isoOfDay } from '../src/internal/days.js';
import { dateRange } from '../src/periods/period.js';
import type { Period } from '../src/periods/period.js';
import type { ReportingInput } from '../src/validate/prepare.js';
import { accompaniment, contract, person } from './builders.js';

const FIRST = dayOf('2023-01-01') as number;
const LAST = dayOf('2026-12-31') as number;

const arbSpell = fc.record({
  start: fc.integer({ min: FIRST, max: LAST }),
  length: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
});

const arbPerson = fc.record({
  gender: fc.option(fc.constantFrom<Gender>(...GENDERS), { nil: undefined }),
  birthYear: fc.option(fc.integer({ min: 1955, max: 2010 }), { nil: undefined }),
  isced: fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8 as const),
  mireId: fc.constantFrom('mirec', 'mirena', 'mirelux'),
  accompaniments: fc.array(arbSpell, { maxLength: 3 }),
  contracts: fc.array(
    fc.record({
      spell: arbSpell,
      type: fc.constantFrom(...CONTRACT_TYPES),
      hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
});

const end = (spell: { start: number; length: number | null }): string | null =>
  spell.length === null ? null : isoOfDay(spell.start + spell.length);

/** Reporting inputs of up to 12 people. */
export const arbReportingInput: fc.Arbitrary<ReportingInput> = fc
  .array(arbPerson, { maxLength: 12 })
  .map((sketches) => {
    const candidates: CandidateRecord[] = [];
    const accompaniments: Accompaniment[] = [];
    const contracts: Contract[] = [];
    sketches.forEach((sketch, i) => {
      const id = `p${i}`;
      candidates.push(
        person(id, {
          isced: sketch.isced as 0,
          attributes: {
            ...(sketch.gender !== undefined ? { gender: sketch.gender } : {}),
            ...(sketch.birthYear !== undefined ? { birthDate: `${sketch.birthYear}-04-15` } : {}),
          },
        }),
      );
      sketch.accompaniments.forEach((spell, j) =>
        accompaniments.push(
          accompaniment(`a${i}-${j}`, id, isoOfDay(spell.start), end(spell), { mireId: sketch.mireId }),
        ),
      );
      sketch.contracts.forEach((c, j) =>
        contracts.push(
          contract(`c${i}-${j}`, id, isoOfDay(c.spell.start), end(c.spell), {
            type: c.type,
            ...(c.hours !== undefined ? { hoursPerWeek: c.hours } : {}),
          }),
        ),
      );
    });
    return { candidates, accompaniments, contracts };
  });

/** A period of 1 to 800 days within 2023–2026. */
export const arbPeriod: fc.Arbitrary<Period> = fc
  .record({ start: fc.integer({ min: FIRST, max: LAST }), length: fc.integer({ min: 0, max: 800 }) })
  .map(({ start, length }) => dateRange(isoOfDay(start), isoOfDay(Math.min(start + length, LAST))));

/** A contract of person `p0`, which every input with one person has. */
export const arbExtraContract = fc
  .record({ start: fc.integer({ min: FIRST, max: LAST }), length: fc.option(fc.nat(400), { nil: null }) })
  .map((spell) => contract('extra', 'p0', isoOfDay(spell.start), end(spell)));
