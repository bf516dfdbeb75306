import { describe, expect, it } from 'vitest';
import { decodeText, stripBom } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, and removes the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('nom;localité\r\nÉlodie;Liège')]);
    expect(decodeText(bytes)).toEqual({
      text: 'nom;localité\r\nÉlodie;Liège',
      encoding: 'utf-8',
      hadBom: true,
      issues: [],
    });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    const result = decodeText(utf8('métier;Namur'));
    expect(result).toMatchObject({ text: 'métier;Namur', encoding: 'utf-8', hadBom: false, issues: [] });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, with a warning', () => {
    // "localité;Liège;€;œ;l’été" as Excel writes it on Windows: é = E9, è = E8, € = 80, œ = 9C, ’ = 92.
    const bytes = new Uint8Array([
      0x6c, 0x6f, 0x63, 0x61, 0x6c, 0x69, 0x74, 0xe9, 0x3b, 0x4c, 0x69, 0xe8, 0x67, 0x65, 0x3b, 0x80, 0x3b,
      0x9c, 0x3b, 0x6c, 0x92, 0xe9, 0x74, 0xe9,
    ]);
    const result = decodeText(bytes);
    // 0x80–0x9F checks the correction of Node's Latin-1 reading of Windows-1252 (nodejs/node#60888).
    expect(result.text).toBe('localité;Liège;€;œ;l’été');
    expect(result.encoding).toBe('windows-1252');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'encoding_fallback', severity: 'warning' });
    expect(result.issues[0]?.message.fr).toContain('Windows-1252');
  });

  it('reads empty bytes as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', hadBom: false });
  });

  it('throws a TypeError when not given bytes (a programmer error)', () => {
    expect(() => decodeText('text' as never)).toThrow(TypeError);
  });

  it('removes a BOM from a string', () => {
    expect(stripBom('\uFEFFid')).toEqual({ text: 'id', hadBom: true });
    expect(stripBom('id')).toEqual({ text: 'id', hadBom: false });
  });
});

describe('detectDelimiter', () => {
  it('detects ; , and tab', () => {
    expect(detectDelimiter('id;nom;cp\n1;Dupont, Jean;6000\n2;Martin;5000\n')).toBe(';');
    expect(detectDelimiter('id,name,zip\n1,"Dupont; Jean",6000\n2,Martin,5000\n')).toBe(',');
    expect(detectDelimiter('id\tname\n1\tDupont, Jean\n')).toBe('\t');
  });

  it('detects the delimiter of a file that holds only its header', () => {
    expect(detectDelimiter('id;nom;cp\r\n')).toBe(';');
    expect(detectDelimiter('id,nom,cp')).toBe(',');
  });

  it('prefers ; when both split every row alike', () => {
    expect(detectDelimiter('a;b,c\n1;2,3\n')).toBe(';');
  });

  it('falls back on the header when rows are irregular', () => {
    expect(detectDelimiter('a;b;c;d\n1\n1;2\n"x\n')).toBe(';');
  });

  it('gives , for a single column', () => {
    expect(detectDelimiter('id\n1\n2\n')).toBe(',');
  });
});
