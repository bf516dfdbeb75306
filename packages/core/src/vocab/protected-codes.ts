/** Gender as the ESF+ regulation asks to break it down, plus an explicit refusal. */
export const GENDERS = ['woman', 'man', 'non_binary', 'refused'] as const;
/** A gender code. */
export type Gender = (typeof GENDERS)[number];

/** An answer to a sensitive question (special-category data must allow a refusal). */
export const DISCLOSURES = ['yes', 'no', 'refused'] as const;
/** A disclosure answer. */
export type Disclosure = (typeof DISCLOSURES)[number];

/** An ISO 3166-1 alpha-2 country code in upper case. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{2}$/;
