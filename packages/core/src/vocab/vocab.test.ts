import { describe, expect, it } from 'vitest';
import { expandLicences } from './licences.js';
import { meetsLanguageLevel } from './languages.js';
import { BELGIAN_DIPLOMAS, iscedOfDiploma } from './education.js';
import { isEmploymentContract } from './contract-types.js';
import { canWork } from './work-conditions.js';

describe('code lists', () => {
  it('expands licence equivalences transitively', () => {
    expect([...expandLicences(['CE'])].sort()).toEqual(['AM', 'B', 'BE', 'C', 'C1', 'C1E', 'CE']);
    expect([...expandLicences(['G'])]).toEqual(['G']);
    expect(expandLicences(['B']).has('C')).toBe(false);
  });

  it('orders CEFR levels, with native above C2', () => {
    expect(meetsLanguageLevel('B2', 'B1')).toBe(true);
    expect(meetsLanguageLevel('A2', 'B1')).toBe(false);
    expect(meetsLanguageLevel('native', 'C2')).toBe(true);
    expect(meetsLanguageLevel('C2', 'native')).toBe(false);
  });

  it('maps Belgian diplomas onto increasing ISCED levels', () => {
    expect(iscedOfDiploma('cess')).toBe(3);
    expect(iscedOfDiploma('ce1d')).toBe(2);
    const levels = BELGIAN_DIPLOMAS.map(iscedOfDiploma);
    expect([...levels].sort((a, b) => a - b)).toEqual(levels);
  });

  it('does not count internships and immersion as paid work', () => {
    expect(isEmploymentContract('internship')).toBe(false);
    expect(isEmploymentContract('immersion')).toBe(false);
    expect(isEmploymentContract('article_60')).toBe(true);
  });

  it('allows work only with a granted permit status', () => {
    expect(canWork('pending')).toBe(false);
    expect(canWork('single_permit')).toBe(true);
  });
});
