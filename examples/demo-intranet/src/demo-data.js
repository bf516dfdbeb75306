// @ts-check
// The demo's data: the seeded synthetic dataset of every Mire, seen from one Mire's counsellor. The starter taxonomy
// and gazetteer are built in, so the demo needs no file.
import { createStarterGazetteer, createStarterTaxonomy, generateDataset } from '@passerelle/core';
import { createMatcher } from '@passerelle/matching';

/** @typedef {import('@passerelle/core').Candidate} Candidate */
/** @typedef {import('@passerelle/core').JobOffer} JobOffer */
/** @typedef {import('@passerelle/core').Employer} Employer */
/** @typedef {import('@passerelle/core').SyntheticDataset} SyntheticDataset */

/** What the demo runs on unless told otherwise: the same figures on every machine. */
export const DEMO_DEFAULTS = Object.freeze({ seed: 2026, candidates: 3000, mireId: 'mirena' });

/**
 * The demo's working data. The Mire's candidates and open offers are mutable lists: the user's own CSV files add to
 * them (`addCandidates`, `addOffers`), and the indexes follow.
 */
export class DemoData {
  /**
   * @param {{ seed?: number, candidates?: number, mireId?: string }} [options]
   */
  constructor(options = {}) {
    const { seed, candidates, mireId } = { ...DEMO_DEFAULTS, ...options };
    this.seed = seed;
    this.taxonomy = createStarterTaxonomy();
    this.gazetteer = createStarterGazetteer();
    /** @type {SyntheticDataset} */
    this.dataset = generateDataset({ seed, candidates });
    const mire = this.dataset.territories.find((territory) => territory.id === mireId);
    if (mire === undefined) {
      const known = this.dataset.territories.map((territory) => territory.id).join(', ');
      throw new RangeError(`Unknown Mire "${mireId}": use one of ${known}.`);
    }
    this.mire = mire;
    this.referenceDate = this.dataset.referenceDate;
    this.matcher = createMatcher({ taxonomy: this.taxonomy, gazetteer: this.gazetteer });
    /** @type {Map<string, Employer>} */
    this.employers = new Map(this.dataset.employers.map((employer) => [employer.id, employer]));
    /** @type {Map<string, Candidate>} the Mire's candidates, and the ones imported */
    this.candidates = new Map();
    /** @type {Map<string, JobOffer>} the Mire's open offers, and the ones imported */
    this.offers = new Map();
    /** @type {Set<string>} ids of records that came from the user's files */
    this.imported = new Set();
    /** Grows with every change to the lists, so that results computed from them know when to be redone. */
    this.version = 0;
    this.candidatePool = this.matcher.indexCandidates();
    // Offers within reach of a candidate are looked for among every open offer of the region, not only the Mire's.
    const openOffers = this.dataset.offers.filter((offer) => offer.status === 'open');
    /** @type {Map<string, JobOffer>} every open offer of the region, and the ones imported */
    this.regionOffersById = new Map(openOffers.map((offer) => [offer.id, offer]));
    this.regionOffers = this.matcher.indexOffers(openOffers);
    this.addCandidates(
      this.dataset.candidates.map((record) => record.candidate).filter((c) => c.mireId === mireId),
      false,
    );
    this.addOffers(
      this.dataset.offers.filter((offer) => offer.status === 'open' && offer.mireId === mireId),
      false,
    );
  }

  /**
   * An open offer of the region (or imported), by id.
   * @param {string} id
   */
  regionOffer(id) {
    return this.regionOffersById.get(id);
  }

  /**
   * Adds candidates to the Mire's pool; a known id replaces the earlier profile.
   * @param {readonly Candidate[]} list
   * @param {boolean} [imported]
   */
  addCandidates(list, imported = true) {
    this.version++;
    for (const candidate of list) {
      if (this.candidates.has(candidate.id)) this.candidatePool.update(candidate);
      else this.candidatePool.add(candidate);
      this.candidates.set(candidate.id, candidate);
      if (imported) this.imported.add(candidate.id);
    }
  }

  /**
   * Adds open offers to the Mire's list (and to the region's, for candidates); a known id replaces the earlier offer.
   * @param {readonly JobOffer[]} list
   * @param {boolean} [imported]
   */
  addOffers(list, imported = true) {
    this.version++;
    for (const offer of list) {
      if (imported) {
        if (this.regionOffers.has(offer.id)) this.regionOffers.update(offer);
        else this.regionOffers.add(offer);
        this.regionOffersById.set(offer.id, offer);
        this.imported.add(offer.id);
      }
      this.offers.set(offer.id, offer);
    }
  }
}
