/**
 * Small default pools the arbitraries draw identifiers from. They are small on purpose: candidates and
 * offers drawn independently then share skills, occupations and Mire often enough for matching tests to
 * see overlaps, partial matches and misses alike.
 */

/** Twelve skill ids, readable in test output. */
export const DEFAULT_SKILL_IDS: readonly string[] = Object.freeze([
  'sk-forklift',
  'sk-order-picking',
  'sk-stock-control',
  'sk-surface-cleaning',
  'sk-customer-service',
  'sk-cash-register',
  'sk-food-hygiene',
  'sk-masonry',
  'sk-truck-driving',
  'sk-personal-care',
  'sk-office-software',
  'sk-teamwork',
]);

/** Six occupation ids. */
export const DEFAULT_OCCUPATION_IDS: readonly string[] = Object.freeze([
  'oc-warehouse-worker',
  'oc-cleaner',
  'oc-cashier',
  'oc-kitchen-assistant',
  'oc-bricklayer',
  'oc-care-assistant',
]);

/** Three Mire ids. */
export const DEFAULT_MIRE_IDS: readonly string[] = Object.freeze(['mirec', 'mirena', 'mirelux']);

/** Languages the Mire's public speaks most (ISO 639-1). */
export const DEFAULT_LANGUAGE_CODES: readonly string[] = Object.freeze([
  'fr',
  'nl',
  'de',
  'en',
  'ar',
  'tr',
  'uk',
  'ps',
]);

/** Nationalities (ISO 3166-1 alpha-2). */
export const DEFAULT_COUNTRY_CODES: readonly string[] = Object.freeze([
  'BE',
  'FR',
  'IT',
  'MA',
  'TR',
  'SY',
  'AF',
  'CD',
  'UA',
  'ER',
]);

/** Offer titles as employers write them. */
export const OFFER_TITLES: readonly string[] = Object.freeze([
  'Cariste (H/F/X)',
  'Magasinier / Magasinière',
  "Agent d'entretien",
  'Caissier·ère à mi-temps',
  'Commis de cuisine',
  'Maçon',
  'Aide-soignant(e) de nuit',
  'Chauffeur C/CE',
]);

/** Employer names. */
export const EMPLOYER_NAMES: readonly string[] = Object.freeze([
  'Logistique Dupont SRL',
  'Net Service ASBL',
  'CPAS de Charleroi',
  'Brasserie du Marché',
  'Constructions Lambert SA',
]);
