import type { LocalizedText } from '@passerelle/core';
import type { SustainedEmploymentRule } from '../cohorts/sustained.js';
import { EXCLUSION_REASON_LABELS } from '../validate/exclusion-reasons.js';
import type { ExclusionReason } from '../validate/exclusion-reasons.js';
import type { ExcludedRecords } from './table.js';

/** The note every table carries on records left out: how many, and why. */
export function excludedNote(excluded: ExcludedRecords): LocalizedText {
  if (excluded.count === 0) {
    return { fr: 'Aucun enregistrement écarté.', en: 'No record left out.' };
  }
  const byReason = new Map<string, number>();
  for (const issue of excluded.issues) {
    const reason = String(issue.params?.reason ?? issue.code);
    byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  const parts = [...byReason].map(([reason, count]) => {
    const label = EXCLUSION_REASON_LABELS[reason as ExclusionReason] ?? { fr: reason, en: reason };
    return { fr: `${label.fr} : ${count}`, en: `${label.en}: ${count}` };
  });
  return {
    fr: `${excluded.count} enregistrement(s) écarté(s) des chiffres (${parts.map((p) => p.fr).join(' ; ')}).`,
    en: `${excluded.count} record(s) left out of the figures (${parts.map((p) => p.en).join('; ')}).`,
  };
}

/** The note that states the sustained-employment rule used. */
export function sustainedRuleNote(rule: SustainedEmploymentRule): LocalizedText {
  const window =
    rule.windowDays === null
      ? { fr: 'sans limite de durée', en: 'with no time limit' }
      : { fr: `dans les ${rule.windowDays} jours`, en: `within ${rule.windowDays} days` };
  const hours =
    rule.minHoursPerWeek === null
      ? { fr: 'tout horaire', en: 'any hours' }
      : { fr: `au moins ${rule.minHoursPerWeek} h/semaine`, en: `at least ${rule.minHoursPerWeek} h/week` };
  const types =
    rule.contractTypes === null
      ? { fr: 'tout contrat rémunéré', en: 'any paid contract' }
      : { fr: rule.contractTypes.join(', '), en: rule.contractTypes.join(', ') };
  return {
    fr: `Emploi durable : à partir du premier contrat, au moins ${rule.minDays} jours en emploi, interruptions de ${rule.maxGapDays} jours au plus, ${window.fr}, ${hours.fr}, ${types.fr}.`,
    en: `Sustained employment: from the first contract, at least ${rule.minDays} days in work, gaps of ${rule.maxGapDays} days at most, ${window.en}, ${hours.en}, ${types.en}.`,
  };
}
