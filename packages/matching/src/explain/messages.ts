import type { LocalizedText } from '@passerelle/core';
import type { ReasonCode } from './reason.js';

type Params = Readonly<Record<string, string | number>>;
type Render = (p: Params) => LocalizedText;

const LEVELS_FR = ['', 'notions', 'intermédiaire', 'avancé', 'expert'];
const LEVELS_EN = ['', 'basic', 'intermediate', 'advanced', 'expert'];
const MODE_FR: Record<string, string> = {
  car: 'en voiture',
  public_transport: 'en transports en commun',
  bike: 'à vélo',
  walk: 'à pied',
};
const MODE_EN: Record<string, string> = {
  car: 'by car',
  public_transport: 'by public transport',
  bike: 'by bike',
  walk: 'on foot',
};
const CEFR = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'langue maternelle'];
const CEFR_EN = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
const n = (value: string | number | undefined) => Number(value ?? 0);
// French writes decimals with a comma.
const dec = (value: string | number | undefined) => String(value ?? '').replace('.', ',');
const fr = (p: Params, key: string) => String(p[`${key}Fr`] ?? p[key] ?? '');
const en = (p: Params, key: string) => String(p[`${key}En`] ?? p[key] ?? '');

/** French and English sentences of every reason code; labels arrive as `labelFr` / `labelEn` parameters. */
const MESSAGES: Readonly<Record<ReasonCode, Render>> = {
  skill_held: (p) => ({ fr: `Maîtrise « ${fr(p, 'label')} ».`, en: `Has "${en(p, 'label')}".` }),
  skill_below_level: (p) => ({
    fr: `« ${fr(p, 'label')} » : niveau ${LEVELS_FR[n(p.held)]}, ${LEVELS_FR[n(p.required)]} demandé.`,
    en: `"${en(p, 'label')}": ${LEVELS_EN[n(p.held)]} level, ${LEVELS_EN[n(p.required)]} asked.`,
  }),
  skill_related: (p) => ({
    fr: `« ${fr(p, 'label')} » manque, mais une compétence proche est acquise (${fr(p, 'group')}).`,
    en: `"${en(p, 'label')}" is missing, but a related skill is held (${en(p, 'group')}).`,
  }),
  skill_missing: (p) => ({
    fr: `Compétence manquante : « ${fr(p, 'label')} ».`,
    en: `Missing skill: "${en(p, 'label')}".`,
  }),
  skills_from_occupation: (p) => ({
    fr: `L’offre ne liste pas de compétences : celles du métier « ${fr(p, 'label')} » sont utilisées.`,
    en: `The offer lists no skills: those of the occupation "${en(p, 'label')}" are used.`,
  }),
  no_skills_asked: () => ({
    fr: 'L’offre ne demande aucune compétence précise.',
    en: 'The offer asks for no particular skill.',
  }),
  occupation_wanted: (p) => ({
    fr: `Métier recherché par la personne : « ${fr(p, 'label')} ».`,
    en: `An occupation the person wants: "${en(p, 'label')}".`,
  }),
  occupation_related: (p) => ({
    fr: `Métier proche de ceux recherchés (même groupe CITP ${p.group} : ${fr(p, 'groupLabel')}).`,
    en: `An occupation close to those wanted (same ISCO group ${p.group}: ${en(p, 'groupLabel')}).`,
  }),
  occupation_other: () => ({
    fr: 'Métier différent de ceux recherchés.',
    en: 'Not an occupation the person looks for.',
  }),
  commute_within_limit: (p) => ({
    fr: `Trajet estimé : ${p.minutes} min ${MODE_FR[String(p.mode)]} (${dec(p.km)} km), limite ${dec(p.limit)}.`,
    en: `Estimated commute: ${p.minutes} min ${MODE_EN[String(p.mode)]} (${p.km} km), limit ${p.limit}.`,
  }),
  commute_too_long: (p) => ({
    fr: `Trajet trop long : ${p.minutes} min ${MODE_FR[String(p.mode)] ?? ''} (${dec(p.km)} km) pour une limite de ${dec(p.limit)}.`,
    en: `Commute too long: ${p.minutes} min ${MODE_EN[String(p.mode)] ?? ''} (${p.km} km) for a limit of ${p.limit}.`,
  }),
  commute_no_usable_mode: (p) => ({
    fr: `Aucun trajet possible : les limites indiquées ne valent que pour la voiture, sans permis ou sans véhicule (à ${dec(p.km)} km).`,
    en: `No usable commute: the limits given are for driving only, without a licence or a vehicle (${p.km} km away).`,
  }),
  commute_distance: (p) => ({
    fr: `À ${dec(p.km)} km (aucune limite de trajet indiquée).`,
    en: `${p.km} km away (no commute limit given).`,
  }),
  place_unknown: (p) => ({
    fr: `Lieu inconnu (${p.side === 'offer' ? 'offre' : 'domicile'}) : la distance n’est pas évaluée.`,
    en: `Unknown place (${p.side === 'offer' ? 'offer' : 'home'}): distance not assessed.`,
  }),
  language_ok: (p) => ({
    fr: `Langue ${p.code} : niveau ${CEFR[n(p.held)]} (${CEFR[n(p.required)]} demandé).`,
    en: `Language ${p.code}: ${CEFR_EN[n(p.held)]} level (${CEFR_EN[n(p.required)]} asked).`,
  }),
  language_below_level: (p) => ({
    fr: `Langue ${p.code} : niveau ${CEFR[n(p.held)]}, ${CEFR[n(p.required)]} demandé.`,
    en: `Language ${p.code}: ${CEFR_EN[n(p.held)]} level, ${CEFR_EN[n(p.required)]} asked.`,
  }),
  language_missing: (p) => ({
    fr: `Langue ${p.code} non parlée (${CEFR[n(p.required)]} demandé).`,
    en: `Does not speak ${p.code} (${CEFR_EN[n(p.required)]} asked).`,
  }),
  licence_missing: (p) => ({
    fr: `Permis requis : ${p.categories}.`,
    en: `Licence required: ${p.categories}.`,
  }),
  vehicle_missing: () => ({
    fr: 'Un véhicule personnel est requis.',
    en: 'A vehicle of one’s own is required.',
  }),
  schedule_not_accepted: (p) => ({
    fr: `Horaires non acceptés : ${fr(p, 'schedules')}.`,
    en: `Schedules not accepted: ${en(p, 'schedules')}.`,
  }),
  hours_mismatch: (p) => ({
    fr: `Régime de ${p.offer} h/semaine, la personne accepte ${p.candidate} h.`,
    en: `${p.offer} hours a week; the person accepts ${p.candidate}.`,
  }),
  contract_type_not_accepted: (p) => ({
    fr: `Type de contrat non souhaité : ${fr(p, 'type')}.`,
    en: `Contract type not wanted: ${en(p, 'type')}.`,
  }),
  not_available_in_time: (p) => ({
    fr: `Disponible le ${p.available}, début le ${p.start}.`,
    en: `Available on ${p.available}; the job starts on ${p.start}.`,
  }),
  education_below: (p) => ({
    fr: `Niveau d’études CITE ${p.held}, CITE ${p.required} demandé.`,
    en: `Education ISCED ${p.held}, ISCED ${p.required} asked.`,
  }),
  work_permit_missing: () => ({
    fr: 'Pas (encore) d’autorisation de travail.',
    en: 'No work permit (yet).',
  }),
  must_have_skill_missing: (p) => ({
    fr: `${p.count} compétence(s) indispensable(s) manquante(s).`,
    en: `${p.count} must-have skill(s) missing.`,
  }),
};

/** The French and English sentence of a reason. */
export function renderReason(code: ReasonCode, params: Params): LocalizedText {
  return MESSAGES[code](params);
}
