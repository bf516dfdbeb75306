// The records as typed columns: what the indicators read. Building per-record objects for a million contracts
// costs more in allocation and garbage collection than every indicator together, so `prepareReportingData`
// keeps day numbers and small codes in typed arrays, grouped by person (compressed rows: the spells of person
// `p` are `offsets[p]` to `offsets[p + 1] - 1`, sorted by date), and builds `PersonRecords` only when asked.
import type { Accompaniment, CandidateRecord, Contract, FollowUp } from '@passerelle/core';
import { CONTRACT_TYPES, GENDERS, LABOUR_STATUSES, PROGRAMMES } from '@passerelle/core';
import { dayOf, lastDayOfYmd } from '../internal/days.js';
import type { EmployerPresentation, PersonRecords, ReportingData } from './reporting-data.js';

/** The exit or end of a spell still going on: later than any day. */
export const OPEN = 0x7fff_ffff;
/** An unknown day, `yyyymmdd` or commune code. */
export const NONE = -0x8000_0000;
/** An unknown code. */
export const UNKNOWN_CODE = 255;

/** EU member states (ISO 3166-1 alpha-2): participants of another nationality are third-country nationals. */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

/** Bits of {@link ReportingStore.traits}: protected attributes answered "yes", and nationality. */
export const TRAIT = {
  newcomer: 1,
  refugee: 2,
  disability: 4,
  foreignBackground: 8,
  /** Nationality given. */
  nationalityKnown: 16,
  /** Nationality given and not Belgian. */
  foreignNational: 32,
  /** Nationality given and outside the EU. */
  thirdCountry: 64,
} as const;

/** Spells of one kind, grouped by person and sorted by day. */
export interface SpellColumns {
  /** `offsets[p]` is the first spell of person `p`; length: people + 1. */
  readonly offsets: Int32Array;
  /** Position of each spell's record in its input list. */
  readonly source: Int32Array;
}

/** The valid records as columns. */
export interface ReportingStore {
  /** Number of people. */
  readonly size: number;
  /** Candidate records, in person order. */
  readonly candidates: readonly CandidateRecord[];
  /** ISCED level per person. */
  readonly isced: Uint8Array;
  /** Birth date as `yyyymmdd` per person, or {@link NONE}. */
  readonly birthYmd: Int32Array;
  /** Day since when the person is out of work, or {@link NONE}. */
  readonly unemployedSince: Int32Array;
  /** Index in `GENDERS` per person, or {@link UNKNOWN_CODE}. */
  readonly gender: Uint8Array;
  /** {@link TRAIT} bits per person. */
  readonly traits: Uint8Array;
  /** Home commune REFNIS code as a number, or {@link NONE}. */
  readonly homeNis: Int32Array;

  readonly accompaniments: SpellColumns & {
    readonly records: readonly Accompaniment[];
    readonly entry: Int32Array;
    /** Exit day, or {@link OPEN}. */
    readonly exit: Int32Array;
    /** Index in `mireIds`. */
    readonly mire: Uint16Array;
    /** Index in `PROGRAMMES`, or {@link UNKNOWN_CODE}. */
    readonly programme: Uint8Array;
    /** Index in `LABOUR_STATUSES`, or {@link UNKNOWN_CODE}. */
    readonly status: Uint8Array;
  };
  /** Mire ids in order of first appearance. */
  readonly mireIds: readonly string[];

  readonly contracts: SpellColumns & {
    readonly records: readonly Contract[];
    readonly start: Int32Array;
    /** Last day, or {@link OPEN}. */
    readonly end: Int32Array;
    /** Index in `CONTRACT_TYPES`. */
    readonly type: Uint8Array;
    /** Weekly hours of the contract at a position, when known (read from the record). */
    readonly hoursAt: (c: number) => number | undefined;
  };

  readonly followUps: SpellColumns & { readonly records: readonly FollowUp[]; readonly day: Int32Array };

  /** `undefined` when no presentation records were given. */
  readonly presentations:
    | (SpellColumns & { readonly records: readonly EmployerPresentation[]; readonly day: Int32Array })
    | undefined;
}

const codeMap = (codes: readonly string[]): ReadonlyMap<string, number> =>
  new Map(codes.map((code, index) => [code, index]));

/** Contract type → index in `CONTRACT_TYPES`. */
export const CONTRACT_TYPE_CODE = codeMap(CONTRACT_TYPES);
const GENDER_CODE = codeMap(GENDERS);
const PROGRAMME_CODE = codeMap(PROGRAMMES);
const STATUS_CODE = codeMap(LABOUR_STATUSES);

/** A code's index, or {@link UNKNOWN_CODE}. */
export const codeOf = (map: ReadonlyMap<string, number>, code: string | undefined): number =>
  code === undefined ? UNKNOWN_CODE : (map.get(code) ?? UNKNOWN_CODE);

export const programmeCode = (programme: string): number => codeOf(PROGRAMME_CODE, programme);
export const statusCode = (status: string | undefined): number => codeOf(STATUS_CODE, status);

/** A REFNIS commune code as a number, or {@link NONE}. */
export function nisNumber(code: string | undefined): number {
  if (code === undefined || code.length !== 5) return NONE;
  let value = 0;
  for (let i = 0; i < 5; i += 1) {
    const digit = code.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NONE;
    value = value * 10 + digit;
  }
  return value;
}

/** Fills the person columns of person `p` from their candidate record. */
export function writePerson(
  columns: Pick<ReportingStore, 'isced' | 'birthYmd' | 'unemployedSince' | 'gender' | 'traits' | 'homeNis'>,
  p: number,
  record: CandidateRecord,
): void {
  const { candidate, protectedAttributes: attributes } = record;
  columns.isced[p] = candidate.education.isced;
  const since = candidate.unemployedSince;
  columns.unemployedSince[p] = since === undefined ? NONE : (dayOf(since) ?? NONE);
  columns.homeNis[p] = nisNumber(candidate.home.nisCode);
  if (attributes === undefined) {
    columns.birthYmd[p] = NONE;
    columns.gender[p] = UNKNOWN_CODE;
    columns.traits[p] = 0;
    return;
  }
  const birthDate = attributes.birthDate;
  columns.birthYmd[p] = birthDate !== undefined && dayOf(birthDate) !== undefined ? lastDayOfYmd() : NONE;
  columns.gender[p] = codeOf(GENDER_CODE, attributes.gender);
  let traits = 0;
  if (attributes.newcomer === 'yes') traits |= TRAIT.newcomer;
  if (attributes.refugee === 'yes') traits |= TRAIT.refugee;
  if (attributes.disability === 'yes') traits |= TRAIT.disability;
  if (attributes.foreignBackground === 'yes') traits |= TRAIT.foreignBackground;
  const nationality = attributes.nationality;
  if (nationality !== undefined) {
    traits |= TRAIT.nationalityKnown;
    if (nationality !== 'BE') traits |= TRAIT.foreignNational;
    if (!EU_MEMBER_STATES.has(nationality)) traits |= TRAIT.thirdCountry;
  }
  columns.traits[p] = traits;
}

/** Empty person columns for `size` people. */
export function personColumns(size: number) {
  return {
    isced: new Uint8Array(size),
    birthYmd: new Int32Array(size),
    unemployedSince: new Int32Array(size),
    gender: new Uint8Array(size),
    traits: new Uint8Array(size),
    homeNis: new Int32Array(size),
  };
}

const orNull = (day: number): number | null => (day === OPEN ? null : day);

/**
 * One person's records as objects, from the columns. The contracts, follow-ups and presentations are built
 * the first time they are read (an eligibility criterion reads a person's contracts, rarely the rest).
 */
class PersonView implements PersonRecords {
  readonly id: string;
  readonly candidate: PersonRecords['candidate'];
  readonly attributes?: PersonRecords['attributes'];
  readonly accompaniments: PersonRecords['accompaniments'];
  readonly #store: ReportingStore;
  readonly #p: number;
  #contracts?: PersonRecords['contracts'];
  #followUps?: PersonRecords['followUps'];
  #presentations?: PersonRecords['presentations'];

  constructor(store: ReportingStore, p: number) {
    const record = store.candidates[p] as CandidateRecord;
    this.#store = store;
    this.#p = p;
    this.id = record.candidate.id;
    this.candidate = record.candidate;
    if (record.protectedAttributes !== undefined) this.attributes = record.protectedAttributes;
    const acc = store.accompaniments;
    const accompaniments = [];
    for (let k = acc.offsets[p] as number; k < (acc.offsets[p + 1] as number); k += 1) {
      const index = acc.source[k] as number;
      accompaniments.push({
        record: acc.records[index] as Accompaniment,
        index,
        entry: acc.entry[k] as number,
        exit: orNull(acc.exit[k] as number),
      });
    }
    this.accompaniments = accompaniments;
  }

  get contracts(): PersonRecords['contracts'] {
    if (this.#contracts === undefined) {
      const con = this.#store.contracts;
      const contracts = [];
      for (let k = con.offsets[this.#p] as number; k < (con.offsets[this.#p + 1] as number); k += 1) {
        const index = con.source[k] as number;
        contracts.push({
          record: con.records[index] as Contract,
          index,
          start: con.start[k] as number,
          end: orNull(con.end[k] as number),
        });
      }
      this.#contracts = contracts;
    }
    return this.#contracts;
  }

  get followUps(): PersonRecords['followUps'] {
    if (this.#followUps === undefined) {
      const fu = this.#store.followUps;
      const followUps = [];
      for (let k = fu.offsets[this.#p] as number; k < (fu.offsets[this.#p + 1] as number); k += 1) {
        const index = fu.source[k] as number;
        followUps.push({ record: fu.records[index] as FollowUp, index, day: fu.day[k] as number });
      }
      this.#followUps = followUps;
    }
    return this.#followUps;
  }

  get presentations(): PersonRecords['presentations'] {
    const pr = this.#store.presentations;
    if (pr === undefined) return undefined;
    if (this.#presentations === undefined) {
      const presentations = [];
      for (let k = pr.offsets[this.#p] as number; k < (pr.offsets[this.#p + 1] as number); k += 1) {
        const index = pr.source[k] as number;
        presentations.push({
          record: pr.records[index] as EmployerPresentation,
          index,
          day: pr.day[k] as number,
        });
      }
      this.#presentations = presentations;
    }
    return this.#presentations;
  }

  /** The records as plain data (what `JSON.stringify` and deep equality see). */
  toJSON(): PersonRecords {
    return {
      id: this.id,
      candidate: this.candidate,
      ...(this.attributes !== undefined ? { attributes: this.attributes } : {}),
      accompaniments: this.accompaniments,
      contracts: this.contracts,
      followUps: this.followUps,
      ...(this.presentations !== undefined ? { presentations: this.presentations } : {}),
    };
  }
}

/** One person's records as objects, from the columns. */
export function personRecords(store: ReportingStore, p: number): PersonRecords {
  return new PersonView(store, p);
}

const STORES = new WeakMap<ReportingData, ReportingStore>();

/** Links prepared data to its columns. */
export function attachStore(data: ReportingData, store: ReportingStore): void {
  STORES.set(data, store);
}

/**
 * The columns of reporting data: those `prepareReportingData` built, or, for data put together by hand from
 * `people`, columns built from it once.
 */
export function storeOf(data: ReportingData): ReportingStore {
  let store = STORES.get(data);
  if (store === undefined) {
    store = storeFromPeople(data.people, data.hasPresentations === true);
    STORES.set(data, store);
  }
  return store;
}

function offsetsOf(people: readonly PersonRecords[], count: (person: PersonRecords) => number): Int32Array {
  const offsets = new Int32Array(people.length + 1);
  people.forEach((person, p) => {
    offsets[p + 1] = (offsets[p] as number) + count(person);
  });
  return offsets;
}

const iota = (length: number): Int32Array => Int32Array.from({ length }, (_, i) => i);

/** Columns from people already grouped (hand-built data); records are listed in person order. */
function storeFromPeople(people: readonly PersonRecords[], hasPresentations: boolean): ReportingStore {
  const size = people.length;
  const columns = personColumns(size);
  people.forEach((person, p) =>
    writePerson(columns, p, {
      candidate: person.candidate,
      ...(person.attributes !== undefined ? { protectedAttributes: person.attributes } : {}),
    }),
  );
  const accompaniments = people.flatMap((person) => person.accompaniments);
  const mireIds: string[] = [];
  const mireCode = new Map<string, number>();
  const mire = Uint16Array.from(accompaniments, (spell) => {
    const id = spell.record.mireId;
    let code = mireCode.get(id);
    if (code === undefined) {
      code = mireIds.push(id) - 1;
      mireCode.set(id, code);
    }
    return code;
  });
  const contracts = people.flatMap((person) => person.contracts);
  const followUps = people.flatMap((person) => person.followUps);
  const presentations = people.flatMap((person) => person.presentations ?? []);
  return {
    size,
    candidates: people.map((person) => ({
      candidate: person.candidate,
      ...(person.attributes !== undefined ? { protectedAttributes: person.attributes } : {}),
    })),
    ...columns,
    accompaniments: {
      offsets: offsetsOf(people, (person) => person.accompaniments.length),
      source: iota(accompaniments.length),
      records: accompaniments.map((spell) => spell.record),
      entry: Int32Array.from(accompaniments, (spell) => spell.entry),
      exit: Int32Array.from(accompaniments, (spell) => spell.exit ?? OPEN),
      mire,
      programme: Uint8Array.from(accompaniments, (spell) => programmeCode(spell.record.programme)),
      status: Uint8Array.from(accompaniments, (spell) => statusCode(spell.record.statusAtEntry)),
    },
    mireIds,
    contracts: {
      offsets: offsetsOf(people, (person) => person.contracts.length),
      source: iota(contracts.length),
      records: contracts.map((spell) => spell.record),
      start: Int32Array.from(contracts, (spell) => spell.start),
      end: Int32Array.from(contracts, (spell) => spell.end ?? OPEN),
      type: Uint8Array.from(contracts, (spell) => codeOf(CONTRACT_TYPE_CODE, spell.record.type)),
      hoursAt: (c) => contracts[c]?.record.hoursPerWeek,
    },
    followUps: {
      offsets: offsetsOf(people, (person) => person.followUps.length),
      source: iota(followUps.length),
      records: followUps.map((contact) => contact.record),
      day: Int32Array.from(followUps, (contact) => contact.day),
    },
    presentations: hasPresentations
      ? {
          offsets: offsetsOf(people, (person) => person.presentations?.length ?? 0),
          source: iota(presentations.length),
          records: presentations.map((contact) => contact.record),
          day: Int32Array.from(presentations, (contact) => contact.day),
        }
      : undefined,
  };
}
