import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNearWords, isNearWord } from './near-words.js';

const WORDS = ['forklift', 'driver', 'magasinier', 'cashier', 'waiter'];
const near = buildNearWords(WORDS);

describe('isNearWord', () => {
  it('accepts a label word with one letter dropped, added, replaced, or two neighbours swapped', () => {
    expect(isNearWord('drivr', near)).toBe(true);
    expect(isNearWord('casher', near)).toBe(true);
    expect(isNearWord('waitter', near)).toBe(true);
    expect(isNearWord('magazinier', near)).toBe(true);
    expect(isNearWord('forklfit', near)).toBe(true);
  });

  it('rejects words further away (place names, other trades)', () => {
    expect(isNearWord('resort', near)).toBe(false);
    expect(isNearWord('seremban', near)).toBe(false);
    expect(isNearWord('frklft', near)).toBe(false);
  });

  it('accepts every single edit of every word (property)', () => {
    const arbEdit = fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.nat(),
        fc.constantFrom('drop', 'add', 'replace', 'swap'),
        fc.constantFrom(...'aeiorstnxz'),
      )
      .map(([word, at, kind, letter]) => {
        const i = at % word.length;
        if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
        if (kind === 'add') return word.slice(0, i) + letter + word.slice(i);
        if (kind === 'replace') return word.slice(0, i) + letter + word.slice(i + 1);
        const j = Math.min(i + 1, word.length - 1);
        return word.slice(0, i) + (word[j] ?? '') + (word[i] ?? '') + word.slice(j + 1);
      });
    fc.assert(
      fc.property(arbEdit, (typo) => {
        expect(isNearWord(typo, near), typo).toBe(true);
      }),
    );
  });
});
