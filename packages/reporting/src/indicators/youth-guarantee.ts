import type { ContractType, LocalizedText } from '@passerelle/core';
import { CONTRACT_TYPES } from '@passerelle/core';
import { ageOnDay } from '../breakdowns/dimensions.js';
import { typeMask } from '../cohorts/first-contract.js';
import { DEFAULT_MIN_CELL_COUNT } from '../breakdowns/suppress.js';
import type { IndicatorOptions } from '../cohorts/outcomes.js';
import { resolveScope } from '../cohorts/outcomes.js';
import { addMonths } from '../internal/days.js';
import { rate } from '../internal/rate.js';
import type { Period } from '../periods/period.js';
import { excludedNote } from '../tables/notes.js';
import type { ReportTable, TableRow } from '../tables/table.js';
import type { ReportingData } from '../validate/reporting-data.js';
import { UNKNOWN_CODE, storeOf } from '../validate/store.js';
import type { ReportingStore } from '../validate/store.js';
import type { Indicator, IndicatorDescriptor } from './descriptor.js';

/** Options of the Youth Guarantee indicator. */
export interface YouthGuaranteeOptions extends IndicatorOptions {
  /** Oldest age at entry counted as young (default 29, the 2020 reinforced Youth Guarantee; 24 for the 2013 one). */
  readonly maxAge?: number;
  /** Contract types that count as an offer (default {@link DEFAULT_OFFER_TYPES}). */
  readonly offerTypes?: readonly ContractType[];
  /** Months after entry within which the offer must start (default 4). */
  readonly offerMonths?: number;
}

/**
 * Contract types that count as an offer of a job, training, an apprenticeship or an internship: every type but
 * immersion (a discovery stay, not a traineeship) and self-employment (not an offer anyone makes).
 */
export const DEFAULT_OFFER_TYPES: readonly ContractType[] = CONTRACT_TYPES.filter(
  (type) => type !== 'immersion' && type !== 'self_employed',
);

/** Contract types that are training: someone in one is not a NEET. */
const TRAINING_TYPES: ReadonlySet<ContractType> = new Set([
  'apprenticeship',
  'pfi',
  'internship',
  'immersion',
]);

/** Descriptor of {@link computeYouthGuarantee}. */
export const YOUTH_GUARANTEE: IndicatorDescriptor = {
  id: 'youth_guarantee',
  label: {
    fr: 'Garantie pour la jeunesse : entrées NEET et offre dans les quatre mois',
    en: 'Youth Guarantee: NEET entries and offer within four months',
  },
  definition: {
    fr: 'Chaque entrée en accompagnement de la période d’une personne de 15 à 29 ans à l’entrée, sans emploi (demandeur d’emploi ou inactive à l’entrée, sans contrat rémunéré ce jour-là) et sans formation (aucun contrat d’apprentissage, PFI, stage ou immersion dans les quatre semaines avant l’entrée) ; parmi elles, celles dont un contrat (emploi, formation, apprentissage ou stage) commence entre l’entrée et le même jour quatre mois plus tard, inclus. Sans offre et délai non écoulé à la date d’observation : en attente, hors du dénominateur de la part.',
    en: 'Each entry into accompaniment in the period of a person aged 15 to 29 at entry, not employed (unemployed or inactive at entry, no paid contract that day) and not in training (no apprenticeship, PFI, internship or immersion contract in the four weeks before entry); of them, those with a contract (job, training, apprenticeship or internship) starting between entry and the same day four months later, included. Without an offer while the four months are not over on the observation day: pending, left out of the share’s denominator.',
  },
  source: [
    'Council Recommendation of 30 October 2020 (reinforced Youth Guarantee): offer within four months, up to 29 (DOMAIN.md §2.2)',
    'NEET: Eurostat SDG 08_20, 15–29, not employed and no education or training in the four preceding weeks',
    'Youth Guarantee monitoring: each start is counted',
  ],
  unit: 'rate',
  direction: 'higher_is_better',
  inputs: ['candidates', 'protected_attributes', 'accompaniments', 'contracts'],
};

type YouthStatus = 'age_unknown' | 'status_unknown' | 'not_neet' | 'offer' | 'no_offer' | 'pending';

const EMPLOYED = 2; // index in LABOUR_STATUSES
const PAID = typeMask(null);
const TRAINING = typeMask([...TRAINING_TYPES]);

/** Whether person `p` has a contract of a type in `mask` covering a day of `[from, to]`. */
function covers(store: ReportingStore, p: number, from: number, to: number, mask: Uint8Array): boolean {
  const { offsets, start, end, type } = store.contracts;
  for (let c = offsets[p] as number; c < (offsets[p + 1] as number); c += 1) {
    if ((start[c] as number) > to) return false;
    if ((end[c] as number) >= from && mask[type[c] as number] === 1) return true;
  }
  return false;
}

function youthStatus(
  store: ReportingStore,
  p: number,
  k: number,
  maxAge: number,
  offerTypes: Uint8Array,
  offerMonths: number,
  observedUntil: number,
): YouthStatus {
  const entry = store.accompaniments.entry[k] as number;
  const age = ageOnDay(store.birthYmd[p] as number, entry);
  if (age < 0) return 'age_unknown';
  if (age < 15 || age > maxAge) return 'not_neet';
  const status = store.accompaniments.status[k] as number;
  if (status === UNKNOWN_CODE) return 'status_unknown';
  if (status === EMPLOYED) return 'not_neet';
  if (covers(store, p, entry, entry, PAID)) return 'not_neet';
  if (covers(store, p, entry - 28, entry - 1, TRAINING)) return 'not_neet';
  const deadline = addMonths(entry, offerMonths);
  const { offsets, start, type } = store.contracts;
  for (let c = offsets[p] as number; c < (offsets[p + 1] as number); c += 1) {
    const day = start[c] as number;
    if (day > deadline || day > observedUntil) break;
    if (day >= entry && offerTypes[type[c] as number] === 1) return 'offer';
  }
  return deadline > observedUntil ? 'pending' : 'no_offer';
}

const COUNT_KEYS = [
  'entries',
  'age_unknown',
  'status_unknown',
  'neet',
  'offer',
  'pending',
  'no_offer',
] as const;

/**
 * Youth Guarantee: the period's NEET entries, by Mire and in total, and the share of them with an offer (a
 * contract of an offer type starting) within four months of entry.
 */
export function computeYouthGuarantee(
  data: ReportingData,
  period: Period,
  options: YouthGuaranteeOptions = {},
): ReportTable {
  const scope = resolveScope(period, options);
  const maxAge = options.maxAge ?? 29;
  const offerMonths = options.offerMonths ?? 4;
  if (!Number.isInteger(maxAge) || maxAge < 15 || !Number.isInteger(offerMonths) || offerMonths < 0) {
    throw new RangeError('maxAge must be a whole age from 15, and offerMonths a whole number of months.');
  }
  const offerTypeList = options.offerTypes ?? DEFAULT_OFFER_TYPES;
  const offerTypes = typeMask(offerTypeList);
  const counts = new Map<string, Record<(typeof COUNT_KEYS)[number], number>>();
  const zero = () =>
    Object.fromEntries(COUNT_KEYS.map((key) => [key, 0])) as Record<(typeof COUNT_KEYS)[number], number>;
  const total = zero();
  const store = storeOf(data);
  const acc = store.accompaniments;
  for (let p = 0; p < store.size; p += 1) {
    for (let k = acc.offsets[p] as number; k < (acc.offsets[p + 1] as number); k += 1) {
      const entry = acc.entry[k] as number;
      if (entry < scope.start) continue;
      if (entry > scope.end) break;
      const mire = store.mireIds[acc.mire[k] as number] as string;
      const row = counts.get(mire) ?? zero();
      counts.set(mire, row);
      const status = youthStatus(store, p, k, maxAge, offerTypes, offerMonths, scope.observedUntil);
      for (const target of [row, total]) {
        target.entries += 1;
        if (status === 'age_unknown' || status === 'status_unknown') target[status] += 1;
        if (status === 'offer' || status === 'no_offer' || status === 'pending') {
          target.neet += 1;
          target[status] += 1;
        }
      }
    }
  }
  const toRow = (mire: string | LocalizedText, c: Record<(typeof COUNT_KEYS)[number], number>): TableRow => ({
    mire,
    ...c,
    offer_share: rate(c.offer, c.offer + c.no_offer),
  });
  const rows = [
    ...[...counts.keys()]
      .sort()
      .map((mire) => toRow(mire, counts.get(mire) as Record<(typeof COUNT_KEYS)[number], number>)),
    toRow({ fr: 'Toutes les Mire', en: 'All Mire' }, total),
  ];
  const count = (key: string, fr: string, en: string) => ({ key, label: { fr, en }, unit: 'count' as const });
  return {
    id: YOUTH_GUARANTEE.id,
    title: YOUTH_GUARANTEE.label,
    period,
    columns: [
      { key: 'mire', label: { fr: 'Mire', en: 'Mire' }, unit: 'text' },
      count('entries', 'Entrées', 'Entries'),
      count('age_unknown', 'Âge inconnu', 'Age unknown'),
      count('status_unknown', 'Statut à l’entrée inconnu', 'Status at entry unknown'),
      count('neet', 'Entrées NEET', 'NEET entries'),
      count('offer', 'Offre dans les 4 mois', 'Offer within 4 months'),
      count('pending', 'En attente', 'Pending'),
      count('no_offer', 'Sans offre dans les 4 mois', 'No offer within 4 months'),
      {
        key: 'offer_share',
        label: { fr: 'Part avec offre dans les 4 mois', en: 'Share with an offer within 4 months' },
        unit: 'rate',
        derivedFrom: ['offer', 'no_offer'],
      },
    ],
    rows,
    notes: [
      YOUTH_GUARANTEE.definition,
      {
        fr: `Paramètres : ${maxAge} ans au plus à l’entrée, offre dans les ${offerMonths} mois, types : ${offerTypeList.join(', ')}.`,
        en: `Parameters: aged ${maxAge} at most at entry, offer within ${offerMonths} months, types: ${offerTypeList.join(', ')}.`,
      },
      {
        fr: 'Approximations : le délai court depuis l’entrée en accompagnement, non depuis l’inscription comme demandeur d’emploi ou la sortie de l’enseignement ; une offre est un contrat qui commence (les offres refusées ne sont pas dans les dossiers) ; la scolarité n’est pas dans les dossiers, seuls les contrats de formation écartent du statut NEET ; une entrée dont l’âge ou le statut à l’entrée est inconnu n’est pas comptée NEET.',
        en: 'Approximations: the clock runs from entry into accompaniment, not from registration as a job seeker or leaving education; an offer is a contract that starts (refused offers are not in the records); schooling is not in the records, only training contracts rule out NEET status; an entry whose age or status at entry is unknown is not counted as NEET.',
      },
      excludedNote(data.excluded),
    ],
    excluded: data.excluded,
    disclosure: { minCount: DEFAULT_MIN_CELL_COUNT },
  };
}

/** The Youth Guarantee indicator. */
export const youthGuaranteeIndicator: Indicator<YouthGuaranteeOptions> = {
  descriptor: YOUTH_GUARANTEE,
  compute: computeYouthGuarantee,
};
