// @ts-check
// French and English labels for what the page shows: taxonomy concepts and core's code lists.
import { CONTRACT_TYPE_LABELS, ISCED_LABELS, SCHEDULE_LABELS } from '@passerelle/core';

/**
 * A concept's label in both languages; the id itself when the taxonomy does not know it (an imported file may name
 * skills of a fuller ESCO than the starter one).
 * @param {import('@passerelle/core').Taxonomy} taxonomy
 * @param {string} id
 * @returns {{ fr: string, en: string }}
 */
export function conceptLabel(taxonomy, id) {
  const fr = taxonomy.label(id, 'fr');
  const en = taxonomy.label(id, 'en');
  return { fr: fr ?? en ?? id, en: en ?? fr ?? id };
}

/** @param {import('@passerelle/core').ContractType} type */
export const contractLabel = (type) => CONTRACT_TYPE_LABELS[type];

/** @param {import('@passerelle/core').IscedLevel} level */
export const educationLabel = (level) => ISCED_LABELS[level];

/** @param {readonly import('@passerelle/core').Schedule[]} schedules */
export const scheduleLabels = (schedules) => schedules.map((schedule) => SCHEDULE_LABELS[schedule]);
