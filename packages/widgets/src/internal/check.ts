// Structural checks of records that reach a widget from JSON or from untyped pages. Each check returns the
// path of the first bad field, or undefined. The widgets carry no schema library: zod alone would weigh
// more than every widget together.

/** Returns the path of the first bad field under `path`, or undefined when the value is fine. */
export type Check = (value: unknown, path: string) => string | undefined;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string. */
export const text: Check = (value, path) => (typeof value === 'string' && value !== '' ? undefined : path);

/** A finite number in [min, max]. */
export const numberIn =
  (min: number, max: number): Check =>
  (value, path) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? undefined : path;

/** A boolean. */
export const bool: Check = (value, path) => (typeof value === 'boolean' ? undefined : path);

/** Anything (kept for shape documentation). */
export const any: Check = () => undefined;

/** The check, or nothing at all. */
export const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined || value === null ? undefined : check(value, path);

/** An array whose every item passes `item`. */
export const arrayOf =
  (item: Check): Check =>
  (value, path) => {
    if (!Array.isArray(value)) return path;
    for (let i = 0; i < value.length; i += 1) {
      const bad = item(value[i], `${path}[${i}]`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  };

/** An object whose listed fields pass their checks (other fields are ignored). */
export const shape =
  (fields: Readonly<Record<string, Check>>): Check =>
  (value, path) => {
    if (!isRecord(value)) return path;
    for (const [key, check] of Object.entries(fields)) {
      const bad = check(value[key], path === '' ? key : `${path}.${key}`);
      if (bad !== undefined) return bad;
    }
    return undefined;
  };

/** A localized text `{ fr, en }`. */
export const localizedText: Check = shape({ fr: text, en: text });
