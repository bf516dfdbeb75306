/* eslint-disable @typescript-eslint/no-explicit-any -- mutations and zod's internal definitions handle untyped data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../synthetic/dataset.js';
import { arbRecordOfKind } from '../../testing/index.js';
import { RECORD_SCHEMAS, type RecordKind } from '../../parse/record-kinds.js';
import { CommuteLimitSchema, EducationSchema, HoursRangeSchema } from '../candidate.js';
import { CoordinatesSchema, PlaceRefSchema } from '../common.js';
import {
  HeldSkillSchema,
  LanguageRequirementSchema,
  SkillRequirementSchema,
  SpokenLanguageSchema,
} from '../skill-entries.js';
import { fastCandidate, fastCommuteLimit, fastEducation, fastHoursRange } from './candidate.js';
import { fastJobOffer } from './job-offer.js';
import { fastCoordinates, fastPlaceRef } from './place.js';
import { fastCandidateRecord, fastProtectedAttributes } from './protected-attributes.js';
import {
  fastHeldSkill,
  fastLanguageRequirement,
  fastSkillRequirement,
  fastSpokenLanguage,
} from './skill-entries.js';

/*
 * The fast paths must never accept a record their schema rejects, nor return anything but the schema's
 * output. These properties feed them valid records (the synthetic generator's and the arbitraries') and
 * mutations of them, and compare with zod alone, key order and copies included.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path inside a value (the root included), to pick one to mutate. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out);
  return out;
}

/** A deep copy of plain data (with `undefined` values and holes kept, unlike a JSON round trip). */
function clone<T>(value: T): T {
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) if (i in value) copy[i] = clone(value[i]);
    return copy as T;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = clone(item);
    return copy as T;
  }
  return value;
}

/** Values that sit on or next to the schemas' limits and vocabularies, valid and not. */
const NASTY: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  2,
  4,
  5,
  8,
  9,
  -1,
  0.05,
  0.1,
  0.5,
  1.5,
  19.5,
  20,
  21,
  30,
  38,
  59.5,
  60,
  60.5,
  61,
  120,
  121,
  240,
  241,
  300,
  300.5,
  1000,
  1001,
  NaN,
  Infinity,
  -Infinity,
  2 ** 53,
  1e21,
  '',
  ' ',
  'x',
  ' x',
  'x ',
  'a b',
  'é',
  '1',
  '42',
  'true',
  'null',
  'cand-1',
  'cand-000001',
  'x'.repeat(64),
  'x'.repeat(65),
  'x'.repeat(120),
  'x'.repeat(121),
  'x'.repeat(201),
  '2024-02-29',
  '2023-02-29',
  '2025-02-30',
  '2025-04-31',
  '2025-00-01',
  '2025-13-01',
  '2025-1-01',
  ' 2025-01-01',
  '2025-01-01 ',
  '2025/01/01',
  '01/02/2025',
  '0000-01-01',
  '9999-12-31',
  '2025-01-01T00:00:00Z',
  '1000',
  '0999',
  '9999',
  '10000',
  '01001',
  '1001',
  '00000',
  '99999',
  '9999 ',
  'fr',
  'nl',
  'FR',
  'f',
  'fra',
  'A1',
  'B2',
  'C2',
  'native',
  'Native',
  'a1',
  'B',
  'C1E',
  'b',
  'car',
  'bike',
  'walk',
  'public_transport',
  'plane',
  'day',
  'night',
  'weekend',
  'cdi',
  'cdd',
  'interim',
  'not_required',
  'required',
  'mire',
  'none',
  'ceb',
  'cess',
  'master',
  'phd',
  'open',
  'filled',
  'closed',
  [],
  [1],
  ['B'],
  ['B', 'B'],
  [{}],
  {},
  { lat: 50.5, lon: 4.5 },
  { lat: 91, lon: 0 },
  { lat: 0, lon: -180 },
  { postalCode: '1000' },
  { nisCode: '21004' },
  { locality: 'Namur' },
  { min: 10, max: 5 },
  { min: 0, max: 1 },
  { isced: 3 },
  { isced: 1, diploma: 'cess' },
  { isced: 8, diploma: 'none' },
  { id: 'x', level: 5 },
  { id: 'x', level: 1, years: 61 },
  { code: 'fr', level: 'native' },
  { mode: 'car' },
  { mode: 'car', maxKm: 0.05 },
  { mode: 'walk', maxMinutes: 20.5 },
];

/** One change to a record: a field set to a tricky value, removed, left as `undefined`, and so on. */
type Mutation = (record: Json, path: (string | number)[], pick: number) => unknown;

const setAt = (
  record: unknown,
  path: (string | number)[],
  change: (parent: any, key: any) => void,
): unknown => {
  if (path.length === 0) return record;
  let parent: any = record;
  for (const key of path.slice(0, -1)) parent = parent[key];
  change(parent, path[path.length - 1]);
  return record;
};

const MUTATIONS: readonly Mutation[] = [
  // A tricky value in place of a field or an item.
  (r, p, n) =>
    p.length === 0 ? NASTY[n % NASTY.length] : setAt(r, p, (o, k) => (o[k] = clone(NASTY[n % NASTY.length]))),
  // A field or an item removed (a hole in a list).
  (r, p) => setAt(r, p, (o, k) => delete o[k]),
  // A field kept with the value `undefined`.
  (r, p) => setAt(r, p, (o, k) => (o[k] = undefined)),
  // The value of a sibling (a duplicate in a list, a level in a code's place…).
  (r, p, n) =>
    setAt(r, p, (o, k) => {
      const keys = Object.keys(o);
      o[k] = clone(o[keys[n % keys.length] as string]);
    }),
  // Whitespace around a text.
  (r, p, n) => setAt(r, p, (o, k) => typeof o[k] === 'string' && (o[k] = n % 2 ? ` ${o[k]}` : `${o[k]}\t`)),
  // A number nudged past a bound, or turned into text.
  (r, p, n) =>
    setAt(r, p, (o, k) => {
      if (typeof o[k] === 'number') o[k] = [o[k] + 0.5, o[k] - 1, -o[k], String(o[k]), o[k] * 1000][n % 5];
    }),
  // An unknown field (dropped by zod), or an object whose prototype is not a plain object's.
  (r, p, n) =>
    setAt({ root: r }, ['root', ...p], (o, k) => {
      const v = o[k];
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return;
      if (n % 3 === 0) v[`extra${n % 7}`] = 'x';
      else if (n % 3 === 1) o[k] = Object.assign(Object.create(null), v);
      else o[k] = Object.assign(new (class Record {})(), v);
    }) && (r as never),
  // A list grown past its limit by repeating its last item with new ids.
  (r, p, n) =>
    setAt(r, p, (o, k) => {
      const list = o[k];
      if (!Array.isArray(list) || list.length === 0) return;
      const target = [5, 11, 21, 101, 301][n % 5] as number;
      while (list.length < target) list.push(clone(list[list.length - 1]));
    }),
];

/** The schema of the value at `path` inside a value of `schema` (through optional, arrays and objects). */
function schemaAt(schema: any, path: readonly (string | number)[]): any {
  let current = schema;
  for (const key of [...path, null]) {
    while (current?._zod.def.type === 'optional' || current?._zod.def.type === 'nullable')
      current = current._zod.def.innerType;
    if (key === null || current === undefined) return current;
    const def = current._zod.def;
    current = def.type === 'object' ? def.shape[key] : def.type === 'array' ? def.element : undefined;
  }
  return current;
}

const valueAt = (value: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);

/** A distinct variant `n` of a list item (for lists grown to their length limit). */
function variant(item: unknown, n: number): unknown {
  if (typeof item === 'string')
    return /^[a-z]{2}$/.test(item) ? String.fromCharCode(97 + ((n / 26) | 0), 97 + (n % 26)) : `${item}.${n}`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const copy: Record<string, unknown> = { ...item };
  for (const key of ['id', 'code']) if (key in copy) copy[key] = variant(copy[key], n);
  return copy;
}

/** A field left out, in the combinations below. */
const ABSENT = Symbol('absent');

/** Numbers bounded by a refinement rather than a check (coordinates): around ±90 and ±180. */
const REFINED_NUMBER_LIMITS = [0, 90, 90.000001, -90.000001, 180, 180.000001, -180.000001];

/**
 * Values on and just past the limits the schema sets at a place (number bounds, text and list lengths,
 * the codes of a closed list), read from the schema itself so that a new limit is tested at once. For an
 * object, several of its fields at their limits together (for checks across fields, such as min ≤ max).
 */
function limitValues(schema: any, current: unknown, pick: number, nested = false): unknown[] {
  const def = schema?._zod.def;
  if (def === undefined) return [];
  const out: unknown[] = [];
  if (def.type === 'enum') out.push(...Object.values(def.entries), 'unknown_code');
  if (def.type === 'union')
    for (const option of def.options)
      for (const v of option._zod.def.values ?? []) out.push(v, v + 0.5, v + 1);
  if (def.type === 'number' && (def.checks ?? []).length === 0) out.push(...REFINED_NUMBER_LIMITS);
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' || c.check === 'less_than') {
      const v = c.value as number;
      out.push(v, v - 1e-9, v + 1e-9, v - 0.5, v + 0.5, v - 1, v + 1);
    }
    if (c.check === 'min_length' || c.check === 'max_length') {
      const n = (c.minimum ?? c.maximum) as number;
      for (const length of [n - 1, n, n + 1].filter((l) => l >= 0)) {
        if (def.type === 'string') out.push('x'.repeat(length));
        if (Array.isArray(current) && !nested) {
          const first: unknown = current[0] ?? 'item';
          out.push(Array.from({ length }, (_, i) => (i < current.length ? current[i] : variant(first, i))));
        }
      }
    }
  }
  if (def.type === 'object' && current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const combined: Record<string, unknown> = { ...current };
    let seed = pick;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (const [key, field] of Object.entries(def.shape)) {
      const limits = limitValues(
        schemaAt(field, []),
        (current as Record<string, unknown>)[key],
        next(),
        true,
      );
      if (next() % 2 === 1 && limits.length > 0) combined[key] = limits[next() % limits.length];
    }
    out.push(combined);
  }
  return out;
}

/** A valid record of the kind with one to three changes: limits of the schema, or generic mutations. */
const arbMutated = (kind: RecordKind, valid: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      valid,
      fc.array(
        fc.tuple(fc.boolean(), fc.nat(), fc.nat({ max: MUTATIONS.length - 1 }), fc.nat({ max: 2 ** 24 })),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
    )
    .map(([record, changes]) => {
      let mutated = clone(record) as Json;
      for (const [atLimit, where, how, pick] of changes) {
        const schema = RECORD_SCHEMAS[kind];
        const limitsAt = (path: (string | number)[]) =>
          limitValues(schemaAt(schema, path), valueAt(mutated, path), pick);
        const paths = pathsOf(mutated);
        let limits: unknown[] = [];
        let path = paths[where % paths.length] as (string | number)[];
        // At a limit: the first place from the picked one on where the schema sets limits.
        for (let step = 0; atLimit && limits.length === 0 && step < paths.length; step += 1) {
          path = paths[(where + step) % paths.length] as (string | number)[];
          limits = limitsAt(path);
        }
        mutated =
          limits.length > 0
            ? (setAt(mutated, path, (o, k) => (o[k] = clone(limits[pick % limits.length]))) as Json)
            : ((MUTATIONS[how] as Mutation)(mutated, path, pick) as Json);
      }
      return mutated;
    });

/** The objects and arrays inside a value. */
function containers(value: unknown, out = new Set<unknown>()): Set<unknown> {
  if (value !== null && typeof value === 'object') {
    out.add(value);
    for (const item of Object.values(value)) containers(item, out);
  }
  return out;
}

/** Keys in order, all the way down (what `JSON.stringify` shows and `toStrictEqual` does not check). */
const keyOrder = (value: unknown): unknown =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).map(([key, item]) => [key, keyOrder(item)])
    : typeof value;

interface ZodLike {
  safeParse(input: unknown): { success: boolean; data?: unknown };
}

/** What became of one input: the fast path took it, or deferred it to zod, which accepted or rejected it. */
type Outcome = 'fast' | 'zod-accepted' | 'zod-rejected';

/** Checks a fast path against zod alone on one input. */
function compareWithZod(schema: ZodLike, fast: (input: unknown) => unknown, input: unknown): Outcome {
  const byZod = schema.safeParse(input);
  const byFast = fast(input);
  if (byFast === undefined) return byZod.success ? 'zod-accepted' : 'zod-rejected';
  expect(byZod.success, 'the fast path accepted a record zod rejects').toBe(true);
  expect(byFast).toStrictEqual(byZod.data);
  expect(keyOrder(byFast)).toEqual(keyOrder(byZod.data));
  // zod returns new objects and lists; so must the fast path, or later changes to the input would leak.
  const inside = containers(input);
  for (const part of containers(byFast)) expect(inside.has(part)).toBe(false);
  return 'fast';
}

/** Whether the fast path took the input, after checking it against zod. */
const agreesWithZod = (schema: ZodLike, fast: (input: unknown) => unknown, input: unknown): boolean =>
  compareWithZod(schema, fast, input) === 'fast';

interface FastPathCase {
  readonly kind: RecordKind;
  readonly fast: (input: unknown) => unknown;
  readonly fromGenerator: (seed: number) => unknown[];
}

const CASES: readonly FastPathCase[] = [
  {
    kind: 'candidate',
    fast: fastCandidate,
    fromGenerator: (seed) => generateDataset({ seed, candidates: 40 }).candidates.map((r) => r.candidate),
  },
  {
    kind: 'candidateRecord',
    fast: fastCandidateRecord,
    fromGenerator: (seed) => generateDataset({ seed, candidates: 40 }).candidates,
  },
  {
    kind: 'jobOffer',
    fast: fastJobOffer,
    fromGenerator: (seed) => generateDataset({ seed, candidates: 20, offers: 40 }).offers,
  },
  {
    kind: 'protectedAttributes',
    fast: fastProtectedAttributes,
    fromGenerator: (seed) =>
      generateDataset({ seed, candidates: 40 }).candidates.flatMap((r) =>
        r.protectedAttributes ? [r.protectedAttributes] : [],
      ),
  },
];

describe.each(CASES)('fast path of $kind', ({ kind, fast, fromGenerator }) => {
  const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
  // Generated once (a dataset takes a while to build): records of a few seeds, read back from JSON.
  const generated = [3, 17, 2026].flatMap((seed) => fromGenerator(seed).map(json));
  const valid = fc.oneof(arbRecordOfKind(kind).map(json), fc.constantFrom(...generated));

  it('accepts every valid record, with exactly the output of zod', () => {
    fc.assert(
      fc.property(valid, (record) => {
        expect(agreesWithZod(RECORD_SCHEMAS[kind], fast, record), 'a valid record fell back to zod').toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('accepts the generated records with their JavaScript values too (no JSON round trip)', () => {
    for (const record of fromGenerator(2026))
      expect(agreesWithZod(RECORD_SCHEMAS[kind], fast, record)).toBe(true);
  });

  it('never accepts a mutated record zod rejects, and returns what zod returns for those it accepts', () => {
    const seen: Record<Outcome, number> = { fast: 0, 'zod-accepted': 0, 'zod-rejected': 0 };
    fc.assert(
      fc.property(arbMutated(kind, valid), (record) => {
        seen[compareWithZod(RECORD_SCHEMAS[kind], fast, record)] += 1;
      }),
      { numRuns: 1500 },
    );
    // Both sides must be exercised, or the property says little.
    expect(seen.fast).toBeGreaterThan(50);
    expect(seen['zod-rejected']).toBeGreaterThan(200);
  });
});

/** The parts of records that have their own fast path, with a valid example of each. */
const PARTS: readonly (readonly [string, ZodLike, (input: unknown) => unknown, Record<string, unknown>])[] = [
  ['education', EducationSchema, fastEducation, { isced: 3, diploma: 'cess' }],
  ['hours range', HoursRangeSchema, fastHoursRange, { min: 19, max: 38 }],
  ['commute limit', CommuteLimitSchema, fastCommuteLimit, { mode: 'car', maxMinutes: 30, maxKm: 25 }],
  ['coordinates', CoordinatesSchema, fastCoordinates, { lat: 50.5, lon: 4.5 }],
  ['place', PlaceRefSchema, fastPlaceRef, { postalCode: '5000', nisCode: '92094', locality: 'Namur' }],
  ['held skill', HeldSkillSchema, fastHeldSkill, { id: 'skill-1', level: 2, years: 3 }],
  ['spoken language', SpokenLanguageSchema, fastSpokenLanguage, { code: 'fr', level: 'native' }],
  ['skill requirement', SkillRequirementSchema, fastSkillRequirement, { id: 'skill-1', minLevel: 2 }],
  [
    'language requirement',
    LanguageRequirementSchema,
    fastLanguageRequirement,
    { code: 'nl', minLevel: 'B1', required: true },
  ],
];

describe.each(PARTS)('fast path of a %s', (_name, schema, fast, example) => {
  it('agrees with zod on every combination of its fields at, below and above their limits', () => {
    const shape = (schema as unknown as { shape: Record<string, unknown> }).shape;
    const choices = Object.keys(shape).map((key) => [
      example[key],
      ABSENT,
      ...limitValues(schemaAt(shape[key], []), example[key], 0),
    ]);
    let accepted = 0;
    let count = 0;
    const combine = (at: number, record: Record<string, unknown>): void => {
      if (at === choices.length) {
        count += 1;
        if (agreesWithZod(schema, fast, record)) accepted += 1;
        return;
      }
      const key = Object.keys(shape)[at] as string;
      for (const value of choices[at] as unknown[]) {
        const next = { ...record };
        if (value !== ABSENT) next[key] = value;
        combine(at + 1, next);
      }
    };
    combine(0, {});
    expect(count).toBeGreaterThan(10);
    expect(accepted).toBeGreaterThan(0);
  });
});
