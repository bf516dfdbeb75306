/**
 * Registers every Passerelle element (guarded: loading this module twice registers nothing twice). This is
 * the entry of the one-script-tag bundle `passerelle-widgets.js`; it also re-exports the public API, so that
 * the bundle's classes and types can be reached from a module script.
 *
 * @packageDocumentation
 */
import { PasserelleCandidateCard } from './components/candidate-card/candidate-card.js';
import { PasserelleContext } from './components/context/context.js';
import { PasserelleKpiDashboard } from './components/kpi-dashboard/kpi-dashboard.js';
import { PasserelleMatchList } from './components/match-list/match-list.js';
import { PasserelleOfferCard } from './components/offer-card/offer-card.js';
import { PasserelleScoreBreakdown } from './components/score-breakdown/score-breakdown.js';
import { PasserelleSkillPicker } from './components/skill-picker/skill-picker.js';
import { defineElement } from './internal/define-element.js';

export * from './index.js';

/** Every tag and its class. */
export const PASSERELLE_ELEMENTS = {
  // The provider first, so that widgets already in the page find it when they are upgraded.
  'passerelle-context': PasserelleContext,
  'passerelle-match-list': PasserelleMatchList,
  'passerelle-score-breakdown': PasserelleScoreBreakdown,
  'passerelle-candidate-card': PasserelleCandidateCard,
  'passerelle-offer-card': PasserelleOfferCard,
  'passerelle-skill-picker': PasserelleSkillPicker,
  'passerelle-kpi-dashboard': PasserelleKpiDashboard,
} as const;

for (const [tag, element] of Object.entries(PASSERELLE_ELEMENTS)) defineElement(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-context': PasserelleContext;
    'passerelle-match-list': PasserelleMatchList;
    'passerelle-score-breakdown': PasserelleScoreBreakdown;
    'passerelle-candidate-card': PasserelleCandidateCard;
    'passerelle-offer-card': PasserelleOfferCard;
    'passerelle-skill-picker': PasserelleSkillPicker;
    'passerelle-kpi-dashboard': PasserelleKpiDashboard;
  }
}
