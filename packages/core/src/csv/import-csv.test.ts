import { describe, expect, it } from 'vitest';
import { importCsv } from './import-csv.js';
import { importCandidatesCsv, importJobOffersCsv } from './import-wrappers.js';

const HEADER =
  'Identifiant;Code postal;Niveau d’études;Compétences;Langues;Permis;Véhicule;Mobilité;Heures;Permis de travail;Mire';
const row = (id: string, overrides: Partial<Record<'cp' | 'skills' | 'hours', string>> = {}) =>
  `${id};${overrides.cp ?? '6000'};CESS;${overrides.skills ?? 'sk.forklift:3:2,5'};fr:native;"B, C";oui;car:45min;${overrides.hours ?? '20-38'};belge;mirena`;

describe('importCsv', () => {
  it('reads an intranet export with ; delimiters, French headers and Belgian formats', () => {
    const text = [`${HEADER};Genre;Date de naissance`, `${row('c1')};F;01/02/1990`, `${row('c2')};;`].join(
      '\r\n',
    );
    const result = importCandidatesCsv(text, { source: 'candidats.csv' });
    expect(result).toMatchObject({ delimiter: ';', encoding: 'utf-8', fileIssues: [], rejected: [] });
    expect(result.records).toHaveLength(2);
    expect(result.records[0]).toEqual({
      candidate: {
        id: 'c1',
        home: { postalCode: '6000' },
        education: { isced: 3, diploma: 'cess' },
        skills: [{ id: 'sk.forklift', level: 3, years: 2.5 }],
        wantedOccupations: [],
        languages: [{ code: 'fr', level: 'native' }],
        licences: ['B', 'C'],
        hasVehicle: true,
        commute: [{ mode: 'car', maxMinutes: 45 }],
        hoursPerWeek: { min: 20, max: 38 },
        schedules: [],
        contractTypes: [],
        workPermit: 'not_required',
        mireId: 'mirena',
        programmes: [],
      },
      protectedAttributes: { candidateId: 'c1', gender: 'woman', birthDate: '1990-02-01' },
    });
    // No answer to any protected question: no protected attributes at all.
    expect(result.records[1]).not.toHaveProperty('protectedAttributes');
    expect(result.columns.map((column) => column.field)).toContain('postalCode');
  });

  it('keeps the good rows and reports the bad one with its line and column name', () => {
    const text = [HEADER, row('c1'), row('c2', { cp: '600' }), row('c3')].join('\n');
    const result = importCsv('candidateRecord', text, { source: 'c.csv' });
    expect(result.records.map((record) => record.candidate.id)).toEqual(['c1', 'c3']);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({
      index: 1,
      line: 3,
      input: { Identifiant: 'c2', 'Code postal': '600' },
    });
    expect(result.rejected[0]?.issues).toEqual([
      expect.objectContaining({
        code: 'invalid_postal_code',
        field: 'Code postal',
        path: ['candidate', 'home', 'postalCode'],
        source: 'c.csv',
        line: 3,
        index: 1,
        value: '600',
      }),
    ]);
  });

  it('counts lines right after a quoted cell that spans two lines', () => {
    const text = [HEADER, row('c1', { skills: '"sk.a:1|\nsk.b:2"' }), row('c2', { hours: 'beaucoup' })].join(
      '\r\n',
    );
    const result = importCsv('candidateRecord', text);
    expect(result.records[0]?.candidate.skills).toHaveLength(2);
    expect(result.rejected[0]).toMatchObject({ index: 1, line: 4 });
    expect(result.rejected[0]?.issues[0]).toMatchObject({ code: 'invalid_cell', field: 'Heures', line: 4 });
  });

  it('splits a quoted list cell of a ; file on ; too', () => {
    const result = importCsv(
      'candidateRecord',
      [HEADER, row('c1', { skills: '"sk.a:1;sk.b:2:3"' })].join('\n'),
    );
    expect(result.records[0]?.candidate.skills).toEqual([
      { id: 'sk.a', level: 1 },
      { id: 'sk.b', level: 2, years: 3 },
    ]);
  });

  it('reports model errors (after decoding) under the file column name', () => {
    const text = [HEADER, row('c1', { skills: 'sk.a:9', hours: '38-20' })].join('\n');
    const issues = importCsv('candidateRecord', text).rejected[0]?.issues ?? [];
    expect(issues.map((issue) => [issue.code, issue.field, issue.line])).toEqual([
      ['invalid_value', 'Compétences', 2],
      ['range_order', 'Heures', 2],
    ]);
  });

  it('reports every unreadable cell and the model errors on the other cells of the same row', () => {
    const text = [HEADER, row('c 1', { cp: 'Namur', hours: 'x' })].join('\n');
    const issues = importCsv('candidateRecord', text).rejected[0]?.issues ?? [];
    // The postal code failed: no place_missing on top of it; the id still goes through the model.
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['invalid_postal_code', 'Code postal'],
      ['invalid_cell', 'Heures'],
      ['invalid_id', 'Identifiant'],
    ]);
  });

  it('rejects a repeated id on the later row, saying where it was first seen', () => {
    const result = importCsv('candidateRecord', [HEADER, row('c1'), row('c1')].join('\n'));
    expect(result.records).toHaveLength(1);
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'duplicate_id',
      field: 'Identifiant',
      line: 3,
      index: 1,
    });
    expect(result.rejected[0]?.issues[0]?.params).toEqual({ firstLine: 2 });
  });

  it('names the accepted headers of a missing required column, and rejects every row with required', () => {
    const text = [
      'Identifiant;Code postal;Niveau d’études;Véhicule;Heures;Permis de travail',
      'c1;6000;3;non;38;belge',
    ].join('\n');
    const result = importCsv('candidateRecord', text);
    const missing = result.fileIssues.find((issue) => issue.code === 'missing_column');
    expect(missing).toMatchObject({ severity: 'error', field: 'mire_id', line: 1 });
    expect(missing?.params?.accepted).toEqual(expect.arrayContaining(['mire_id', 'mire', 'code mire']));
    expect(missing?.message.fr).toContain('noms acceptés');
    expect(result.rejected[0]?.issues).toEqual([
      expect.objectContaining({ code: 'required', field: 'mire_id' }),
    ]);
  });

  it('fills a missing column from an explicit default', () => {
    const text = [
      'Identifiant;Code postal;Niveau d’études;Véhicule;Heures;Permis de travail',
      'c1;6000;3;;38;',
    ].join('\n');
    const result = importCsv('candidateRecord', text, {
      defaults: { mireId: 'mirena', workPermit: 'not_required' },
    });
    expect(result.fileIssues).toEqual([]);
    expect(result.records[0]?.candidate).toMatchObject({
      mireId: 'mirena',
      workPermit: 'not_required',
      hasVehicle: false,
    });
  });

  it('lets an explicit mapping override the aliases', () => {
    const text = [
      'ID;CP domicile;Code postal;Niveau;Véhicule;Heures;Statut séjour;Mire',
      'c1;5000;6000;3;x;38;belge;m1',
    ].join('\n');
    const result = importCsv('candidateRecord', text, {
      mapping: { postalCode: 'CP domicile', isced: 'Niveau', workPermit: 'Statut séjour' },
    });
    expect(result.records[0]?.candidate.home).toEqual({ postalCode: '5000' });
    const ignored = result.fileIssues
      .filter((issue) => issue.code === 'unknown_column')
      .map((issue) => issue.field);
    expect(ignored).toEqual(['Code postal']);
    expect(result.columns).toContainEqual({ index: 1, header: 'CP domicile', field: 'postalCode' });
  });

  it('reports a mapped header that the file lacks', () => {
    const result = importCsv('candidateRecord', `${HEADER}\n${row('c1')}`, {
      mapping: { mireId: 'Antenne' },
    });
    expect(result.fileIssues).toContainEqual(
      expect.objectContaining({ code: 'missing_column', field: 'Antenne', severity: 'error' }),
    );
  });

  it('warns about unknown columns and a field given twice, and goes on', () => {
    const text = [`${HEADER};Remarque;CP`, `${row('c1')};à rappeler;5000`].join('\n');
    const result = importCsv('candidateRecord', text);
    expect(result.fileIssues.map((issue) => [issue.code, issue.field, issue.severity])).toEqual([
      ['unknown_column', 'Remarque', 'warning'],
      ['duplicate_value', 'CP', 'warning'],
    ]);
    expect(result.records[0]?.candidate.home.postalCode).toBe('6000');
  });

  it('rejects a row whose cell count differs from the header, and goes on', () => {
    const text = [HEADER, row('c1'), 'c2;6000', row('c3'), `${row('c4')};;`].join('\n');
    const result = importCsv('candidateRecord', text);
    expect(result.records.map((record) => record.candidate.id)).toEqual(['c1', 'c3', 'c4']);
    expect(result.rejected[0]).toMatchObject({
      index: 1,
      line: 3,
      input: { Identifiant: 'c2', 'Code postal': '6000' },
    });
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'malformed_row',
      params: { found: 2, expected: 11 },
    });
    expect(result.fileIssues).toEqual([expect.objectContaining({ code: 'malformed_row', line: 3 })]);
  });

  it('rejects a row with an unclosed quote as malformed', () => {
    const result = importCsv('candidateRecord', [HEADER, row('c1'), `${row('c2')};"oops`].join('\n'));
    expect(result.records).toHaveLength(1);
    expect(result.rejected[0]?.issues[0]).toMatchObject({
      code: 'malformed_row',
      line: 3,
      params: { quote: 'unclosed' },
    });
    expect(result.rejected[0]?.issues[0]?.message.en).toContain('never closed');
  });

  it('skips blank lines without losing count of lines', () => {
    const text = [HEADER, '', row('c1'), ';;;;;;;;;;', row('c2', { cp: 'x' })].join('\n');
    const result = importCsv('candidateRecord', text);
    expect(result.records).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ index: 1, line: 5 });
  });

  it('reports an empty file, and a file with only its header', () => {
    expect(importCsv('jobOffer', '').fileIssues).toEqual([
      expect.objectContaining({ code: 'empty_file', severity: 'error' }),
    ]);
    expect(importCsv('jobOffer', ' \n\n').fileIssues[0]?.code).toBe('empty_file');
    const headerOnly = importCsv('candidateRecord', `${HEADER}\r\n`);
    expect(headerOnly.records).toEqual([]);
    expect(headerOnly.fileIssues).toEqual([
      expect.objectContaining({ code: 'empty_file', severity: 'warning' }),
    ]);
  });

  it('reads bytes: UTF-8 with BOM, and Windows-1252 with a warning', () => {
    const text = `${HEADER}\r\n${row('c1')}\r\n`;
    const withBom = importCsv(
      'candidateRecord',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    );
    expect(withBom).toMatchObject({ encoding: 'utf-8', fileIssues: [] });
    expect(withBom.records).toHaveLength(1);
    // Windows-1252: every character of this text is in Latin-1, so its code is its byte.
    const latin = new Uint8Array([...text.replace('’', "'")].map((char) => char.charCodeAt(0)));
    const legacy = importCsv('candidateRecord', latin, { source: 'export.csv' });
    expect(legacy.encoding).toBe('windows-1252');
    expect(legacy.fileIssues).toEqual([
      expect.objectContaining({ code: 'encoding_fallback', source: 'export.csv' }),
    ]);
    expect(legacy.columns.map((column) => column.header)).toContain('Véhicule');
    expect(legacy.records).toHaveLength(1);
  });

  it('reads , and tab delimited files', () => {
    const comma =
      'id,postal_code,isced,has_vehicle,hours_per_week,work_permit,mire_id,skills\nc1,6000,3,no,"19,5-38",none,m,"a:1;b:2"';
    const result = importCsv('candidateRecord', comma);
    expect(result.delimiter).toBe(',');
    expect(result.records[0]?.candidate).toMatchObject({
      hoursPerWeek: { min: 19.5, max: 38 },
      skills: [{ id: 'a' }, { id: 'b' }],
    });
    expect(importCsv('candidateRecord', comma.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t')).delimiter).toBe(
      '\t',
    );
  });

  it('follows the sep= line Excel writes before the header', () => {
    const text = ['sep=,', 'id,nom,code postal', 'e1,"Dupont; fils",5000', 'e2,ACME,50'].join('\r\n');
    const result = importCsv('employer', text);
    expect(result.delimiter).toBe(',');
    expect(result.records).toEqual([{ id: 'e1', name: 'Dupont; fils', place: { postalCode: '5000' } }]);
    expect(result.rejected[0]).toMatchObject({ index: 1, line: 4 });
  });

  it('reads job offers, with required and wanted languages', () => {
    const text = [
      'Référence;Employeur;Intitulé;Compétences requises;Langues;Véhicule requis;Lieu de travail;CP;Heures;Contrat;Postes;Statut;Date de publication',
      'o1;e1;Cariste (H/F/X);sk.forklift:2|sk.safety;fr:B1|nl:A2?;non;Fleurus;B-6220;38;Intérim;2;ouverte;02/11/2026',
    ].join('\n');
    const result = importJobOffersCsv(text);
    expect(result.rejected).toEqual([]);
    expect(result.records[0]).toMatchObject({
      requiredSkills: [
        { id: 'sk.forklift', minLevel: 2 },
        { id: 'sk.safety', minLevel: 1 },
      ],
      wantedSkills: [],
      languages: [
        { code: 'fr', minLevel: 'B1', required: true },
        { code: 'nl', minLevel: 'A2', required: false },
      ],
      place: { postalCode: '6220', locality: 'Fleurus' },
      contractType: 'temporary_agency',
      status: 'open',
      publishedOn: '2026-11-02',
    });
  });

  it('reads contracts with an open end, employers without a place, accompaniments and follow-ups', () => {
    const contracts = importCsv(
      'contract',
      'id;candidat;employeur;type;début;fin\nk1;c1;e1;CDD;05/01/2026;\n',
    );
    expect(contracts.records[0]).toMatchObject({ type: 'cdd', start: '2026-01-05', end: null });
    const employers = importCsv('employer', 'id;nom;numéro BCE;code postal\ne1;ACME;BE 0403.170.701;\n');
    expect(employers.records[0]).toEqual({ id: 'e1', name: 'ACME', enterpriseNumber: '0403170701' });
    const spells = importCsv(
      'accompaniment',
      'id;candidat;dispositif;entrée;sortie\na1;c1;garantie jeunesse;01/09/2025;',
      {
        defaults: { mireId: 'mirena' },
      },
    );
    expect(spells.records[0]).toMatchObject({
      mireId: 'mirena',
      programme: 'youth_guarantee',
      exitDate: null,
    });
    const followUps = importCsv(
      'followUp',
      'id,candidat,date,canal,avec\nf1,c1,2026-03-01,téléphone,les deux\n',
    );
    expect(followUps.records[0]).toMatchObject({ channel: 'phone', with: 'both' });
  });

  it('throws on programmer errors: unknown kind, unknown field, bad delimiter, bad input', () => {
    expect(() => importCsv('nope' as never, '')).toThrow(TypeError);
    expect(() => importCsv('jobOffer', '', { mapping: { postcode: 'CP' } })).toThrow(
      /unknown field "postcode"/,
    );
    expect(() => importCsv('jobOffer', '', { defaults: { mireId: {} as never } })).toThrow(TypeError);
    expect(() => importCsv('jobOffer', '', { delimiter: '|' as never })).toThrow(RangeError);
    expect(() => importCsv('jobOffer', 42 as never)).toThrow(TypeError);
  });
});
