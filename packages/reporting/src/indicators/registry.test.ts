import { describe, expect, it } from 'vitest';
import { YEAR_DATA } from '../../test/year-fixture.js';
import { calendarYear } from '../periods/period.js';
import { getIndicator, INDICATORS, listIndicators } from './registry.js';

describe('indicator registry', () => {
  it('lists every indicator under its descriptor id, and each table carries that id and its definition', () => {
    for (const [id, indicator] of Object.entries(INDICATORS)) {
      expect(indicator.descriptor.id).toBe(id);
      const table = indicator.compute(YEAR_DATA, calendarYear(2025));
      expect(table.id).toBe(id);
      expect(table.notes[0]).toEqual(indicator.descriptor.definition);
      expect(table.title).toEqual(indicator.descriptor.label);
      expect(indicator.descriptor.source.length).toBeGreaterThan(0);
    }
    expect(listIndicators().map((d) => d.id)).toEqual(Object.keys(INDICATORS));
  });

  it('finds an indicator by id and names the known ids for an unknown one', () => {
    expect(getIndicator('placement')).toBe(INDICATORS.placement);
    expect(() => getIndicator('placements')).toThrow(
      /Unknown indicator "placements": use one of activity, placement/,
    );
  });
});
