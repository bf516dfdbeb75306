// The word pipeline shared by labels and queries: fold, remove gender markers, tokenize, expand
// abbreviations, unify French feminine forms, drop noise, stem.
import { abbreviationsOf } from './abbreviations.js';
import { foldText } from './fold-text.js';
import { masculineForm, stripGenderMarkers } from './gender.js';
import { GENERIC_TITLE_WORDS, STOP_WORDS, TITLE_NOISE_WORDS } from './noise-words.js';
import { singularWord } from './singular.js';
import { stemWord } from './stemmers.js';
import { tokenizeFolded } from './tokenize.js';
import type { TextLocale } from './types.js';

/** What a text is: a job title (advert noise is dropped) or a skill phrase (only grammatical words are). */
export type TextKind = 'title' | 'skill';

/**
 * What a word does in a title: `head` names the occupation (in English the last word of the first
 * phrase, `sales ASSISTANT of the store`; in French the first, `VENDEUR en magasin`), `aside` is in
 * brackets (`(Johor)`, `(with experience)`), `plain` is any other word.
 */
export type WordRole = 'head' | 'plain' | 'aside' | 'generic';

/** A text reduced to its meaningful words, each once, in order of first appearance. */
export interface AnalyzedText {
  /** Folded, unified words (`vendeuse` → `vendeur` in French). */
  readonly words: readonly string[];
  /** The role of each word, parallel to `words`. */
  readonly roles: readonly WordRole[];
  /** Their singular forms (`developers` → `developer`), each once. */
  readonly forms: readonly string[];
  /** Their stems in the text's language (`developers` → `develop`), each once. */
  readonly stems: readonly string[];
  /** The strongest role of a word giving each form, parallel to `forms` (head, then plain, then aside). */
  readonly formRoles: readonly WordRole[];
  /** The strongest role of a word giving each stem, parallel to `stems`. */
  readonly stemRoles: readonly WordRole[];
}

const DIGITS = /^\d+$/;

function keepWord(word: string, kind: TextKind, locale: TextLocale): boolean {
  if (STOP_WORDS.has(word) || DIGITS.test(word)) return false;
  return kind === 'skill' || (word.length > 1 && !TITLE_NOISE_WORDS[locale].has(word));
}

// Where a title's first phrase ends: brackets, punctuation between phrases, a dash between spaces.
const PHRASE_BREAK = /([([\])]|[,;:|/]|\s[-–]\s)/;
// Words that end a title's first phrase in English (`teacher OF physics`) and French (`agent DE sécurité`).
const PHRASE_WORDS: Record<TextLocale, ReadonlySet<string>> = {
  en: new Set(['of', 'for', 'in', 'at', 'with', 'to', 'on', 'from', 'by', 'cum']),
  fr: new Set(['de', 'du', 'des', 'd', 'pour', 'en', 'a', 'au', 'aux', 'chez', 'dans', 'sur', 'avec']),
};

const ROLE_RANK: Record<WordRole, number> = { generic: 0, aside: 1, plain: 2, head: 3 };

/** The stronger of two roles (head, then plain, then aside). */
export function strongerRole(a: WordRole, b: WordRole): WordRole {
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

/**
 * The meaningful words of a text in one language with their roles (see {@link normalizeWords} and
 * {@link WordRole}; every word of a skill phrase is plain). A word seen twice keeps its first role,
 * unless it is the head; a generic word is generic wherever it stands.
 */
export function readWords(
  text: string,
  locale: TextLocale,
  kind: TextKind,
): { words: string[]; roles: WordRole[] } {
  const abbreviations = abbreviationsOf(locale);
  const phraseWords = PHRASE_WORDS[locale];
  const roles = new Map<string, WordRole>();
  let depth = 0;
  let phrase: string[] = [];
  let head: string | undefined;
  const endPhrase = () => {
    if (head === undefined && phrase.length > 0)
      head = locale === 'fr' ? phrase[0] : phrase[phrase.length - 1];
    phrase = [];
  };
  for (const piece of stripGenderMarkers(foldText(text)).split(PHRASE_BREAK)) {
    if (piece === '(' || piece === '[') depth++;
    else if (piece === ')' || piece === ']') depth = Math.max(0, depth - 1);
    if (PHRASE_BREAK.test(piece)) {
      endPhrase();
      continue;
    }
    for (const token of tokenizeFolded(piece)) {
      if (phraseWords.has(token)) endPhrase();
      const expansion = abbreviations.get(token);
      for (const part of expansion === undefined ? [token] : expansion.split(' ')) {
        const word = locale === 'fr' ? masculineForm(part) : part;
        if (!keepWord(word, kind, locale)) continue;
        if (!roles.has(word)) roles.set(word, depth > 0 ? 'aside' : 'plain');
        if (depth === 0) phrase.push(word);
      }
    }
  }
  endPhrase();
  const words = [...roles.keys()];
  // Roles are read in titles only: the skill search has not been evaluated with them.
  if (kind === 'skill') return { words, roles: words.map(() => 'plain') };
  if (head !== undefined) roles.set(head, 'head');
  for (const word of words) if (GENERIC_TITLE_WORDS.has(word)) roles.set(word, 'generic');
  return { words, roles: [...roles.values()] };
}

/**
 * The meaningful words of a text in one language: folded, without gender markers, abbreviations
 * expanded (`sr mgr` → `senior manager`), French feminine forms made masculine, noise dropped. For a
 * title, advert words go too (`Vendeuse (H/F) CDI urgent` → `vendeur`).
 */
export function normalizeWords(text: string, locale: TextLocale, kind: TextKind): string[] {
  return readWords(text, locale, kind).words;
}

// Adds `key` with `role` to a deduplicated list and its parallel roles, keeping the stronger role.
function addKey(keys: Map<string, WordRole>, key: string, role: WordRole): void {
  const before = keys.get(key);
  keys.set(key, before === undefined ? role : strongerRole(before, role));
}

/** The meaningful words of a text, their roles, singular forms and stems in `locale` (see {@link readWords}). */
export function analyzeText(text: string, locale: TextLocale, kind: TextKind): AnalyzedText {
  const { words, roles } = readWords(text, locale, kind);
  const forms = new Map<string, WordRole>();
  const stems = new Map<string, WordRole>();
  words.forEach((word, i) => {
    const role = roles[i] ?? 'plain';
    addKey(forms, singularWord(word, locale), role);
    addKey(stems, stemWord(word, locale), role);
  });
  return {
    words,
    roles,
    forms: [...forms.keys()],
    stems: [...stems.keys()],
    formRoles: [...forms.values()],
    stemRoles: [...stems.values()],
  };
}
