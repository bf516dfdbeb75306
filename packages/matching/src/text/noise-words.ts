// Words that carry no meaning for matching a title or a skill to the taxonomy: grammatical words, and
// in job titles the words about the contract, the schedule, the seniority or the advert itself.
// Lists are of folded words (lower case, no accents).
import type { TextLocale } from './types.js';

/** Grammatical words of French and English, dropped from every text (`it` is kept: an IT job). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'ou', 'en', 'a', 'au', 'aux', 'pour', 'par',
  'sur', 'avec', 'un', 'une', 'dans', 'sans', 'chez', 'son', 'sa', 'ses',
  // English
  'an', 'the', 'of', 'and', 'or', 'for', 'in', 'at', 'to', 'on', 'with', 'by', 'from', 'as', 'into',
]); // prettier-ignore

// Gender letters and roman numerals of grades.
const LETTERS = ['h', 'f', 'm', 'w', 'x', 'v', 'ii', 'iii', 'iv'];

// French: contract, schedule, seniority, advert (`stage`, an internship, is in FRENCH_ONLY).
const FRENCH = [
  'cdi', 'cdd', 'interim', 'interimaire', 'temps', 'plein', 'partiel', 'mi', 'stagiaire',
  'alternance', 'alternant', 'apprenti', 'contrat', 'professionnalisation', 'debutant', 'experimente',
  'confirme', 'urgent', 'recrute', 'recrutons', 'recherche', 'recherchons', 'cherchons', 'nous', 'poste',
  'offre', 'nuit', 'weekend', 'ans', 'mois', 'salaire', 'brut',
]; // prettier-ignore

// English: contract, schedule, seniority, advert.
const ENGLISH = [
  'urgently', 'hiring', 'hire', 'vacancy', 'vacancies', 'wanted', 'needed', 'required', 'immediate',
  'immediately', 'position', 'positions', 'job', 'jobs', 'opening', 'openings', 'opportunity', 'full',
  'part', 'time', 'fulltime', 'parttime', 'permanent', 'temporary', 'temp', 'contract', 'remote', 'hybrid',
  'based', 'senior', 'junior', 'trainee', 'intern', 'internship', 'graduate', 'fresh', 'entry', 'level',
  'experienced', 'experience', 'years', 'year', 'yrs', 'only', 'asap', 'cum', 'new', 'speaker', 'speaking',
]; // prettier-ignore

// Noise in one language only, because the other language has the word as a trade: `stage` is an
// internship in French and a theatre's stage in English (`stage manager`, `stage technician`).
const FRENCH_ONLY = ['stage'];

/**
 * Words of job adverts that do not change the occupation, dropped from titles (and from the taxonomy's
 * occupation labels, so that both sides agree), by the language a text is read in: `(H/F)` letters,
 * contract and schedule words (`cdi`, `interim`, `full time`), seniority (`senior`, `junior`,
 * `trainee`), advert words (`urgent`, `hiring`). Both languages drop the words of both lists (adverts
 * mix them), except the few that are a trade in the other language (`stage` is kept in English).
 */
export const TITLE_NOISE_WORDS: Readonly<Record<TextLocale, ReadonlySet<string>>> = Object.freeze({
  fr: new Set([...LETTERS, ...FRENCH, ...ENGLISH, ...FRENCH_ONLY]),
  en: new Set([...LETTERS, ...FRENCH, ...ENGLISH]),
});

/**
 * Words of English job titles that say a rank more than a trade, kept but weighed less (see
 * SearchTuning.roleWeights): `Marketing EXECUTIVE`, `Outlet STAFF`, where the other words tell the job.
 */
export const GENERIC_TITLE_WORDS: ReadonlySet<string> = new Set([
  'executive',
  'officer',
  'staff',
  'crew',
  'personnel',
]);
