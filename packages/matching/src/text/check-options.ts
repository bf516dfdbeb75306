// The argument checks of the text tools, and every message they throw: a wrong argument is a
// programmer's mistake, thrown at once with the remedy. User text, even empty, is never an error, and
// unusable extra synonyms are reported, not thrown (see extra-synonyms.ts).
import type { Taxonomy } from '@passerelle/core';
import { TEXT_LOCALES, type NormalizeOptions } from './types.js';

/** Throws a TypeError when `taxonomy` is not a Taxonomy (an object with `occupations` and `skills` lists). */
export function checkTaxonomy(taxonomy: unknown, method: string): asserts taxonomy is Taxonomy {
  const value = taxonomy as Partial<Taxonomy> | null | undefined;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.occupations) ||
    !Array.isArray(value.skills)
  ) {
    throw new TypeError(
      `${method}: taxonomy must be a Taxonomy (from createStarterTaxonomy, buildTaxonomy or an ESCO loader of @passerelle/core), got ${describe(taxonomy)}.`,
    );
  }
}

/** Throws a TypeError when `options.extraSynonyms` is given but is not an array. */
export function checkExtraSynonymList(list: unknown, method: string): void {
  if (list !== undefined && !Array.isArray(list)) {
    throw new TypeError(
      `${method}: options.extraSynonyms must be an array of { title, occupationId, locale? }, got ${describe(list)}.`,
    );
  }
}

/**
 * Throws a TypeError when `text` is not a string or `options` is not an object, and a RangeError when
 * `options.k` is not a positive integer or `options.locale` is neither `fr` nor `en`.
 */
export function checkNormalizeArguments(
  text: unknown,
  options: unknown,
  method: string,
): asserts options is NormalizeOptions {
  if (typeof text !== 'string') {
    throw new TypeError(`${method}: the text must be a string, got ${describe(text)}.`);
  }
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`${method}: options must be an object such as { k: 10 }, got ${describe(options)}.`);
  }
  const { k, locale } = options as Partial<NormalizeOptions>;
  if (typeof k !== 'number' || !Number.isInteger(k) || k <= 0) {
    throw new RangeError(
      `${method}: options.k must be a positive integer (how many matches to return), got ${describe(k)}.`,
    );
  }
  if (locale !== undefined && !TEXT_LOCALES.includes(locale)) {
    throw new RangeError(
      `${method}: options.locale must be 'fr' or 'en' (or left out), got ${describe(locale)}.`,
    );
  }
}

// A short description of a wrong value for a message.
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}
