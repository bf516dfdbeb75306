import { describe, expect, it } from 'vitest';
import type { CellResult } from './cell-result.js';
import { decodeHeldSkills, decodeSkillRequirements, encodeHeldSkills } from './decode-skills.js';
import { decodeLanguageRequirements, decodeSpokenLanguages } from './decode-languages.js';
import { decodeCommute, decodeHours } from './decode-commute.js';
import { decodeEducation, decodeIscedLevel } from './decode-education.js';
import { splitList } from './decode-list.js';

const value = <T>(result: CellResult<T>) => (result.ok ? result.value : `!${result.code}`);
const failure = <T>(result: CellResult<T>) =>
  result.ok ? undefined : { code: result.code, item: result.item, value: result.value };

describe('list cells', () => {
  it('split on | and ; (quoted ; in a ; file included), dropping empty items', () => {
    expect(splitList('a|b; c ;;|')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});

describe('skills', () => {
  it('reads id:level[:years] items, years with a decimal comma', () => {
    expect(
      value(decodeHeldSkills('e1ea5ab6-24c2-4b9b-a8b6-92f6b27a5c2a:3:5|sk.forklift:2;sk.safety:1:2,5')),
    ).toEqual([
      { id: 'e1ea5ab6-24c2-4b9b-a8b6-92f6b27a5c2a', level: 3, years: 5 },
      { id: 'sk.forklift', level: 2 },
      { id: 'sk.safety', level: 1, years: 2.5 },
    ]);
  });

  it('reads ids holding ":" from the right, a trailing ":" meaning no years', () => {
    expect(value(decodeHeldSkills('esco:1234:3:'))).toEqual([{ id: 'esco:1234', level: 3 }]);
    expect(value(decodeHeldSkills('esco:1234:3:2'))).toEqual([{ id: 'esco:1234', level: 3, years: 2 }]);
    expect(encodeHeldSkills([{ id: 'esco:1234', level: 3 }], false)).toBe('esco:1234:3:');
  });

  it('fails with invalid_cell on the item without a level', () => {
    expect(failure(decodeHeldSkills('sk.a:2|sk.b|sk.c:1'))).toEqual({
      code: 'invalid_cell',
      item: 1,
      value: 'sk.b',
    });
    expect(failure(decodeHeldSkills('sk.a:x'))).toMatchObject({ code: 'invalid_cell' });
  });

  it('reads offer skills id[:minLevel], level 1 by default', () => {
    expect(value(decodeSkillRequirements('sk.forklift:2|sk.safety'))).toEqual([
      { id: 'sk.forklift', minLevel: 2 },
      { id: 'sk.safety', minLevel: 1 },
    ]);
    expect(failure(decodeSkillRequirements('sk.a:'))).toMatchObject({ code: 'invalid_cell', item: 0 });
  });
});

describe('languages', () => {
  it('reads code:level items, codes and names in any case', () => {
    expect(value(decodeSpokenLanguages('fr:native|NL:b1, anglais: A2;Nederlands:langue maternelle'))).toEqual(
      [
        { code: 'fr', level: 'native' },
        { code: 'nl', level: 'B1' },
        { code: 'en', level: 'A2' },
        { code: 'nl', level: 'native' },
      ],
    );
  });

  it('reads offer languages, required unless marked with ?', () => {
    expect(value(decodeLanguageRequirements('fr:B1|nl:A2?'))).toEqual([
      { code: 'fr', minLevel: 'B1', required: true },
      { code: 'nl', minLevel: 'A2', required: false },
    ]);
  });

  it('fails with invalid_cell without a level, invalid_value for an unknown level', () => {
    expect(failure(decodeSpokenLanguages('fr'))).toEqual({ code: 'invalid_cell', item: 0, value: 'fr' });
    expect(failure(decodeSpokenLanguages('fr:native|nl:Z9'))).toEqual({
      code: 'invalid_value',
      item: 1,
      value: 'nl:Z9',
    });
    expect(failure(decodeLanguageRequirements('fr?'))).toMatchObject({ code: 'invalid_cell' });
  });
});

describe('commute', () => {
  it('reads mode:limit items in minutes and kilometres, modes by label too', () => {
    expect(value(decodeCommute('car:45min|public_transport:60min|bike:8km|walk:20min:2km'))).toEqual([
      { mode: 'car', maxMinutes: 45 },
      { mode: 'public_transport', maxMinutes: 60 },
      { mode: 'bike', maxKm: 8 },
      { mode: 'walk', maxMinutes: 20, maxKm: 2 },
    ]);
    expect(value(decodeCommute('voiture:45 min; TEC:1,5km; vélo:7,5km'))).toEqual([
      { mode: 'car', maxMinutes: 45 },
      { mode: 'public_transport', maxKm: 1.5 },
      { mode: 'bike', maxKm: 7.5 },
    ]);
  });

  it('fails with invalid_value for an unknown mode and invalid_cell for a limit without unit', () => {
    expect(failure(decodeCommute('car:45min|rocket:5min'))).toEqual({
      code: 'invalid_value',
      item: 1,
      value: 'rocket:5min',
    });
    expect(failure(decodeCommute('car:45'))).toEqual({ code: 'invalid_cell', item: 0, value: 'car:45' });
    expect(failure(decodeCommute('car'))).toMatchObject({ code: 'invalid_cell' });
    expect(failure(decodeCommute('car:5min:6min'))).toMatchObject({ code: 'invalid_cell' });
  });
});

describe('hours', () => {
  it('reads a range or a fixed figure', () => {
    expect(value(decodeHours('20-38'))).toEqual({ min: 20, max: 38 });
    expect(value(decodeHours('19,5 – 38'))).toEqual({ min: 19.5, max: 38 });
    expect(value(decodeHours('20 à 38'))).toEqual({ min: 20, max: 38 });
    expect(value(decodeHours('38h'))).toEqual({ min: 38, max: 38 });
    expect(value(decodeHours('38'))).toEqual({ min: 38, max: 38 });
    expect(value(decodeHours('-0-38'))).toEqual({ min: -0, max: 38 });
    expect(decodeHours('')).toEqual({ ok: true, value: undefined });
  });

  it('fails with invalid_cell otherwise', () => {
    expect(decodeHours('temps plein')).toEqual({
      ok: false,
      code: 'invalid_cell',
      value: 'temps plein',
      params: { expected: '20-38, 38' },
    });
  });
});

describe('education', () => {
  it('reads an ISCED level or a Belgian diploma', () => {
    expect(value(decodeEducation('3'))).toEqual({ isced: 3 });
    expect(value(decodeEducation('CITE 4'))).toEqual({ isced: 4 });
    expect(value(decodeEducation('6.0'))).toEqual({ isced: 6 });
    expect(value(decodeEducation('CESS'))).toEqual({ isced: 3, diploma: 'cess' });
    expect(value(decodeEducation('CEB'))).toEqual({ isced: 1, diploma: 'ceb' });
    expect(value(decodeEducation('ce1d'))).toEqual({ isced: 2, diploma: 'ce1d' });
    expect(value(decodeEducation('Bachelier'))).toEqual({ isced: 6, diploma: 'bachelor' });
    expect(value(decodeEducation('master'))).toEqual({ isced: 7, diploma: 'master' });
    expect(value(decodeIscedLevel('CESS'))).toBe(3);
  });

  it('fails with invalid_value quoting levels and diplomas', () => {
    const result = decodeEducation('permis B');
    expect(result).toMatchObject({ ok: false, code: 'invalid_value', value: 'permis B' });
    if (!result.ok)
      expect(result.params?.allowed).toEqual(expect.arrayContaining(['0', '8', 'cess', 'master']));
  });
});
