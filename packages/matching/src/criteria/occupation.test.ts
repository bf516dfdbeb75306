import { describe, expect, it } from 'vitest';
import { candidate, offer, project } from '../../test/pairs.js';
import { OCCUPATIONS, TAXONOMY } from '../../test/starter.js';
import type { MatchingConfigInput } from '../config/config.js';
import { occupationScore, sharedIscoDigits } from './occupation.js';

const O = OCCUPATIONS;

function score(wanted: string[], offered: string | undefined, config: MatchingConfigInput = {}): number {
  const pair = project(candidate({ wantedOccupations: wanted }), offer({ occupation: offered }), config);
  return occupationScore(pair.candidate, pair.offer, pair.context.config.occupation);
}

describe('sharedIscoDigits', () => {
  it('counts the common leading digits, at most four', () => {
    expect(sharedIscoDigits('9333', '9333')).toBe(4);
    expect(sharedIscoDigits('9111', '9112')).toBe(3);
    expect(sharedIscoDigits('8344', '8332')).toBe(2);
    expect(sharedIscoDigits('9112', '9333')).toBe(1);
    expect(sharedIscoDigits('5230', '8344')).toBe(0);
    expect(sharedIscoDigits('', '8344')).toBe(0);
  });
});

describe('occupationScore', () => {
  it('the starter occupations have the ISCO groups the cases below rely on', () => {
    const isco = (id: string) => TAXONOMY.occupation(id)?.iscoGroup;
    expect([O.orderPicker, O.warehouseWorker, O.domesticCleaner, O.buildingCleaner].map(isco)).toEqual([
      '9333',
      '9333',
      '9111',
      '9112',
    ]);
    expect([O.cargoDriver, O.deliveryDriver, O.forkliftOperator, O.cashier].map(isco)).toEqual([
      '8332',
      '8322',
      '8344',
      '5230',
    ]);
  });

  it('gives 1 for a wanted occupation', () => {
    expect(score([O.cashier, O.forkliftOperator], O.forkliftOperator)).toBe(1);
    expect(score(['oc-not-in-taxonomy'], 'oc-not-in-taxonomy')).toBe(1);
  });

  it('gives the ISCO credit of the deepest group shared: 0.7, 0.45, 0.2, 0.05 for 4, 3, 2, 1 digits', () => {
    expect(score([O.orderPicker], O.warehouseWorker)).toBe(0.7);
    expect(score([O.domesticCleaner], O.buildingCleaner)).toBe(0.45);
    expect(score([O.cargoDriver], O.deliveryDriver)).toBe(0.2);
    expect(score([O.buildingCleaner], O.warehouseWorker)).toBe(0.05);
    expect(score([O.cashier], O.forkliftOperator)).toBe(0);
    // The best of the wanted occupations counts.
    expect(score([O.buildingCleaner, O.cashier, O.orderPicker], O.warehouseWorker)).toBe(0.7);
  });

  it('follows the configured credits', () => {
    const config = { occupation: { iscoCredit: [0.9, 0.5, 0.3, 0.1] as [number, number, number, number] } };
    expect(score([O.orderPicker], O.warehouseWorker, config)).toBe(0.9);
    expect(score([O.buildingCleaner], O.warehouseWorker, config)).toBe(0.1);
  });

  it('gives 0 for an occupation the taxonomy does not know, and NaN when it does not apply', () => {
    expect(score([O.warehouseWorker], 'oc-not-in-taxonomy')).toBe(0);
    expect(score([], O.warehouseWorker)).toBeNaN();
    expect(score([O.warehouseWorker], undefined)).toBeNaN();
  });
});
