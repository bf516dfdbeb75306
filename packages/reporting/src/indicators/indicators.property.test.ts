import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbExtraContract, arbPeriod, arbReportingInput } from '../../test/arbitraries.js';
import { DIMENSIONS } from '../breakdowns/dimensions.js';
import { dayOf, isoOfDay } from '../internal/days.js';
import { dateRange } from '../periods/period.js';
import { prepareReportingData } from '../validate/prepare.js';
import { computeActivity } from './activity.js';
import { computeBreakdowns } from './breakdowns.js';
import { computeFunnel } from './funnel.js';
import { computePlacement } from './placement.js';
import { INDICATORS } from './registry.js';
import { computeSustainedEmployment } from './sustained-employment.js';
import { computeTimeToFirstContract } from './time-to-first-contract.js';

const COUNTS = ['accompanied', 'placed', 'sustained'] as const;
const WHOLE_HISTORY = dateRange('2020-01-01', '2027-12-31');

describe('indicator properties', () => {
  it('breakdowns that are partitions add up to the total; target groups never exceed it', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const table = computeBreakdowns(prepareReportingData(input), period);
        const total = table.rows[0] as Record<string, unknown>;
        for (const dimension of Object.values(DIMENSIONS)) {
          const rows = table.rows.filter((row) => row.dimension === dimension.label);
          for (const key of COUNTS) {
            const sum = rows.reduce((acc, row) => acc + (row[key] as number), 0);
            if (dimension.isPartition) expect(sum, `${dimension.id} ${key}`).toBe(total[key]);
            else {
              expect(sum).toBeGreaterThanOrEqual(total[key] as number);
              for (const row of rows) expect(row[key] as number).toBeLessThanOrEqual(total[key] as number);
            }
          }
        }
      }),
    );
  });

  it('keeps every rate in [0, 1] and every Kaplan–Meier curve from rising', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const data = prepareReportingData(input);
        for (const indicator of Object.values(INDICATORS)) {
          const table = indicator.compute(data, period);
          for (const column of table.columns.filter((c) => c.unit === 'rate')) {
            for (const row of table.rows) {
              const value = row[column.key];
              if (value === null) continue;
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
          }
        }
        const curve = computeTimeToFirstContract(data, period).rows.map((row) => row.survival as number);
        curve.forEach((value, i) =>
          expect(value).toBeLessThanOrEqual(i === 0 ? 1 : (curve[i - 1] as number)),
        );
      }),
    );
  });

  it('never lowers the accompanied count when the period is extended', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, fc.nat(400), fc.nat(400), (input, period, before, after) => {
        const data = prepareReportingData(input);
        const wider = dateRange(
          isoOfDay((dayOf(period.start) as number) - before),
          isoOfDay((dayOf(period.end) as number) + after),
        );
        const count = (p: typeof period) => computeActivity(data, p).rows[0]?.accompanied as number;
        expect(count(wider)).toBeGreaterThanOrEqual(count(period));
      }),
    );
  });

  it('never lowers the placement count when a later contract is added', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, arbExtraContract, (input, period, extra) => {
        fc.pre(input.candidates.length > 0);
        const own = input.contracts.filter((c) => c.candidateId === 'p0').map((c) => c.start);
        fc.pre(own.every((start) => start <= extra.start));
        const placed = (contracts: typeof input.contracts) =>
          computePlacement(prepareReportingData({ ...input, contracts }), period).rows[0]?.placed as number;
        expect(placed([...input.contracts, extra])).toBeGreaterThanOrEqual(placed(input.contracts));
      }),
    );
  });

  it('never lowers the placement count over the whole history when any contract is added', () => {
    fc.assert(
      fc.property(arbReportingInput, arbExtraContract, (input, extra) => {
        fc.pre(input.candidates.length > 0);
        const placed = (contracts: typeof input.contracts) =>
          computePlacement(prepareReportingData({ ...input, contracts }), WHOLE_HISTORY).rows[0]
            ?.placed as number;
        expect(placed([...input.contracts, extra])).toBeGreaterThanOrEqual(placed(input.contracts));
      }),
    );
  });

  it('gives a funnel that narrows and agrees with the activity, placement and sustained tables', () => {
    fc.assert(
      fc.property(arbReportingInput, arbPeriod, (input, period) => {
        const data = prepareReportingData(input);
        const people = computeFunnel(data, period).rows.map((row) => row.people as number);
        expect(people[0]).toBe(computeActivity(data, period).rows[0]?.accompanied);
        // No presentation records: the presented stage is not available.
        expect(people[1]).toBeNull();
        expect(people[2]).toBe(computePlacement(data, period).rows[0]?.placed);
        expect(people[3]).toBe(computeSustainedEmployment(data, period).rows[0]?.sustained);
        expect(people[2] as number).toBeLessThanOrEqual(people[0] as number);
        expect(people[3] as number).toBeLessThanOrEqual(people[2] as number);
      }),
    );
  });

  it('leaves every record either in the figures or counted as left out', () => {
    fc.assert(
      fc.property(arbReportingInput, (input) => {
        const data = prepareReportingData(input);
        const kept = data.people.reduce((n, p) => n + p.accompaniments.length + p.contracts.length, 0);
        expect(kept + data.excluded.count).toBe(input.accompaniments.length + input.contracts.length);
      }),
    );
  });
});
