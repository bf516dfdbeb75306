// Which unknown words look like typos: those one edit (a letter dropped, added, replaced, or two
// swapped) from a word of the labels. Symmetric deletion: a set of the label words and of each with
// one letter dropped answers in `word.length + 1` look-ups. The fuse.js step only runs for such words,
// so that place names or trades no label has (`Seremban`, `styrofoam`) do not pull in loose matches.

/** The label words and each of them with one letter dropped. */
export function buildNearWords(words: Iterable<string>): Set<string> {
  const near = new Set<string>();
  for (const word of words) {
    near.add(word);
    for (let i = 0; i < word.length; i++) near.add(word.slice(0, i) + word.slice(i + 1));
  }
  return near;
}

/**
 * Whether `word` and one of the words `near` was built from are equal once at most one letter is
 * dropped from each: a letter dropped, added or replaced, two neighbours swapped (and a few pairs two
 * edits apart, such as `abc` and `bcd`).
 */
export function isNearWord(word: string, near: ReadonlySet<string>): boolean {
  if (near.has(word)) return true;
  for (let i = 0; i < word.length; i++) if (near.has(word.slice(0, i) + word.slice(i + 1))) return true;
  return false;
}
