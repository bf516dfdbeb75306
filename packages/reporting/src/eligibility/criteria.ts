import type { BelgianDiploma, IsoDate, LocalizedText } from '@passerelle/core';
import { isEmploymentContract } from '@passerelle/core';
import { addMonths, ageOn, dayOf } from '../internal/days.js';
import type { AccompanimentSpell, PersonRecords } from '../validate/reporting-data.js';

/** What a criterion says of one entry: met, not met, or unknown when the records cannot tell. */
export type CriterionStatus = 'met' | 'not_met' | 'unknown';

/** One piece of evidence a criterion read: the field, and its value (`null`: not in the records). */
export interface EvidenceItem {
  readonly source: string;
  readonly value: string | number | boolean | null;
}

/** A criterion's answer with the evidence used. */
export interface CriterionResult {
  readonly status: CriterionStatus;
  readonly evidence: readonly EvidenceItem[];
}

/**
 * Facts the core records do not hold (benefits, registration history, AViQ decision…), declared for one
 * accompaniment at its entry date. Each is optional: a fact left out stays unknown.
 */
export interface EligibilityFacts {
  /** The accompaniment whose entry these facts describe. */
  readonly accompanimentId: string;
  /** Months registered as an unoccupied job seeker (DEI) in the 36 months before entry. */
  readonly registeredUnemployedMonthsIn36?: number;
  /** Whether the person received unemployment benefit or social-assistance income in the 36 months before entry. */
  readonly benefitIn36Months?: boolean;
  /** Whether the person receives the revenu d'intégration (RIS) or equivalent social aid at entry. */
  readonly socialAssistance?: boolean;
  /** Whether the person stays legally in Belgium (law of 15 December 1980), appeals included. */
  readonly legalStay?: boolean;
  /** Whether the AViQ oriented the person. */
  readonly aviqOrientation?: boolean;
  /** Whether the Forem referred the person (art. 16 of the decree of 12 November 2021). */
  readonly foremReferral?: boolean;
}

/** What a criterion reads: one person's records, the entry assessed, and the facts declared for it. */
export interface EligibilityContext {
  readonly person: PersonRecords;
  readonly accompaniment: AccompanimentSpell;
  /** The reference date: the entry date of the accompaniment. */
  readonly referenceDate: IsoDate;
  readonly facts?: EligibilityFacts;
}

/** A criterion of a rule set: an id, its French and English label, and a pure predicate. */
export interface EligibilityCriterion {
  readonly id: string;
  readonly label: LocalizedText;
  readonly test: (context: EligibilityContext) => CriterionResult;
}

/** Three-valued AND: not met as soon as one part is not met, met when all are, otherwise unknown. */
export function allOf(...parts: readonly CriterionResult[]): CriterionResult {
  // Plain loops: this runs several times for every entry.
  const evidence: EvidenceItem[] = [];
  let notMet = false;
  let allMet = true;
  for (const part of parts) {
    for (const item of part.evidence) evidence.push(item);
    if (part.status === 'not_met') notMet = true;
    else if (part.status !== 'met') allMet = false;
  }
  return { status: notMet ? 'not_met' : allMet ? 'met' : 'unknown', evidence };
}

const result = (status: CriterionStatus, ...evidence: EvidenceItem[]): CriterionResult => ({
  status,
  evidence,
});
const fromBoolean = (value: boolean): CriterionStatus => (value ? 'met' : 'not_met');

const WITHOUT_CESS: ReadonlySet<BelgianDiploma> = new Set(['none', 'ceb', 'ce1d', 'ce2d', 'cq6']);
const AT_MOST_CESS: ReadonlySet<BelgianDiploma> = new Set([...WITHOUT_CESS, 'cess']);

/** Age at the reference date, from the birth date. */
function ageAt(context: EligibilityContext): CriterionResult & { age?: number } {
  const birthDate = context.person.attributes?.birthDate;
  const age = birthDate === undefined ? undefined : ageOn(birthDate, context.referenceDate);
  const evidence = { source: 'attributes.birthDate', value: birthDate ?? null };
  return age === undefined
    ? { status: 'unknown', evidence: [evidence] }
    : { status: 'met', evidence: [evidence, { source: 'age_at_entry', value: age }], age };
}

/** Out of work since at least `months` before the reference date (the profile's `unemployedSince`). */
function outOfWorkFor(context: EligibilityContext, months: number): CriterionResult {
  const since = context.person.candidate.unemployedSince;
  const evidence = { source: 'candidate.unemployedSince', value: since ?? null };
  if (since === undefined) return result('unknown', evidence);
  const sinceDay = dayOf(since);
  if (sinceDay === undefined) return result('unknown', evidence);
  return result(sinceDay <= addMonths(context.accompaniment.entry, -months) ? 'met' : 'not_met', evidence);
}

/** Days covered by paid contracts within `[from, to]`, overlapping contracts counted once. */
function paidDaysBetween(person: PersonRecords, from: number, to: number): number {
  let covered = 0;
  let reached = from - 1;
  for (const spell of person.contracts) {
    if (!isEmploymentContract(spell.record.type)) continue;
    const start = Math.max(spell.start, reached + 1);
    const end = Math.min(spell.end ?? Number.POSITIVE_INFINITY, to);
    if (end >= start) {
      covered += end - start + 1;
      reached = end;
    }
  }
  return covered;
}

/** 1. No CESS or equivalent title. */
export const NO_CESS: EligibilityCriterion = {
  id: 'no_cess',
  label: { fr: 'Sans CESS ni titre équivalent', en: 'No upper-secondary diploma (CESS) or equivalent' },
  test: ({ person }) => {
    const { diploma, isced } = person.candidate.education;
    if (diploma !== undefined) {
      return result(fromBoolean(WITHOUT_CESS.has(diploma)), {
        source: 'candidate.education.diploma',
        value: diploma,
      });
    }
    const evidence = { source: 'candidate.education.isced', value: isced };
    // ISCED 3–4 without the diploma cannot tell a CESS from a qualification certificate without it.
    return result(isced <= 2 ? 'met' : isced >= 5 ? 'not_met' : 'unknown', evidence);
  },
};

/** 2. Registered unoccupied job seeker for at least 24 of the 36 months before entry. */
export const REGISTERED_24_OF_36: EligibilityCriterion = {
  id: 'registered_24_of_36',
  label: {
    fr: 'Demandeur d’emploi inoccupé au moins 24 mois sur les 36 derniers',
    en: 'Registered unemployed for at least 24 of the last 36 months',
  },
  test: ({ person, accompaniment, facts }) => {
    const months = facts?.registeredUnemployedMonthsIn36;
    if (months !== undefined) {
      return result(fromBoolean(months >= 24), {
        source: 'facts.registeredUnemployedMonthsIn36',
        value: months,
      });
    }
    // The records hold no registration history; paid work for more than 12 of the 36 months rules it out.
    const from = addMonths(accompaniment.entry, -36);
    const worked = paidDaysBetween(person, from, accompaniment.entry - 1);
    const allowed = addMonths(accompaniment.entry, -24) - from;
    return result(
      worked > allowed ? 'not_met' : 'unknown',
      { source: 'facts.registeredUnemployedMonthsIn36', value: null },
      { source: 'contracts.paid_days_in_36_months', value: worked },
    );
  },
};

/** 3. No work, no unemployment benefit and no social-assistance income in the 36 months before entry. */
export const NO_WORK_OR_BENEFIT_36: EligibilityCriterion = {
  id: 'no_work_or_benefit_36',
  label: {
    fr: 'Sans emploi, allocation ni revenu d’intégration depuis 36 mois',
    en: 'No work, benefit or social-assistance income for 36 months',
  },
  test: (context) => {
    const { person, accompaniment, facts } = context;
    const worked = paidDaysBetween(person, addMonths(accompaniment.entry, -36), accompaniment.entry - 1);
    const work =
      worked > 0
        ? result('not_met', { source: 'contracts.paid_days_in_36_months', value: worked })
        : outOfWorkFor(context, 36);
    const benefit = facts?.benefitIn36Months;
    return allOf(
      work,
      result(benefit === undefined ? 'unknown' : fromBoolean(!benefit), {
        source: 'facts.benefitIn36Months',
        value: benefit ?? null,
      }),
    );
  },
};

/** 4. Receives the revenu d'intégration or equivalent social aid. */
export const SOCIAL_ASSISTANCE: EligibilityCriterion = {
  id: 'social_assistance',
  label: {
    fr: 'Bénéficiaire du revenu d’intégration ou d’une aide sociale équivalente',
    en: 'Receives social-assistance income (RIS) or equivalent',
  },
  test: ({ facts }) => {
    const value = facts?.socialAssistance;
    return result(value === undefined ? 'unknown' : fromBoolean(value), {
      source: 'facts.socialAssistance',
      value: value ?? null,
    });
  },
};

const LEGAL_STAY_PERMITS: ReadonlySet<string> = new Set([
  'not_required',
  'unlimited_access',
  'single_permit',
  'limited_access',
]);

/** 5. Foreign nationality and legally staying in Belgium. */
export const LEGALLY_STAYING_FOREIGNER: EligibilityCriterion = {
  id: 'legally_staying_foreigner',
  label: {
    fr: 'De nationalité étrangère, en séjour légal',
    en: 'Foreign national legally staying in Belgium',
  },
  test: ({ person, facts }) => {
    const nationality = person.attributes?.nationality;
    const foreign = result(nationality === undefined ? 'unknown' : fromBoolean(nationality !== 'BE'), {
      source: 'attributes.nationality',
      value: nationality ?? null,
    });
    if (facts?.legalStay !== undefined) {
      return allOf(
        foreign,
        result(fromBoolean(facts.legalStay), { source: 'facts.legalStay', value: facts.legalStay }),
      );
    }
    if (person.attributes?.refugee === 'yes') {
      return allOf(foreign, result('met', { source: 'attributes.refugee', value: 'yes' }));
    }
    const permit = person.candidate.workPermit;
    // A right to work implies a right to stay; without one, the records cannot tell.
    return allOf(
      foreign,
      result(LEGAL_STAY_PERMITS.has(permit) ? 'met' : 'unknown', {
        source: 'candidate.workPermit',
        value: permit,
      }),
    );
  },
};

/** 6. Under 25, out of work for at least 12 months, no title above the CESS. */
export const UNDER_25_UNEMPLOYED_12: EligibilityCriterion = {
  id: 'under_25_unemployed_12',
  label: {
    fr: 'Moins de 25 ans, inoccupé depuis 12 mois, sans titre supérieur au CESS',
    en: 'Under 25, out of work for 12 months, no title above the CESS',
  },
  test: (context) => {
    const age = ageAt(context);
    const young = age.age === undefined ? age : { ...age, status: fromBoolean(age.age < 25) };
    const { diploma, isced } = context.person.candidate.education;
    const title =
      diploma !== undefined
        ? result(fromBoolean(AT_MOST_CESS.has(diploma)), {
            source: 'candidate.education.diploma',
            value: diploma,
          })
        : result(fromBoolean(isced <= 3), { source: 'candidate.education.isced', value: isced });
    return allOf(young, outOfWorkFor(context, 12), title);
  },
};

/** 7. Aged 55 or over. */
export const AGED_55_OR_OVER: EligibilityCriterion = {
  id: 'aged_55_or_over',
  label: { fr: 'Âgé de 55 ans ou plus', en: 'Aged 55 or over' },
  test: (context) => {
    const age = ageAt(context);
    return age.age === undefined ? age : { status: fromBoolean(age.age >= 55), evidence: age.evidence };
  },
};

/** 8. Oriented by the AViQ. */
export const AVIQ_ORIENTATION: EligibilityCriterion = {
  id: 'aviq_orientation',
  label: { fr: 'Orienté par l’AViQ', en: 'Oriented by the AViQ' },
  test: ({ accompaniment, facts }) => {
    if (facts?.aviqOrientation !== undefined) {
      return result(fromBoolean(facts.aviqOrientation), {
        source: 'facts.aviqOrientation',
        value: facts.aviqOrientation,
      });
    }
    const referrer = accompaniment.record.referredBy;
    // Another referrer does not rule out an AViQ orientation.
    return result(referrer === 'aviq' ? 'met' : 'unknown', {
      source: 'accompaniment.referredBy',
      value: referrer ?? null,
    });
  },
};

/** 9. Referred by the Forem. */
export const FOREM_REFERRAL: EligibilityCriterion = {
  id: 'forem_referral',
  label: { fr: 'Adressé par le Forem', en: 'Referred by the Forem' },
  test: ({ accompaniment, facts }) => {
    if (facts?.foremReferral !== undefined) {
      return result(fromBoolean(facts.foremReferral), {
        source: 'facts.foremReferral',
        value: facts.foremReferral,
      });
    }
    const referrer = accompaniment.record.referredBy;
    return result(referrer === undefined ? 'unknown' : fromBoolean(referrer === 'forem'), {
      source: 'accompaniment.referredBy',
      value: referrer ?? null,
    });
  },
};

/** The nine criteria of the current Mire rules (DOMAIN.md §1.2), in the order of the text. */
export const MIRE_CRITERIA: readonly EligibilityCriterion[] = [
  NO_CESS,
  REGISTERED_24_OF_36,
  NO_WORK_OR_BENEFIT_36,
  SOCIAL_ASSISTANCE,
  LEGALLY_STAYING_FOREIGNER,
  UNDER_25_UNEMPLOYED_12,
  AGED_55_OR_OVER,
  AVIQ_ORIENTATION,
  FOREM_REFERRAL,
];
