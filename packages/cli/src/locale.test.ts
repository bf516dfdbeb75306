import { describe, expect, it } from 'vitest';
import { findLangArgument, resolveLang } from './locale.js';

describe('the language of the messages', () => {
  it('is --lang when given, else the locale of the environment, else French', () => {
    expect(resolveLang('en', { LANG: 'fr_BE.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'en_GB.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, { LANG: 'fr_BE.UTF-8' })).toBe('fr');
    expect(resolveLang(undefined, { LANG: 'nl_BE.UTF-8' })).toBe('fr');
    expect(resolveLang(undefined, { LANG: 'C' })).toBe('fr');
    expect(resolveLang(undefined, {})).toBe('fr');
    expect(resolveLang(undefined, { LANG: 'english' })).toBe('fr');
  });

  it('follows POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(resolveLang(undefined, { LC_ALL: 'fr_FR', LC_MESSAGES: 'en_US', LANG: 'en_US' })).toBe('fr');
    expect(resolveLang(undefined, { LC_MESSAGES: 'en_US', LANG: 'fr_BE' })).toBe('en');
    expect(resolveLang(undefined, { LC_ALL: '', LANG: 'en' })).toBe('en');
  });

  it('reads --lang before parsing, in both spellings, the last one winning, not after --', () => {
    expect(findLangArgument(['validate', '--lang', 'en', 'a.csv'])).toBe('en');
    expect(findLangArgument(['--lang=fr', 'match', '--lang=en'])).toBe('en');
    expect(findLangArgument(['validate', '--', '--lang', 'en'])).toBeUndefined();
    expect(findLangArgument(['validate'])).toBeUndefined();
  });
});
