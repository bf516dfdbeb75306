import { describe, expect, it } from 'vitest';
import type { CellResult } from './cell-result.js';
import { codeLookup } from './code-decoder.js';
import {
  CSV_CODE_LISTS,
  decodeContractType,
  decodeGender,
  decodeLanguageLevel,
  decodeLicences,
  decodeSchedules,
  decodeWorkPermit,
} from './code-decoders.js';
import { CSV_KINDS, csvColumns } from './csv-kinds.js';
import { normalizeKey } from './normalize-key.js';
import { escapeFormula, unescapeFormula } from './formula-escape.js';

const value = <T>(result: CellResult<T>) => (result.ok ? result.value : `!${result.code}`);

describe('code lists', () => {
  it('read contract types by code, label or alias, whatever the accents and case', () => {
    const cells = [
      'CDI',
      'cdd',
      'Intérim',
      'INTERIM',
      'titres-services',
      'Article 60',
      'art. 60 §7',
      'Flexi-job',
      'PFI',
    ];
    expect(cells.map((cell) => value(decodeContractType(cell)))).toEqual([
      'cdi',
      'cdd',
      'temporary_agency',
      'temporary_agency',
      'service_vouchers',
      'article_60',
      'article_60',
      'flexi_job',
      'pfi',
    ]);
  });

  it('read licence, schedule and CEFR lists', () => {
    expect(value(decodeLicences('B, C'))).toEqual(['B', 'C']);
    expect(value(decodeLicences('permis B|c1e'))).toEqual(['B', 'C1E']);
    expect(value(decodeSchedules('nuit|week-end'))).toEqual(['night', 'weekend']);
    expect(value(decodeSchedules('Jour, pauses'))).toEqual(['day', 'shifts']);
    expect(value(decodeLanguageLevel('b1'))).toBe('B1');
    expect(value(decodeLanguageLevel('moedertaal'))).toBe('native');
    expect(value(decodeGender('F'))).toBe('woman');
    expect(value(decodeGender('X'))).toBe('non_binary');
    expect(value(decodeWorkPermit('Permis unique'))).toBe('single_permit');
  });

  it('fail with invalid_value quoting the allowed codes, and the failing item of a list', () => {
    expect(decodeContractType('CDX')).toMatchObject({ ok: false, code: 'invalid_value', value: 'CDX' });
    const result = decodeLicences('B, Z');
    expect(result).toMatchObject({ ok: false, code: 'invalid_value', item: 1, value: 'Z' });
    if (!result.ok) expect(result.params?.allowed).toContain('CE');
  });

  it('never let one name stand for two codes', () => {
    for (const [name, spec] of Object.entries(CSV_CODE_LISTS)) {
      expect({ name, conflicts: codeLookup(spec).conflicts }).toEqual({ name, conflicts: [] });
    }
  });

  it('the conflict check can fail', () => {
    const broken = { codes: ['a', 'b'] as const, aliases: { a: ['same'], b: ['Same'] } };
    expect(codeLookup(broken).conflicts).toEqual(['Same → a / b']);
  });
});

describe('column names', () => {
  it('never let one header stand for two fields of a kind', () => {
    for (const kind of CSV_KINDS) {
      const owner = new Map<string, string>();
      const clashes: string[] = [];
      for (const column of csvColumns(kind)) {
        for (const name of [column.field, column.header, ...column.aliases]) {
          const key = normalizeKey(name);
          const first = owner.get(key);
          if (first !== undefined && first !== column.field)
            clashes.push(`${kind}: ${name} → ${first} / ${column.field}`);
          owner.set(key, first ?? column.field);
        }
      }
      expect(clashes).toEqual([]);
    }
  });

  it('document a format in French and English for every column', () => {
    for (const kind of CSV_KINDS) {
      for (const column of csvColumns(kind)) {
        expect(column.format.fr.length).toBeGreaterThan(3);
        expect(column.format.en.length).toBeGreaterThan(3);
      }
    }
  });
});

describe('formula escape', () => {
  it('prefixes cells a spreadsheet would run, keeps numbers, and reads back exactly', () => {
    expect(escapeFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(escapeFormula('-5,5')).toBe('-5,5');
    expect(escapeFormula('@sk')).toBe("'@sk");
    for (const text of ['=1+1', "'=1", "''+x", '-abc', '-5', "'-5", 'plain', "'quoted", '@']) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
  });
});
