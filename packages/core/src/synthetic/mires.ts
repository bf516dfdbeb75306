import type { SyntheticMire } from './catalogue.js';

const PLACEHOLDER = 'Synthetic placeholder: no stored source identifies this Mire (DOMAIN.md §1.6).';

/**
 * The Mire of synthetic datasets: the eight identified in DOMAIN.md §1.6, with where their territory is
 * described, and three placeholders for the areas whose Mire no source names. Their territories in a
 * dataset come from `syntheticMireOfCommune`, an approximation, never an authoritative list.
 */
export const SYNTHETIC_MIRES: readonly SyntheticMire[] = Object.freeze([
  { id: 'mirena', name: 'Mirena', source: 'https://fr.wikipedia.org/wiki/Mirena_(agence)' },
  { id: 'miresem', name: 'MIRESEM', source: 'https://www.vlan.be/fr/articles/vlan/9296.html' },
  { id: 'mirelux', name: 'Mirelux', source: 'http://www.durbuy.be/newsletter/newsadl24/snews3.php' },
  {
    id: 'mirhw',
    name: 'Mission Régionale Huy-Waremme',
    source: 'https://www.manudouette.be/2024/04/19/lia-victor-vient-de-hesbaye-2/',
  },
  {
    id: 'mirev',
    name: 'MIREV',
    source: 'https://www.parlement-wallonie.be/pwpages?p=interp-questions-voir&type=28&iddoc=46770',
  },
  {
    id: 'mirec',
    name: 'MIREC',
    source: 'https://www.telesambre.be/info/la-mirec-proposera-12-nouvelles-formations-en-2020/35257',
  },
  {
    id: 'mire-mons',
    name: "Mission régionale pour l'emploi de Mons-Borinage",
    source: 'https://www.telemb.be/actu/emploi-la-mission-regionale-est-la-pour-vous/38973',
  },
  {
    id: 'mire-centre',
    name: 'Mission régionale du Centre',
    source:
      'https://www.alterechos.be/mission-reacutegionale-du-centre-des-projets-malgreacute-un-budget-revu-agrave-la-baisse/',
  },
  // The three Mire no stored source identifies: placeholders, so that every Walloon commune has a Mire.
  { id: 'mire-liege', name: 'Mire de Liège (placeholder)', source: PLACEHOLDER },
  { id: 'mire-bw', name: 'Mire du Brabant wallon (placeholder)', source: PLACEHOLDER },
  { id: 'mire-wapi', name: 'Mire de Wallonie picarde (placeholder)', source: PLACEHOLDER },
]);
