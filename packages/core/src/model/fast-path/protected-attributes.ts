import type { CandidateRecord, ProtectedAttributes } from '../protected-attributes.js';
import { ProtectedAttributesSchema } from '../protected-attributes.js';
import { COUNTRY_CODE_PATTERN } from '../../vocab/protected-codes.js';
import { fastCandidate } from './candidate.js';
import { absent, codeSet, isDate, isId, isOptional, isPlainObject } from './checks.js';

/*
 * Candidate files pair each profile with its protected attributes (`CandidateRecordSchema`): the same
 * reason as for candidates (zod ~30 µs per record, files of 250,000) and the same contract: the schema's
 * output for records it surely accepts, `undefined` (ask zod) for anything else.
 */

// Each field's codes read from its own schema, so that a field moved to another list is followed.
const shape = ProtectedAttributesSchema.shape;
const oneOf = (schema: { readonly options: readonly string[] }) => {
  const codes = codeSet(schema);
  return (value: unknown): value is string => typeof value === 'string' && codes.has(value);
};
const isGender = oneOf(shape.gender.unwrap());
const isForeignBackground = oneOf(shape.foreignBackground.unwrap());
const isNewcomer = oneOf(shape.newcomer.unwrap());
const isRefugee = oneOf(shape.refugee.unwrap());
const isDisability = oneOf(shape.disability.unwrap());
const isCountryCode = (value: unknown): value is string =>
  typeof value === 'string' && COUNTRY_CODE_PATTERN.test(value);

/** `ProtectedAttributesSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastProtectedAttributes(value: unknown): ProtectedAttributes | undefined {
  if (!isPlainObject(value)) return undefined;
  const { candidateId, gender, birthDate, nationality, foreignBackground, newcomer, refugee, disability } =
    value;
  if (!isId(candidateId)) return undefined;
  if (!isOptional(value, 'gender', gender, isGender)) return undefined;
  if (!isOptional(value, 'birthDate', birthDate, isDate)) return undefined;
  if (!isOptional(value, 'nationality', nationality, isCountryCode)) return undefined;
  if (!isOptional(value, 'foreignBackground', foreignBackground, isForeignBackground)) return undefined;
  if (!isOptional(value, 'newcomer', newcomer, isNewcomer)) return undefined;
  if (!isOptional(value, 'refugee', refugee, isRefugee)) return undefined;
  if (!isOptional(value, 'disability', disability, isDisability)) return undefined;
  // Keys in the schema's order, optional ones only when set, as zod writes them.
  const attributes: ProtectedAttributes = { candidateId };
  if (gender !== undefined) attributes.gender = gender as ProtectedAttributes['gender'];
  if (birthDate !== undefined) attributes.birthDate = birthDate;
  if (nationality !== undefined) attributes.nationality = nationality;
  if (foreignBackground !== undefined)
    attributes.foreignBackground = foreignBackground as ProtectedAttributes['foreignBackground'];
  if (newcomer !== undefined) attributes.newcomer = newcomer as ProtectedAttributes['newcomer'];
  if (refugee !== undefined) attributes.refugee = refugee as ProtectedAttributes['refugee'];
  if (disability !== undefined) attributes.disability = disability as ProtectedAttributes['disability'];
  return attributes;
}

/** `CandidateRecordSchema`'s output for plain data it accepts, or `undefined` (not sure). */
export function fastCandidateRecord(value: unknown): CandidateRecord | undefined {
  if (!isPlainObject(value)) return undefined;
  const candidate = fastCandidate(value.candidate);
  if (candidate === undefined) return undefined;
  const raw = value.protectedAttributes;
  if (raw === undefined) return absent(value, 'protectedAttributes') ? { candidate } : undefined;
  const protectedAttributes = fastProtectedAttributes(raw);
  // The attributes must name the candidate they sit beside (`unknown_reference`).
  if (protectedAttributes === undefined || protectedAttributes.candidateId !== candidate.id) return undefined;
  return { candidate, protectedAttributes };
}

/** The keys the fast paths above read, for the test that compares them with the schemas' keys. */
export const PROTECTED_ATTRIBUTES_FAST_PATH_KEYS = {
  protectedAttributes: [
    'candidateId',
    'gender',
    'birthDate',
    'nationality',
    'foreignBackground',
    'newcomer',
    'refugee',
    'disability',
  ],
  candidateRecord: ['candidate', 'protectedAttributes'],
} as const;
