import { CliError } from './errors.js';
import type { Texts } from './i18n/index.js';

// Checks of option values. Each wrong value is a usage error (exit code 2) saying what is expected, in the
// user's language: the libraries' own RangeErrors are for programmers and never reach a user.

/** The longest list a ranking may ask for: beyond it a list is no longer read by anyone, and memory grows with it. */
export const MAX_TOP = 10_000;

/** A whole number from 1 to `max`. */
export function positiveInteger(
  flag: string,
  value: string,
  t: Texts,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) {
    throw new CliError('usage', t.usage.positiveInteger(flag, value));
  }
  if (n > max) throw new CliError('usage', t.usage.atMost(flag, value, max));
  return n;
}

/** A number from 0 to 1. */
export function score(flag: string, value: string, t: Texts): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1))
    throw new CliError('usage', t.usage.scoreRange(flag, value));
  return n;
}

/** A real calendar date written YYYY-MM-DD. */
export function isoDate(flag: string, value: string, t: Texts): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (date === undefined || date.toISOString().slice(0, 10) !== value) {
    throw new CliError('usage', t.usage.date(flag, value));
  }
  return value;
}

/** One of a closed list of words. */
export function choice<T extends string>(flag: string, value: string, allowed: readonly T[], t: Texts): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError('usage', t.usage.choice(flag, value, allowed));
  }
  return value as T;
}

/** Values given as repeated options and/or comma-separated lists, trimmed, without empties. */
export function listOf(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** Commander's collector for a repeatable option. */
export const collect = (value: string, previous: string[] | undefined): string[] => [
  ...(previous ?? []),
  value,
];
