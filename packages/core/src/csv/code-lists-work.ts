import { CONTRACT_TYPES, CONTRACT_TYPE_LABELS, type ContractType } from '../vocab/contract-types.js';
import { LANGUAGE_LEVELS, LANGUAGE_LEVEL_LABELS, type LanguageLevel } from '../vocab/languages.js';
import { LICENCE_CATEGORIES, LICENCE_LABELS, type LicenceCategory } from '../vocab/licences.js';
import {
  SCHEDULES,
  SCHEDULE_LABELS,
  TRANSPORT_MODES,
  TRANSPORT_MODE_LABELS,
  WORK_PERMIT_LABELS,
  WORK_PERMIT_STATUSES,
  type Schedule,
  type TransportMode,
  type WorkPermitStatus,
} from '../vocab/work-conditions.js';
import {
  EMPLOYER_SIZES,
  OFFER_STATUSES,
  OFFER_STATUS_LABELS,
  type EmployerSize,
  type OfferStatus,
} from '../vocab/accompaniment-codes.js';
import type { CodeListSpec } from './code-decoder.js';

// Names people write in French, English and Dutch intranet exports, beside the codes and vocab labels.

/** Contract types: `CDI`, `Intérim`, `titres-services`, `Article 60`… */
export const CONTRACT_TYPE_SPEC: CodeListSpec<ContractType> = {
  codes: CONTRACT_TYPES,
  labels: CONTRACT_TYPE_LABELS,
  aliases: {
    cdi: ['durée indéterminée', 'onbepaalde duur', 'vast contract', 'permanent', 'open-ended'],
    cdd: ['durée déterminée', 'bepaalde duur', 'fixed term', 'fixed-term'],
    replacement: ['remplacement', 'vervanging', 'vervangingscontract'],
    temporary_agency: ['interim', 'intérimaire', 'uitzendarbeid', 'uitzendwerk', 'temporary'],
    student: ['étudiant', 'job étudiant', 'studentenjob', 'student job'],
    flexi_job: ['flexi', 'flexijob'],
    service_vouchers: ['titre-service', 'titres services', 'dienstencheques', 'dienstencheque'],
    article_60: ['article 60', 'art 60', 'art. 60', 'article 60 §7', 'art. 60 §7'],
    pfi: ['plan formation insertion', 'plan formation-insertion'],
    apprenticeship: ['alternance', 'apprentissage', 'duaal leren', 'leercontract'],
    internship: ['stage', 'stage en entreprise', 'stagiaire'],
    immersion: ['stage de découverte', 'snuffelstage'],
    self_employed: ['zelfstandige', 'freelance'],
  },
};

/** Working-time patterns: `nuit|week-end`, `pauses`… */
export const SCHEDULE_SPEC: CodeListSpec<Schedule> = {
  codes: SCHEDULES,
  labels: SCHEDULE_LABELS,
  aliases: {
    day: ['jour', 'de jour', 'dag', 'overdag', 'daytime'],
    evening: ['soir', 'avond'],
    night: ['nuit', 'de nuit', 'nacht'],
    weekend: ['weekends', 'fin de semaine'],
    shifts: ['pauses', 'équipes', 'en équipes', 'travail en équipes', 'ploegen', 'ploegendienst', 'shift'],
  },
};

/** Driving licence categories: `B`, `C1E`… (a `permis`/`rijbewijs` prefix is dropped by the decoder). */
export const LICENCE_SPEC: CodeListSpec<LicenceCategory> = {
  codes: LICENCE_CATEGORIES,
  labels: LICENCE_LABELS,
};

/** CEFR levels `A1`–`C2`, and `native` (`langue maternelle`, `moedertaal`). */
export const LANGUAGE_LEVEL_SPEC: CodeListSpec<LanguageLevel> = {
  codes: LANGUAGE_LEVELS,
  labels: LANGUAGE_LEVEL_LABELS,
  aliases: { native: ['maternelle', 'natif', 'native', 'moedertaal', 'mother tongue', 'mt'] },
};

/** Transport modes of commute limits: `voiture`, `TEC`, `vélo`, `à pied`… */
export const TRANSPORT_MODE_SPEC: CodeListSpec<TransportMode> = {
  codes: TRANSPORT_MODES,
  labels: TRANSPORT_MODE_LABELS,
  aliases: {
    car: ['auto', 'wagen', 'automobile', 'véhicule'],
    public_transport: [
      'transport en commun',
      'tec',
      'bus',
      'train',
      'sncb',
      'tc',
      'openbaar vervoer',
      'ov',
      'pt',
    ],
    bike: ['vélo', 'fiets', 'bicycle', 'cycle'],
    walk: ['pied', 'marche', 'te voet', 'on foot', 'foot'],
  },
};

/** Work permit statuses. */
export const WORK_PERMIT_SPEC: CodeListSpec<WorkPermitStatus> = {
  codes: WORK_PERMIT_STATUSES,
  labels: WORK_PERMIT_LABELS,
  aliases: {
    not_required: ['non requis', 'pas nécessaire', 'belge', 'ue', 'eu', 'niet vereist'],
    unlimited_access: ['accès illimité', 'illimité', 'unlimited', 'onbeperkt'],
    single_permit: ['permis unique', 'gecombineerde vergunning'],
    limited_access: ['accès limité', 'limité', 'limited', 'beperkt'],
    pending: ['en cours', 'demande en cours', 'in aanvraag'],
    none: ['aucun', 'pas de droit', 'geen'],
  },
};

/** Offer statuses. */
export const OFFER_STATUS_SPEC: CodeListSpec<OfferStatus> = {
  codes: OFFER_STATUSES,
  labels: OFFER_STATUS_LABELS,
  aliases: {
    draft: ['brouillon', 'concept'],
    open: ['ouvert', 'en cours', 'active', 'actief'],
    filled: ['pourvu', 'ingevuld'],
    closed: ['fermée', 'clôturé', 'gesloten'],
    cancelled: ['annulé', 'canceled', 'geannuleerd'],
  },
};

/** Employer size classes (EU SME definition). */
export const EMPLOYER_SIZE_SPEC: CodeListSpec<EmployerSize> = {
  codes: EMPLOYER_SIZES,
  aliases: {
    micro: ['tpe', 'très petite', 'micro-entreprise'],
    small: ['petite', 'pe', 'klein'],
    medium: ['moyenne', 'me', 'middelgroot'],
    large: ['grande', 'ge', 'groot'],
  },
};
