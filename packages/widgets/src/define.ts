/**
 * Registers every Passerelle element (guarded: loading this module twice registers nothing twice). This is
 * the entry of the one-script-tag bundle `passerelle-widgets.js`; it also re-exports the public API, so that
 * the bundle's classes and types can be reached from a module script.
 *
 * @packageDocumentation
 */
import { PasserelleCandidateCard } from './components/candidate-card/candidate-card.js';
import { defineElement } from './internal/define-element.js';

export * from './index.js';

defineElement('passerelle-candidate-card', PasserelleCandidateCard);

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-candidate-card': PasserelleCandidateCard;
  }
}
