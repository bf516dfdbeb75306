/**
 * `@passerelle/widgets`: Lit web components for the Mire's intranets. This entry point is side-effect free:
 * it exports the element classes, the event detail types and the translation types, and registers nothing
 * (import `@passerelle/widgets/define`, or load `passerelle-widgets.js`, to register the tags).
 *
 * @packageDocumentation
 */

// Elements.
export { PasserelleMatchList } from './components/match-list/match-list.js';
export { PasserelleScoreBreakdown } from './components/score-breakdown/score-breakdown.js';
export { PasserelleCandidateCard } from './components/candidate-card/candidate-card.js';
export { PasserelleOfferCard } from './components/offer-card/offer-card.js';
export { PasserelleSkillPicker } from './components/skill-picker/skill-picker.js';
export { PasserelleKpiDashboard, DEFAULT_TILES } from './components/kpi-dashboard/kpi-dashboard.js';

export { PasserelleContext } from './components/context/context.js';

// Sharing one taxonomy, gazetteer and configuration with the widgets inside a <passerelle-context>.
export { SharedDataRequestEvent } from './context/shared-data.js';
export type { SharedData, SharedDataCallback } from './context/shared-data.js';

// Events.
export type {
  PasserelleErrorDetail,
  PasserelleErrorEvent,
  WidgetErrorCode,
} from './events/passerelle-error.js';
export type { PasserelleLoadDetail, PasserelleLoadEvent } from './events/passerelle-load.js';
export type { PasserelleSelectDetail, PasserelleSelectEvent } from './events/passerelle-select.js';
export type { PasserelleOpenDetail, PasserelleOpenEvent } from './events/passerelle-open.js';
export type {
  PasserelleChangeDetail,
  PasserelleChangeEvent,
  PickedSkill,
  MatchListView,
} from './events/passerelle-change.js';

// Languages.
export type { Translation, WidgetLocale, CriterionKey, TargetStatusKey } from './i18n/translation.js';
export { TRANSLATIONS, localeOf } from './i18n/locale.js';
export { Formats } from './i18n/format.js';

// Data shapes the widgets read.
export type { TaxonomyLike, ConceptLike } from './internal/taxonomy-labels.js';
