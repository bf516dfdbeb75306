import type { CsvKind } from '@passerelle/core';

/** The kinds of file the command line reads, by the name users type (`--kind offers`). */
export const FILE_KINDS = {
  candidates: 'candidateRecord',
  offers: 'jobOffer',
  employers: 'employer',
  contracts: 'contract',
  accompaniments: 'accompaniment',
  'follow-ups': 'followUp',
} as const satisfies Readonly<Record<string, CsvKind>>;

/** A kind of file, as typed on the command line. */
export type FileKind = keyof typeof FILE_KINDS;

/** The kinds, in help order. */
export const FILE_KIND_NAMES = Object.keys(FILE_KINDS) as FileKind[];

/** Whether a word names a kind of file. */
export function isFileKind(value: string): value is FileKind {
  return Object.hasOwn(FILE_KINDS, value);
}

// Words found in the names of intranet exports (French, English, Dutch), e.g. `offres-2025.csv`.
const NAME_HINTS: ReadonlyArray<readonly [FileKind, RegExp]> = [
  ['follow-ups', /suivi|follow|opvolg/i],
  ['accompaniments', /accompagn|accompan|begeleid|trajet/i],
  ['contracts', /contrat|contract/i],
  ['employers', /employeur|employer|werkgever|entreprise/i],
  ['offers', /offre|offer|vacature|vacanc|poste/i],
  ['candidates', /candidat|stagiaire|kandida|b[ée]n[ée]ficiaire|demandeur/i],
];

/** The kind a file's name suggests (`candidats.csv` → candidates), or undefined when it says nothing clear. */
export function guessFileKind(fileName: string): FileKind | undefined {
  const found = NAME_HINTS.filter(([, pattern]) => pattern.test(fileName));
  return found.length === 1 ? found[0]?.[0] : undefined;
}
