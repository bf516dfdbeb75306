// Abbreviations of job titles and skill phrases, expanded before stemming. Keys and values are folded.
import type { TextLocale } from './types.js';

/** Written before tokenizing, because tokenizing would split them (`f&b` → `f`, `b`). */
export const SYMBOL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['f&b', 'food and beverage'],
  ['r&d', 'research and development'],
  ['m&e', 'mechanical and electrical'],
  ['p&l', 'profit and loss'],
  ['c++', 'cplusplus'],
  ['c#', 'csharp'],
  ['.net', 'dotnet'],
]);

const ENGLISH: ReadonlyMap<string, string> = new Map([
  ['sr', 'senior'], ['snr', 'senior'], ['jr', 'junior'], ['jnr', 'junior'], ['asst', 'assistant'],
  ['mgr', 'manager'], ['mngr', 'manager'], ['exec', 'executive'], ['exe', 'executive'],
  ['admin', 'administrative'], ['eng', 'engineer'], ['engr', 'engineer'], ['tech', 'technician'],
  ['dev', 'developer'], ['acct', 'accounts'], ['accts', 'accounts'], ['hr', 'human resources'],
  ['qa', 'quality assurance'], ['qc', 'quality control'], ['rep', 'representative'],
  ['reps', 'representative'], ['spv', 'supervisor'], ['supv', 'supervisor'], ['coord', 'coordinator'],
  ['mgmt', 'management'], ['ops', 'operations'], ['svc', 'service'], ['dept', 'department'],
  ['mktg', 'marketing'], ['acctg', 'accounting'], ['pa', 'personal assistant'],
  ['ceo', 'chief executive officer'], ['cfo', 'chief financial officer'], ['cto', 'chief technology officer'],
  ['coo', 'chief operating officer'], ['gm', 'general manager'], ['md', 'managing director'],
  ['ui', 'user interface'], ['ux', 'user experience'], ['hse', 'health safety environment'],
  ['sw', 'software'], ['hw', 'hardware'], ['dba', 'database administrator'], ['bd', 'business development'],
  ['swe', 'software engineer'], ['hgv', 'heavy goods vehicle'], ['mech', 'mechanical'],
  ['elec', 'electrical'], ['maint', 'maintenance'], ['mfg', 'manufacturing'], ['proj', 'project'],
  ['intl', 'international'], ['cust', 'customer'], ['mkt', 'marketing'],
]); // prettier-ignore

const FRENCH: ReadonlyMap<string, string> = new Map([
  ['sr', 'senior'], ['jr', 'junior'], ['resp', 'responsable'], ['adj', 'adjoint'], ['adjt', 'adjoint'], ['dir', 'directeur'],
  ['asst', 'assistant'], ['tech', 'technicien'], ['secr', 'secretaire'], ['compta', 'comptabilite'],
  ['dpt', 'departement'], ['rh', 'ressources humaines'], ['drh', 'directeur ressources humaines'],
  ['daf', 'directeur administratif financier'], ['pdg', 'president directeur general'],
  ['dg', 'directeur general'], ['btp', 'batiment travaux publics'], ['tp', 'travaux publics'],
  ['vl', 'vehicule leger'], ['pl', 'poids lourd'], ['spl', 'super poids lourd'], ['manut', 'manutention'],
  ['prepa', 'preparateur'], ['ope', 'operateur'], ['cond', 'conducteur'], ['ide', 'infirmier'],
  ['ash', 'agent service hospitalier'], ['admin', 'administratif'], ['commerc', 'commercial'],
]); // prettier-ignore

/** The abbreviations of one language: folded word → its folded expansion (one or more words). */
export function abbreviationsOf(locale: TextLocale): ReadonlyMap<string, string> {
  return locale === 'fr' ? FRENCH : ENGLISH;
}
