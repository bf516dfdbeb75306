import { describe, expect, it } from 'vitest';
import { guessFileKind, isFileKind } from './kinds.js';

describe('the kind of a file from its name', () => {
  it('recognises the names intranet exports use, in French, English and Dutch', () => {
    expect(guessFileKind('candidats.csv')).toBe('candidates');
    expect(guessFileKind('Export_Stagiaires_2025.csv')).toBe('candidates');
    expect(guessFileKind('offres-emploi.csv')).toBe('offers');
    expect(guessFileKind('vacatures.json')).toBe('offers');
    expect(guessFileKind('employeurs.csv')).toBe('employers');
    expect(guessFileKind('contrats.csv')).toBe('contracts');
    expect(guessFileKind('accompagnements.csv')).toBe('accompaniments');
    expect(guessFileKind('suivis.csv')).toBe('follow-ups');
  });

  it('says nothing when the name names no kind or two', () => {
    expect(guessFileKind('export.csv')).toBeUndefined();
    expect(guessFileKind('contrats-des-candidats.csv')).toBeUndefined();
  });

  it('knows the kinds typed on the command line', () => {
    expect(isFileKind('offers')).toBe(true);
    expect(isFileKind('toString')).toBe(false);
  });
});
