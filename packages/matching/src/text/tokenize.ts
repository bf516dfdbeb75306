// Splitting folded text into words with natural's French tokenizer (deep import, TOOLCHAIN.md pitfall 5).
import AggressiveTokenizerFr from 'natural/lib/natural/tokenizers/aggressive_tokenizer_fr.js';
import { SYMBOL_ABBREVIATIONS } from './abbreviations.js';

const tokenizer = new AggressiveTokenizerFr();
const SYMBOL_PATTERN = new RegExp(
  [...SYMBOL_ABBREVIATIONS.keys()].map((key) => key.replace(/[.*+?^${}()|[\]\\&#]/g, '\\$&')).join('|'),
  'g',
);

/**
 * The words of a folded text (see foldText), in order: split on anything but letters and digits, hyphens
 * included (`aide-menagere` → `aide`, `menagere`), after spelling out the abbreviations that hold a symbol
 * (`f&b` → `food and beverage`, `c++` → `cplusplus`).
 */
export function tokenizeFolded(folded: string): string[] {
  const text = folded.replace(SYMBOL_PATTERN, (symbol) => ` ${SYMBOL_ABBREVIATIONS.get(symbol) ?? ''} `);
  const words: string[] = [];
  for (const token of tokenizer.tokenize(text)) {
    for (const part of token.split('-')) if (part !== '') words.push(part);
  }
  return words;
}
