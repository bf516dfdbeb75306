import type { TableColumn } from '@passerelle/reporting';
import { describe, expect, it } from 'vitest';
import { formatsFor } from '../i18n/format.js';
import { translationFor } from '../i18n/locale.js';
import { cellText, labelText, rowsToCsv } from './report-cells.js';

const columns: TableColumn[] = [
  { key: 'group', label: { fr: 'Groupe', en: 'Group' }, unit: 'text' },
  { key: 'people', label: { fr: 'Personnes', en: 'People' }, unit: 'count' },
  { key: 'rate', label: { fr: 'Taux; "net"', en: 'Rate' }, unit: 'rate' },
];
const rows = [
  { index: 0, values: { group: { fr: 'Liège', en: 'Liège' }, people: 1234, rate: 0.475 } },
  { index: 1, values: { group: 'Namur', people: 3, rate: null } },
];

describe('rowsToCsv', () => {
  it('writes Belgian CSV: byte order mark, semicolons, decimal comma, quotes where needed, hidden cells empty', () => {
    const hidden = (row: number, column: string) => row === 1 && column === 'people';
    expect(rowsToCsv(columns, rows, 'fr', hidden)).toBe(
      '\uFEFFGroupe;Personnes;"Taux; ""net"""\r\nLiège;1234;0,475\r\nNamur;;\r\n',
    );
  });

  it('keeps the decimal point in English', () => {
    expect(rowsToCsv(columns, rows, 'en')).toBe(
      '\uFEFFGroup;People;Rate\r\nLiège;1234;0.475\r\nNamur;3;\r\n',
    );
  });
});

describe('cellText', () => {
  const context = (locale: 'fr' | 'de') => ({
    fmt: formatsFor(translationFor(locale).intlLocale),
    t: translationFor(locale),
    locale,
  });
  it('formats each unit, and says when a cell is hidden or empty', () => {
    const space = (text: string) => text.replace(/\s/g, ' ');
    expect(space(cellText(1234, columns[1]!, context('fr')))).toBe('1 234');
    expect(space(cellText(0.475, columns[2]!, context('fr')))).toBe('48 %');
    expect(cellText(78, { key: 'd', label: { fr: 'd', en: 'd' }, unit: 'days' }, context('de'))).toBe(
      '78 T.',
    );
    expect(
      space(cellText(0.24, { key: 'g', label: { fr: 'g', en: 'g' }, unit: 'growth' }, context('fr'))),
    ).toBe('+24 %');
    expect(cellText(null, columns[1]!, context('fr'))).toBe('—');
    expect(cellText(3, columns[1]!, { ...context('fr'), hidden: true })).toBe('masqué (petit effectif)');
    expect(labelText({ fr: 'Étape', en: 'Stage' }, 'nl')).toBe('Stage');
  });
});
