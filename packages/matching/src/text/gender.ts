// Gendered French job titles: the markers that say a post is open to all (`(H/F)`, `m/f/d`), inclusive
// spellings (`employé(e)`, `vendeur·euse`) and feminine word forms, unified to one form so that
// `vendeuse`, `vendeur (H/F/X)` and `vendeur/vendeuse` compare equal. Works on folded text (see foldText).

// `(h/f)`, `(f/h/x)`, `(m/w/d)`, `( h - f )`: gender letters in brackets.
const BRACKETED_MARKER = /[([]\s*[hfmwxdv]\s*(?:[/,.\\|-]\s*[hfmwxdv]\s*)+[)\]]/g;
// `h/f`, `m/f/x` without brackets.
const BARE_MARKER = /(^|[^a-z0-9])[hfmwxdv]\s*\/\s*[hfmwxdv](?:\s*\/\s*[hfmwxdv])*(?=$|[^a-z0-9])/g;
// The feminine endings written after a masculine word: `employe(e)`, `vendeur·euse`, `directeur.trice`, `agent/e`.
const INCLUSIVE_SUFFIX =
  /([a-z])(?:\(|·|\.|\/)(?:e|es|ne|nes|euse|euses|rice|rices|trice|trices|ere|eres|iere|ieres|ve|ves|le|les|se|ses|te|tes)\)?(?=$|[^a-z])/g;

/**
 * Removes the gender markers and inclusive suffixes of a folded French or English title:
 * `vendeur (h/f/x)` → `vendeur`, `employe(e) m/f` → `employe`, `vendeur·euse` → `vendeur`.
 * Word forms are left alone (see {@link masculineForm}).
 */
export function stripGenderMarkers(folded: string): string {
  return folded.replace(BRACKETED_MARKER, ' ').replace(BARE_MARKER, '$1 ').replace(INCLUSIVE_SUFFIX, '$1');
}

// Feminine ending → masculine ending, longest first. Applied to folded French words of 5+ letters.
const ENDINGS: readonly (readonly [string, string])[] = [
  ['eresse', 'eur'],
  ['trice', 'teur'],
  ['euse', 'eur'],
  ['eure', 'eur'],
  ['iere', 'ier'],
  ['enne', 'en'],
  ['onne', 'on'],
  ['elle', 'el'],
  ['ere', 'er'],
  ['ive', 'if'],
  ['ee', 'e'],
  ['ante', 'ant'],
  ['ente', 'ent'],
  ['aine', 'ain'],
  ['ale', 'al'],
];

// Feminine forms that no ending rule reaches.
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['hotesse', 'hote'],
  ['maitresse', 'maitre'],
  ['chanoinesse', 'chanoine'],
  ['doctoresse', 'docteur'],
  ['ambassadrice', 'ambassadeur'],
]);

/**
 * The masculine form of a folded French word when it has a feminine ending (`vendeuse` → `vendeur`,
 * `directrice` → `directeur`, `magasiniere` → `magasinier`, `technicienne` → `technicien`,
 * `employee` → `employe`; a plural loses its `s`: `vendeuses` → `vendeur`); other words are returned unchanged. A few words that merely end like a
 * feminine form change too (`vente` → `vent`), harmlessly: labels and queries go through the same rule.
 */
export function masculineForm(word: string): string {
  if (word.length < 5) return word;
  return (
    masculineSingular(word) ?? (word.endsWith('s') ? masculineSingular(word.slice(0, -1)) : undefined) ?? word
  );
}

// The masculine form of a singular feminine word, or undefined when the word has no feminine ending.
function masculineSingular(word: string): string | undefined {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  for (const [feminine, masculine] of ENDINGS) {
    if (word.endsWith(feminine)) return word.slice(0, word.length - feminine.length) + masculine;
  }
  return undefined;
}
