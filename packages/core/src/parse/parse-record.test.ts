import { describe, expect, it } from 'vitest';
import { parseCandidate, parseContract, parseEmployer, parseJobOffer } from './parse-entities.js';
import { parseRecord } from './parse-record.js';
import { validCandidateInput, validOfferInput } from '../../test/fixtures/records.js';

function issuesOf(result: ReturnType<typeof parseRecord>) {
  if (result.ok) throw new Error('expected a failure');
  return result.issues.map((issue) => ({ code: issue.code, field: issue.field }));
}

describe('parseCandidate', () => {
  it('returns the typed candidate for valid input and drops unknown properties', () => {
    const result = parseCandidate({ ...validCandidateInput(), gender: 'woman' });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.id).toBe('cand-001');
      expect(result.value).not.toHaveProperty('gender');
    }
  });

  it('reports each bad field with a stable code and its path', () => {
    const input = {
      ...validCandidateInput(),
      id: 'has space',
      home: { postalCode: '600' },
      unemployedSince: '2023-02-30',
      hoursPerWeek: { min: 30, max: 20 },
      licences: ['B', 'Z'],
      mireId: undefined,
    };
    expect(issuesOf(parseCandidate(input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_id', field: 'id' },
        { code: 'invalid_postal_code', field: 'home.postalCode' },
        { code: 'invalid_date', field: 'unemployedSince' },
        { code: 'range_order', field: 'hoursPerWeek.min' },
        { code: 'invalid_value', field: 'licences[1]' },
        { code: 'required', field: 'mireId' },
      ]),
    );
  });

  it('requires a place, and a limit for each commute mode', () => {
    const input = { ...validCandidateInput(), home: {}, commute: [{ mode: 'car' }] };
    expect(issuesOf(parseCandidate(input))).toEqual([
      { code: 'place_missing', field: 'home' },
      { code: 'commute_limit_missing', field: 'commute[0]' },
    ]);
  });

  it('rejects an ISCED level below what the Belgian diploma certifies', () => {
    const input = { ...validCandidateInput(), education: { isced: 2, diploma: 'cess' } };
    const result = parseCandidate(input);
    expect(issuesOf(result)).toEqual([{ code: 'diploma_level_mismatch', field: 'education.isced' }]);
    if (!result.ok) expect(result.issues[0]?.message.fr).toContain('(CITE 3)');
  });

  it('reports a repeated skill as duplicate_value', () => {
    const input = {
      ...validCandidateInput(),
      skills: [
        { id: 'a', level: 1 },
        { id: 'a', level: 2 },
      ],
    };
    expect(issuesOf(parseCandidate(input))).toEqual([{ code: 'duplicate_value', field: 'skills[1]' }]);
  });

  it('places issues in their file and line, with French and English messages', () => {
    const result = parseCandidate(
      { ...validCandidateInput(), hasVehicle: 'yes' },
      { source: 'c.csv', line: 7 },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const [issue] = result.issues;
      expect(issue).toMatchObject({ code: 'invalid_boolean', source: 'c.csv', line: 7, value: 'yes' });
      expect(issue?.message.fr).toMatch(/Oui\/non/);
      expect(issue?.message.en).toMatch(/Yes\/no/);
    }
  });

  it('never throws on arbitrary non-object input', () => {
    for (const input of [null, undefined, 42, 'text', [], true]) {
      expect(parseCandidate(input).ok).toBe(false);
    }
  });
});

describe('parseJobOffer', () => {
  it('accepts a valid offer and rejects a closing date before publication', () => {
    expect(parseJobOffer(validOfferInput()).ok).toBe(true);
    const late = { ...validOfferInput(), closesOn: '2026-10-01' };
    expect(issuesOf(parseJobOffer(late))).toEqual([{ code: 'date_order', field: 'closesOn' }]);
  });

  it('bounds the number of positions', () => {
    expect(issuesOf(parseJobOffer({ ...validOfferInput(), positions: 0 }))).toEqual([
      { code: 'out_of_range', field: 'positions' },
    ]);
    expect(issuesOf(parseJobOffer({ ...validOfferInput(), positions: 1.5 }))).toEqual([
      { code: 'invalid_integer', field: 'positions' },
    ]);
  });
});

describe('other entities', () => {
  it('checks the modulo-97 key of enterprise numbers', () => {
    expect(parseEmployer({ id: 'e1', name: 'ACME', enterpriseNumber: '0403170701' }).ok).toBe(true);
    expect(issuesOf(parseEmployer({ id: 'e1', name: 'ACME', enterpriseNumber: '0403170702' }))).toEqual([
      { code: 'invalid_enterprise_number', field: 'enterpriseNumber' },
    ]);
  });

  it('accepts open contracts and rejects an end before the start', () => {
    const contract = {
      id: 'k1',
      candidateId: 'c1',
      employerId: 'e1',
      type: 'cdd',
      start: '2026-01-05',
      end: null,
    };
    expect(parseContract(contract).ok).toBe(true);
    expect(issuesOf(parseContract({ ...contract, end: '2025-12-31' }))).toEqual([
      { code: 'date_order', field: 'end' },
    ]);
  });

  it('throws a TypeError for an unknown kind (a programmer error)', () => {
    expect(() => parseRecord('nope' as never, {})).toThrow(TypeError);
  });
});

describe('missing values', () => {
  it('reports a missing code-list field as required, not as an unknown value', () => {
    const input = { ...validOfferInput(), contractType: undefined, status: null };
    expect(issuesOf(parseJobOffer(input))).toEqual([
      { code: 'required', field: 'contractType' },
      { code: 'required', field: 'status' },
    ]);
  });
});
