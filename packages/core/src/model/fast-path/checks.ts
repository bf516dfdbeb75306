import { ID_PATTERN, isIsoDate } from '../common.js';

/**
 * Building blocks of the fast paths: hand-written checks that accept only what the zod schemas of
 * `model/` accept, for plain data (what `JSON.parse` or a CSV reader gives). Every fast path returns the
 * parsed record, or `undefined` for "not sure", after which the record goes through zod as before, so
 * that every error stays the one zod reports.
 */

/** A record as read by a fast path: string keys, unknown values. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * Whether `value` is a plain object (prototype `Object.prototype` or `null`). zod accepts any non-array
 * object; the fast paths leave class instances and other exotic objects to zod.
 */
export function isPlainObject(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether an optional field whose value is `undefined` is truly absent. zod keeps a key present with the
 * value `undefined` in its output; the fast paths leave that rare case to zod rather than copy it.
 */
export const absent = (record: Fields, key: string): boolean => !(key in record);

/** Whether the optional field `key` of `record`, read as `value`, is absent or passes `check`. */
export const isOptional = <T>(
  record: Fields,
  key: string,
  value: unknown,
  check: (value: unknown) => value is T,
): value is T | undefined => (value === undefined ? absent(record, key) : check(value));

/** A record identifier, as `IdSchema` accepts it. */
export const isId = (value: unknown): value is string => typeof value === 'string' && ID_PATTERN.test(value);

/** A `YYYY-MM-DD` calendar date, as `IsoDateSchema` accepts it. */
export const isDate = (value: unknown): value is string => typeof value === 'string' && isIsoDate(value);

/** A finite number in `[min, max]`, as `z.number().min(min).max(max)` accepts it. */
export const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** An integer in `[min, max]`, as `z.number().int().min(min).max(max)` accepts it. */
export const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

/**
 * A copy of a list of distinct codes of a closed list (as `z.array(z.enum(...))` with a distinct-value
 * refinement accepts it), or `undefined`. zod returns a new array, so the fast path does too.
 */
export function distinctCodes<T extends string>(
  value: unknown,
  allowed: ReadonlySet<string>,
  maxItems = Infinity,
): T[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const length = value.length;
  // Sized once, as zod does: growing by push would allocate again.
  const out = new Array<T>(length);
  for (let i = 0; i < length; i += 1) {
    const code: unknown = value[i];
    if (typeof code !== 'string' || !allowed.has(code)) return undefined;
    // Lists of codes are short (a handful): a scan is cheaper than a Set.
    for (let j = 0; j < i; j += 1) if (out[j] === code) return undefined;
    out[i] = code as T;
  }
  return out;
}

/** A copy of a list of distinct identifiers with at most `maxItems` items, or `undefined`. */
export function distinctIdList(value: unknown, maxItems: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const length = value.length;
  const out = new Array<string>(length);
  for (let i = 0; i < length; i += 1) {
    const id: unknown = value[i];
    if (!isId(id)) return undefined;
    for (let j = 0; j < i; j += 1) if (out[j] === id) return undefined;
    out[i] = id;
  }
  return out;
}

/**
 * A copy of a list of objects read by `item` (which returns `undefined` when not sure), at most `maxItems`
 * long, whose `key` values are distinct; or `undefined`.
 */
export function distinctObjects<T>(
  value: unknown,
  maxItems: number,
  item: (value: unknown) => T | undefined,
  key: (item: T) => string,
): T[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const length = value.length;
  const out = new Array<T>(length);
  let seen: Set<string> | undefined;
  for (let i = 0; i < length; i += 1) {
    const parsed = item(value[i]);
    if (parsed === undefined) return undefined;
    const k = key(parsed);
    // Short lists are scanned; longer ones (up to 300 skills) use a set.
    if (i < 8) {
      for (let j = 0; j < i; j += 1) if (key(out[j] as T) === k) return undefined;
    } else {
      if (seen === undefined) seen = new Set(out.slice(0, i).map(key));
      if (seen.has(k)) return undefined;
      seen.add(k);
    }
    out[i] = parsed;
  }
  return out;
}

/** The accepted values of a zod enum, for membership checks. */
export const codeSet = (schema: { readonly options: readonly string[] }): ReadonlySet<string> =>
  new Set(schema.options);

/** The accepted values of a zod union of literals (such as ISCED levels), for membership checks. */
export const literalSet = (schema: {
  readonly options: readonly { readonly values: ReadonlySet<unknown> }[];
}): ReadonlySet<unknown> => new Set(schema.options.flatMap((option) => [...option.values]));
