import { BELGIAN_DIPLOMAS, BELGIAN_DIPLOMA_LABELS, type BelgianDiploma } from '../vocab/education.js';
import {
  EXIT_REASONS,
  EXIT_REASON_LABELS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  LABOUR_STATUSES,
  LABOUR_STATUS_LABELS,
  PROGRAMMES,
  PROGRAMME_LABELS,
  REFERRERS,
  type ExitReason,
  type FollowUpChannel,
  type FollowUpOutcome,
  type LabourStatus,
  type Programme,
  type Referrer,
} from '../vocab/accompaniment-codes.js';
import { DISCLOSURES, GENDERS, type Disclosure, type Gender } from '../vocab/protected-codes.js';
import type { CodeListSpec } from './code-decoder.js';

// Names people write in French, English and Dutch intranet exports, beside the codes and vocab labels.

/** Belgian diplomas: `CEB`, `CE1D`, `CESS`, `bachelier`, `master`… */
export const DIPLOMA_SPEC: CodeListSpec<BelgianDiploma> = {
  codes: BELGIAN_DIPLOMAS,
  labels: BELGIAN_DIPLOMA_LABELS,
  aliases: {
    none: ['aucun', 'sans diplôme', 'sans', 'geen', 'no diploma'],
    ceb: ["certificat d'études de base"],
    ce1d: ['certificat du premier degré'],
    ce2d: ['cesi', 'secondaire inférieur'],
    cq6: ['certificat de qualification', 'cq'],
    cess: ['secondaire supérieur', 'humanités', 'diplôme secondaire', 'secundair onderwijs'],
    cq7: ['7e qualifiante', '7e professionnelle'],
    bachelor: ['bachelier', 'graduat', 'baccalauréat', 'bachelor'],
    master: ['licence', 'licencié', 'licenciée', 'ingénieur', 'masters'],
    doctorate: ['doctorat', 'phd', 'doctoraat'],
  },
};

/** Programmes. */
export const PROGRAMME_SPEC: CodeListSpec<Programme> = {
  codes: PROGRAMMES,
  labels: PROGRAMME_LABELS,
  aliases: {
    mire: ['accompagnement'],
    youth_guarantee: ['garantie jeunesse', 'gj', 'jongerengarantie'],
    work_linked_training: ['alternance', 'formation en alternance', 'duaal leren'],
    newcomers: ['primo-arrivants', 'primo-arrivant', 'nouveaux arrivants', 'inburgering'],
    esf_project: ['fse', 'fse+', 'esf', 'projet fse', 'esf project'],
  },
};

/** Gender (ESF+ categories) or a refusal. `F`/`V` woman, `H`/`M` man, `X` non-binary. */
export const GENDER_SPEC: CodeListSpec<Gender> = {
  codes: GENDERS,
  aliases: {
    woman: ['femme', 'f', 'féminin', 'female', 'w', 'vrouw', 'v'],
    man: ['homme', 'h', 'masculin', 'male', 'm'],
    non_binary: ['x', 'non-binaire', 'nb', 'non binary', 'genderneutraal'],
    refused: [
      'refus',
      'refusé',
      'nsp',
      'ne souhaite pas répondre',
      'prefer not to say',
      'weigert',
      'geen antwoord',
    ],
  },
};

/** Answers to a sensitive question: yes, no, or refused. */
export const DISCLOSURE_SPEC: CodeListSpec<Disclosure> = {
  codes: DISCLOSURES,
  aliases: {
    yes: ['oui', 'o', 'y', 'ja', 'j', '1', 'true', 'vrai', 'x'],
    no: ['non', 'n', 'nee', '0', 'false', 'faux'],
    refused: [
      'refus',
      'refusé',
      'nsp',
      'ne souhaite pas répondre',
      'prefer not to say',
      'weigert',
      'geen antwoord',
    ],
  },
};

/** Labour-market status at entry. */
export const LABOUR_STATUS_SPEC: CodeListSpec<LabourStatus> = {
  codes: LABOUR_STATUSES,
  labels: LABOUR_STATUS_LABELS,
  aliases: {
    unemployed: ['chômeur', 'de', 'dei', 'werkzoekende', 'werkloos'],
    inactive: ['inactif', 'niet actief'],
    employed: ['travailleur', 'employé', 'werkend'],
  },
};

/** Exit reasons. */
export const EXIT_REASON_SPEC: CodeListSpec<ExitReason> = {
  codes: EXIT_REASONS,
  labels: EXIT_REASON_LABELS,
  aliases: {
    employment: ['emploi', 'mise à l’emploi', "mise à l'emploi", 'werk', 'job'],
    training: ['formation', 'opleiding'],
    moved: ['verhuis'],
    dropped_out: ['stopgezet'],
    health: ['santé', 'maladie', 'gezondheid'],
    end_of_programme: ['fin de parcours', 'einde traject'],
    referred: ['réorientation', 'réorienté', 'doorverwezen'],
    other: ['ander'],
  },
};

/** Who referred the person. */
export const REFERRER_SPEC: CodeListSpec<Referrer> = {
  codes: REFERRERS,
  aliases: {
    forem: ['le forem'],
    cpas: ['ocmw'],
    self: ['spontané', 'spontanée', 'démarche personnelle', 'zelf'],
    partner: ['partenaire'],
    other: ['autre', 'ander'],
  },
};

/** Follow-up channels. */
export const FOLLOW_UP_CHANNEL_SPEC: CodeListSpec<FollowUpChannel> = {
  codes: FOLLOW_UP_CHANNELS,
  aliases: {
    phone: ['téléphone', 'tél', 'tel', 'appel', 'telefoon', 'call'],
    visit: ['visite', 'visite en entreprise', 'bezoek'],
    meeting: ['rencontre', 'rendez-vous', 'rdv', 'entretien', 'réunion', 'gesprek', 'afspraak'],
    email: ['courriel', 'mail', 'e-mail'],
    video: ['visio', 'vidéo', 'visioconférence', 'teams'],
  },
};

/** With whom a follow-up contact took place. */
export const FOLLOW_UP_WITH_SPEC: CodeListSpec<'candidate' | 'employer' | 'both'> = {
  codes: ['candidate', 'employer', 'both'],
  aliases: {
    candidate: ['candidat', 'bénéficiaire', 'travailleur', 'kandidaat', 'werknemer'],
    employer: ['employeur', 'entreprise', 'werkgever'],
    both: ['les deux', 'deux', 'tous les deux', 'beide', 'candidat et employeur'],
  },
};

/** What a follow-up contact found. */
export const FOLLOW_UP_OUTCOME_SPEC: CodeListSpec<FollowUpOutcome> = {
  codes: FOLLOW_UP_OUTCOMES,
  aliases: {
    in_work: ['en emploi', 'toujours en emploi', 'in dienst', 'aan het werk', 'in work'],
    difficulty: ['difficulté', 'difficultés', 'problème', 'moeilijkheden'],
    contract_ended: ['fin de contrat', 'contrat terminé', 'contract beëindigd'],
    unreachable: ['injoignable', 'pas joignable', 'onbereikbaar'],
  },
};
