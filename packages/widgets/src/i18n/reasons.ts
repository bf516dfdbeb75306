import type { Reason, ReasonCode } from '@passerelle/matching';

type Params = Reason['params'];
type Render = (p: Params) => string;

// The engine writes its reasons in French and English; these are the same sentences in Dutch and German, from
// the same stable codes and parameters. Skill and occupation labels stay English (the taxonomy has fr and en).
const n = (value: string | number | undefined) => Number(value ?? 0);
const dec = (value: string | number | undefined) => String(value ?? '').replace('.', ',');
const en = (p: Params, key: string) => String(p[`${key}En`] ?? p[key] ?? '');
const CEFR = ['', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

const LEVELS_NL = ['', 'basis', 'gemiddeld', 'gevorderd', 'expert'];
const MODES_NL: Record<string, string> = {
  car: 'met de auto',
  public_transport: 'met het openbaar vervoer',
  bike: 'met de fiets',
  walk: 'te voet',
};
const cefrNl = (value: string | number | undefined) =>
  n(value) === 7 ? 'moedertaal' : (CEFR[n(value)] ?? '');

const NL: Readonly<Record<ReasonCode, Render>> = {
  skill_held: (p) => `Beheerst „${en(p, 'label')}”.`,
  skill_below_level: (p) =>
    `„${en(p, 'label')}”: niveau ${LEVELS_NL[n(p.held)]}, ${LEVELS_NL[n(p.required)]} gevraagd.`,
  skill_related: (p) =>
    `„${en(p, 'label')}” ontbreekt, maar een verwante vaardigheid is aanwezig (${en(p, 'group')}).`,
  skill_missing: (p) => `Ontbrekende vaardigheid: „${en(p, 'label')}”.`,
  skills_from_occupation: (p) =>
    `De vacature noemt geen vaardigheden: die van het beroep „${en(p, 'label')}” worden gebruikt.`,
  no_skills_asked: () => 'De vacature vraagt geen bepaalde vaardigheid.',
  occupation_wanted: (p) => `Een beroep dat de persoon zoekt: „${en(p, 'label')}”.`,
  occupation_related: (p) =>
    `Een beroep dicht bij de gezochte (zelfde ISCO-groep ${p.group}: ${en(p, 'groupLabel')}).`,
  occupation_other: () => 'Geen beroep dat de persoon zoekt.',
  commute_within_limit: (p) =>
    `Geschatte verplaatsing: ${p.minutes} min ${MODES_NL[String(p.mode)] ?? ''} (${dec(p.km)} km), grens ${dec(p.limit)}.`,
  commute_too_long: (p) =>
    `Verplaatsing te lang: ${p.minutes} min ${MODES_NL[String(p.mode)] ?? ''} (${dec(p.km)} km) voor een grens van ${dec(p.limit)}.`,
  commute_no_usable_mode: (p) =>
    `Geen mogelijke verplaatsing: de opgegeven grenzen gelden alleen voor de auto, zonder rijbewijs of voertuig (op ${dec(p.km)} km).`,
  commute_distance: (p) => `Op ${dec(p.km)} km (geen grens voor de verplaatsing opgegeven).`,
  place_unknown: (p) =>
    `Onbekende plaats (${p.side === 'offer' ? 'vacature' : 'woonplaats'}): afstand niet beoordeeld.`,
  language_ok: (p) => `Taal ${p.code}: niveau ${cefrNl(p.held)} (${cefrNl(p.required)} gevraagd).`,
  language_below_level: (p) => `Taal ${p.code}: niveau ${cefrNl(p.held)}, ${cefrNl(p.required)} gevraagd.`,
  language_missing: (p) => `Spreekt geen ${p.code} (${cefrNl(p.required)} gevraagd).`,
  licence_missing: (p) => `Rijbewijs vereist: ${p.categories}.`,
  vehicle_missing: () => 'Een eigen voertuig is vereist.',
  schedule_not_accepted: (p) => `Uurroosters niet aanvaard: ${en(p, 'schedules')}.`,
  hours_mismatch: (p) => `${p.offer} uur per week; de persoon aanvaardt ${p.candidate}.`,
  contract_type_not_accepted: (p) => `Contracttype niet gewenst: ${en(p, 'type')}.`,
  not_available_in_time: (p) => `Beschikbaar op ${p.available}; de job start op ${p.start}.`,
  education_below: (p) => `Opleiding ISCED ${p.held}, ISCED ${p.required} gevraagd.`,
  work_permit_missing: () => '(Nog) geen arbeidsvergunning.',
  must_have_skill_missing: (p) => `${p.count} onmisbare vaardigheid/vaardigheden ontbreekt/ontbreken.`,
};

const LEVELS_DE = ['', 'Grundkenntnisse', 'mittel', 'fortgeschritten', 'Experte'];
const MODES_DE: Record<string, string> = {
  car: 'mit dem Auto',
  public_transport: 'mit öffentlichen Verkehrsmitteln',
  bike: 'mit dem Fahrrad',
  walk: 'zu Fuß',
};
const cefrDe = (value: string | number | undefined) =>
  n(value) === 7 ? 'Muttersprache' : (CEFR[n(value)] ?? '');

const DE: Readonly<Record<ReasonCode, Render>> = {
  skill_held: (p) => `Beherrscht „${en(p, 'label')}“.`,
  skill_below_level: (p) =>
    `„${en(p, 'label')}“: Niveau ${LEVELS_DE[n(p.held)]}, ${LEVELS_DE[n(p.required)]} verlangt.`,
  skill_related: (p) =>
    `„${en(p, 'label')}“ fehlt, aber eine verwandte Kompetenz ist vorhanden (${en(p, 'group')}).`,
  skill_missing: (p) => `Fehlende Kompetenz: „${en(p, 'label')}“.`,
  skills_from_occupation: (p) =>
    `Das Angebot nennt keine Kompetenzen: Die des Berufs „${en(p, 'label')}“ werden verwendet.`,
  no_skills_asked: () => 'Das Angebot verlangt keine bestimmte Kompetenz.',
  occupation_wanted: (p) => `Ein Beruf, den die Person sucht: „${en(p, 'label')}“.`,
  occupation_related: (p) =>
    `Ein Beruf nahe den gesuchten (gleiche ISCO-Gruppe ${p.group}: ${en(p, 'groupLabel')}).`,
  occupation_other: () => 'Kein Beruf, den die Person sucht.',
  commute_within_limit: (p) =>
    `Geschätzter Arbeitsweg: ${p.minutes} Min. ${MODES_DE[String(p.mode)] ?? ''} (${dec(p.km)} km), Grenze ${dec(p.limit)}.`,
  commute_too_long: (p) =>
    `Arbeitsweg zu lang: ${p.minutes} Min. ${MODES_DE[String(p.mode)] ?? ''} (${dec(p.km)} km) bei einer Grenze von ${dec(p.limit)}.`,
  commute_no_usable_mode: (p) =>
    `Kein möglicher Arbeitsweg: die angegebenen Grenzen gelten nur für das Auto, ohne Führerschein oder Fahrzeug (${dec(p.km)} km entfernt).`,
  commute_distance: (p) => `${dec(p.km)} km entfernt (keine Grenze für den Arbeitsweg angegeben).`,
  place_unknown: (p) =>
    `Unbekannter Ort (${p.side === 'offer' ? 'Angebot' : 'Wohnort'}): Entfernung nicht bewertet.`,
  language_ok: (p) => `Sprache ${p.code}: Niveau ${cefrDe(p.held)} (${cefrDe(p.required)} verlangt).`,
  language_below_level: (p) => `Sprache ${p.code}: Niveau ${cefrDe(p.held)}, ${cefrDe(p.required)} verlangt.`,
  language_missing: (p) => `Spricht kein ${p.code} (${cefrDe(p.required)} verlangt).`,
  licence_missing: (p) => `Führerschein erforderlich: ${p.categories}.`,
  vehicle_missing: () => 'Ein eigenes Fahrzeug ist erforderlich.',
  schedule_not_accepted: (p) => `Arbeitszeiten nicht akzeptiert: ${en(p, 'schedules')}.`,
  hours_mismatch: (p) => `${p.offer} Stunden pro Woche; die Person akzeptiert ${p.candidate}.`,
  contract_type_not_accepted: (p) => `Vertragsart nicht gewünscht: ${en(p, 'type')}.`,
  not_available_in_time: (p) => `Verfügbar am ${p.available}; die Stelle beginnt am ${p.start}.`,
  education_below: (p) => `Bildung ISCED ${p.held}, ISCED ${p.required} verlangt.`,
  work_permit_missing: () => '(Noch) keine Arbeitserlaubnis.',
  must_have_skill_missing: (p) => `${p.count} unverzichtbare Kompetenz(en) fehlt/fehlen.`,
};

/**
 * The sentence of a reason in a widget language: the engine's own French or English sentence, or the Dutch or
 * German one built from the reason's code and parameters (English when a code is unknown to this version).
 */
export function reasonSentence(reason: Reason, locale: 'fr' | 'nl' | 'de' | 'en'): string {
  if (locale === 'fr') return reason.message.fr;
  if (locale === 'en') return reason.message.en;
  const render = (locale === 'nl' ? NL : DE)[reason.code];
  return render ? render(reason.params) : reason.message.en;
}
