// Typo robustness of the title normaliser: ESCO preferred labels of one or two words, each with one
// seeded typo (a letter dropped, two letters swapped or one replaced), ranked with and without the
// fuse.js step. Synthetic: it shows what the fuzzy step is for, not how often users mistype.
import { mulberry32 } from '@passerelle/matching/experiments';

/** One typo in `word` (never in its first letter): deletion, transposition or substitution. */
function withTypo(word, random) {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 1 / 3) return word.slice(0, at) + word.slice(at + 1);
  if (kind < 2 / 3) return word.slice(0, at) + (word[at + 1] ?? '') + word[at] + word.slice(at + 2);
  return word.slice(0, at) + 'aeiorstn'[Math.floor(random() * 8)] + word.slice(at + 1);
}

/**
 * `{ title, occupationId, locale }` rows: the first side of the preferred label of every third
 * occupation, in `locale`, when it has one or two words and at least six letters, with one typo in
 * its longest word.
 */
export function typoRows(taxonomy, locale, seed) {
  const random = mulberry32(seed);
  return taxonomy.occupations.flatMap((occupation, i) => {
    const label = occupation.labels[locale].preferred?.split('/')[0]?.trim();
    if (i % 3 !== 0 || label === undefined || label.length < 6 || label.split(' ').length > 2) return [];
    const words = label.split(' ');
    const longest = words.reduce(
      (best, word, at) => (word.length > (words[best]?.length ?? 0) ? at : best),
      0,
    );
    words[longest] = withTypo(words[longest], random);
    return [{ title: words.join(' '), occupationId: occupation.id, locale }];
  });
}
