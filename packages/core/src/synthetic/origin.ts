import type { SpokenLanguage } from '../model/skill-entries.js';
import type { LanguageLevel } from '../vocab/languages.js';
import type { Disclosure } from '../vocab/protected-codes.js';
import type { WorkPermitStatus } from '../vocab/work-conditions.js';
import type { SyntheticRates } from './options.js';
import type { SeededRandom } from './random.js';
import { spoken } from './shared-values.js';
import { weighted } from './weighted.js';

/** Where a person comes from, and what follows for languages and the right to work. */
export interface Origin {
  readonly newcomer: boolean;
  readonly refugee: boolean;
  readonly nationality: string;
  readonly foreignBackground: Disclosure;
  readonly languages: readonly SpokenLanguage[];
  readonly workPermit: WorkPermitStatus;
}

// Nationality, native language, whether French is an official language there, and protection (refugees
// or Ukrainian temporary protection, which both open the labour market).
type Country = readonly [string, string, boolean];
const NEWCOMER_COUNTRIES = weighted<Country>([
  [['SY', 'ar', false], 15],
  [['AF', 'ps', false], 10],
  [['AF', 'fa', false], 5],
  [['UA', 'uk', false], 10],
  [['ER', 'ti', false], 8],
  [['CD', 'ln', true], 8],
  [['GN', 'ff', true], 7],
  [['MA', 'ar', false], 7],
  [['PS', 'ar', false], 6],
  [['IQ', 'ar', false], 6],
  [['SO', 'so', false], 5],
  [['CM', 'fr', true], 5],
  [['TR', 'tr', false], 4],
  [['BR', 'pt', false], 4],
]);
const NEWCOMER_FRENCH = weighted<LanguageLevel>([
  ['A1', 30],
  ['A2', 35],
  ['B1', 25],
  ['B2', 10],
]);
const FRANCOPHONE_FRENCH = weighted<LanguageLevel>([
  ['B2', 40],
  ['C1', 45],
  ['C2', 15],
]);
const NON_REFUGEE_PERMIT = weighted<WorkPermitStatus>([
  ['single_permit', 40],
  ['unlimited_access', 25],
  ['limited_access', 25],
  ['pending', 10],
]);
// Belgians and settled residents with a foreign background: nationality and heritage language.
const HERITAGE = weighted<readonly [string, string]>([
  [['MA', 'ar'], 30],
  [['IT', 'it'], 25],
  [['TR', 'tr'], 20],
  [['CD', 'ln'], 15],
  [['PT', 'pt'], 10],
]);
const FOREIGN_LEVELS = weighted<LanguageLevel>([
  ['A1', 30],
  ['A2', 35],
  ['B1', 25],
  ['B2', 10],
]);
const FRENCH_ONLY: readonly SpokenLanguage[] = Object.freeze([spoken('fr', 'native')]);

/** Draws a person's origin, languages and work permit. */
export function drawOrigin(random: SeededRandom, rates: SyntheticRates): Origin {
  if (random.chance(rates.newcomers)) return drawNewcomer(random, rates);
  const background: Disclosure = random.chance(0.05) ? 'refused' : random.chance(0.26) ? 'yes' : 'no';
  const heritage = background === 'yes' ? HERITAGE.pick(random) : undefined;
  const nationality = heritage !== undefined && random.chance(0.2) ? heritage[0] : 'BE';
  const languages: SpokenLanguage[] = [];
  if (heritage !== undefined && random.chance(0.4)) languages.push(spoken(heritage[1], 'native'));
  if (random.chance(0.14)) languages.push(spoken('nl', FOREIGN_LEVELS.pick(random)));
  if (random.chance(0.22)) languages.push(spoken('en', FOREIGN_LEVELS.pick(random)));
  return {
    newcomer: false,
    refugee: false,
    nationality,
    foreignBackground: background,
    languages: languages.length === 0 ? FRENCH_ONLY : [spoken('fr', 'native'), ...languages],
    workPermit: 'not_required',
  };
}

function drawNewcomer(random: SeededRandom, rates: SyntheticRates): Origin {
  const [nationality, native, francophone] = NEWCOMER_COUNTRIES.pick(random);
  const protectedStatus = nationality === 'UA' || random.chance(rates.refugeesAmongNewcomers);
  const refugee = protectedStatus && nationality !== 'UA';
  const languages: SpokenLanguage[] = [spoken(native, 'native')];
  if (native !== 'fr') {
    languages.push(spoken('fr', (francophone ? FRANCOPHONE_FRENCH : NEWCOMER_FRENCH).pick(random)));
  }
  if (random.chance(0.3)) languages.push(spoken('en', FOREIGN_LEVELS.pick(random)));
  return {
    newcomer: true,
    refugee,
    nationality,
    foreignBackground: 'yes',
    languages,
    workPermit: protectedStatus ? 'unlimited_access' : NON_REFUGEE_PERMIT.pick(random),
  };
}
