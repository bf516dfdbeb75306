// The page's own words (the widgets bring theirs). French is the source and the fallback.

/** Languages the switch offers, in this order. */
export const LANGUAGES = [
  { code: 'fr', name: 'Français' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'de', name: 'Deutsch' },
  { code: 'en', name: 'English' },
];

const fr = {
  appTitle: 'Intranet des conseillers',
  demoBadge: 'démonstration — données synthétiques',
  navOffers: 'Offres ouvertes',
  navDashboard: 'Tableau de bord',
  navAssignment: 'Affectation',
  navImport: 'Importer vos fichiers',
  language: 'Langue',
  offersTitle: 'Offres ouvertes',
  offersIntro: (n) =>
    `${n} offre${n > 1 ? 's' : ''} ouverte${n > 1 ? 's' : ''} dans votre Mire. Choisissez-en une pour voir les candidats classés.`,
  positions: (n) => `${n} poste${n > 1 ? 's' : ''}`,
  imported: 'importée',
  importedCandidate: 'importé',
  chooseOffer: 'Choisissez une offre dans la liste.',
  rankedCandidates: 'Candidats classés',
  rankedIntro: (shown, pool) => `Les ${shown} meilleurs sur ${pool} personnes suivies par la Mire.`,
  excludedIntro: 'Écartés par une contrainte stricte :',
  explanation: 'Explication',
  chooseMatch: 'Choisissez un candidat dans la liste pour voir le détail de son score.',
  openCandidate: 'Voir les offres à sa portée',
  offersInReach: 'Offres à sa portée',
  offersInReachIntro: (shown, pool) => `Les ${shown} meilleures parmi ${pool} offres ouvertes de la région.`,
  backToOffers: '← Retour aux offres',
  dashboardTitle: 'Tableau de bord',
  dashboardIntro: (mire, year) =>
    `Résultats de ${mire} pour ${year}, calculés par le serveur (petits effectifs masqués).`,
  assignmentTitle: 'Affectation à l’échelle de la Mire',
  assignmentIntro:
    'Toutes les offres ouvertes de la Mire pourvues en une fois parmi ses candidats : chaque personne proposée à une offre au plus, chaque offre à hauteur de ses postes, pour la plus grande somme des scores.',
  figPositions: 'Postes pourvus',
  figProposed: (n) => `personnes proposées sur ${n}`,
  figMeanScore: 'Score moyen des propositions',
  colOffer: 'Offre',
  colPositions: 'Postes',
  colProposed: 'Personnes proposées (score)',
  colOpen: 'Restent ouverts',
  importTitle: 'Importer vos candidats ou vos offres',
  importIntro:
    'Déposez un fichier CSV exporté de votre intranet (séparateur ; ou ,). Les lignes valides rejoignent la démonstration ; chaque erreur est listée avec sa ligne, sa colonne et sa raison.',
  importKind: 'Contenu du fichier',
  kindCandidates: 'Candidats',
  kindOffers: 'Offres',
  dropHere: 'Déposez le fichier CSV ici, ou',
  chooseFile: 'choisissez-le',
  samples: 'Exemples à télécharger :',
  sampleCandidates: 'candidats',
  sampleOffers: 'offres',
  importing: (file) => `Import de ${file}…`,
  importSummary: (r) =>
    `${r.file} : ${r.rows} ligne${r.rows > 1 ? 's' : ''}, ${r.accepted} acceptée${r.accepted > 1 ? 's' : ''}, ${r.rejected} rejetée${r.rejected > 1 ? 's' : ''}.`,
  importAdded: (n, kind) =>
    kind === 'candidates'
      ? `${n} candidat${n > 1 ? 's' : ''} ajouté${n > 1 ? 's' : ''} au vivier.`
      : `${n} offre${n > 1 ? 's' : ''} ouverte${n > 1 ? 's' : ''} ajoutée${n > 1 ? 's' : ''} à la liste.`,
  errorsTitle: 'Erreurs',
  warningsTitle: 'Avertissements',
  colLine: 'Ligne',
  colField: 'Colonne',
  colReason: 'Raison',
  noErrors: 'Aucune erreur.',
  notCsv: (file) => `${file} n’est pas un fichier .csv.`,
  loading: 'Chargement…',
  serverError: 'Le serveur ne répond pas.',
  constraints: {
    commute: 'trajet trop long',
    workPermit: 'permis de travail',
    licence: 'permis de conduire',
    vehicle: 'véhicule',
    schedule: 'horaires',
    hours: 'heures par semaine',
    contractType: 'type de contrat',
    availability: 'disponibilité',
    education: 'diplôme',
    languages: 'langues',
    mustHaveSkills: 'compétence indispensable',
  },
  footer:
    'Passerelle — démonstration sur données synthétiques (graine fixe), taxonomie ESCO de départ © Union européenne.',
};

/** @type {typeof fr} */
const en = {
  appTitle: 'Counsellors’ intranet',
  demoBadge: 'demo — synthetic data',
  navOffers: 'Open offers',
  navDashboard: 'Dashboard',
  navAssignment: 'Assignment',
  navImport: 'Import your files',
  language: 'Language',
  offersTitle: 'Open offers',
  offersIntro: (n) =>
    `${n} open offer${n > 1 ? 's' : ''} in your Mire. Choose one to see the ranked candidates.`,
  positions: (n) => `${n} position${n > 1 ? 's' : ''}`,
  imported: 'imported',
  importedCandidate: 'imported',
  chooseOffer: 'Choose an offer in the list.',
  rankedCandidates: 'Ranked candidates',
  rankedIntro: (shown, pool) => `The best ${shown} of the ${pool} people the Mire accompanies.`,
  excludedIntro: 'Left out by a hard constraint:',
  explanation: 'Explanation',
  chooseMatch: 'Choose a candidate in the list to see how the score is made.',
  openCandidate: 'See the offers within reach',
  offersInReach: 'Offers within reach',
  offersInReachIntro: (shown, pool) => `The best ${shown} of the region’s ${pool} open offers.`,
  backToOffers: '← Back to the offers',
  dashboardTitle: 'Dashboard',
  dashboardIntro: (mire, year) =>
    `${mire}’s results for ${year}, computed by the server (small counts hidden).`,
  assignmentTitle: 'Mire-wide assignment',
  assignmentIntro:
    'Every open offer of the Mire filled at once from its candidates: each person proposed to one offer at most, each offer up to its positions, for the largest total score.',
  figPositions: 'Positions filled',
  figProposed: (n) => `people proposed out of ${n}`,
  figMeanScore: 'Mean score of the proposals',
  colOffer: 'Offer',
  colPositions: 'Positions',
  colProposed: 'People proposed (score)',
  colOpen: 'Still open',
  importTitle: 'Import your candidates or offers',
  importIntro:
    'Drop a CSV file exported from your intranet (; or , separated). Valid rows join the demo; every error is listed with its line, column and reason.',
  importKind: 'The file holds',
  kindCandidates: 'Candidates',
  kindOffers: 'Offers',
  dropHere: 'Drop the CSV file here, or',
  chooseFile: 'choose it',
  samples: 'Samples to download:',
  sampleCandidates: 'candidates',
  sampleOffers: 'offers',
  importing: (file) => `Importing ${file}…`,
  importSummary: (r) =>
    `${r.file}: ${r.rows} row${r.rows > 1 ? 's' : ''}, ${r.accepted} accepted, ${r.rejected} rejected.`,
  importAdded: (n, kind) =>
    kind === 'candidates'
      ? `${n} candidate${n > 1 ? 's' : ''} added to the pool.`
      : `${n} open offer${n > 1 ? 's' : ''} added to the list.`,
  errorsTitle: 'Errors',
  warningsTitle: 'Warnings',
  colLine: 'Line',
  colField: 'Column',
  colReason: 'Reason',
  noErrors: 'No error.',
  notCsv: (file) => `${file} is not a .csv file.`,
  loading: 'Loading…',
  serverError: 'The server does not answer.',
  constraints: {
    commute: 'commute too long',
    workPermit: 'work permit',
    licence: 'driving licence',
    vehicle: 'vehicle',
    schedule: 'schedules',
    hours: 'hours per week',
    contractType: 'contract type',
    availability: 'availability',
    education: 'education',
    languages: 'languages',
    mustHaveSkills: 'must-have skill',
  },
  footer: 'Passerelle — a demo on synthetic data (fixed seed), starter ESCO taxonomy © European Union.',
};

/** @type {typeof fr} */
const nl = {
  appTitle: 'Intranet voor begeleiders',
  demoBadge: 'demo — synthetische gegevens',
  navOffers: 'Open vacatures',
  navDashboard: 'Dashboard',
  navAssignment: 'Toewijzing',
  navImport: 'Uw bestanden importeren',
  language: 'Taal',
  offersTitle: 'Open vacatures',
  offersIntro: (n) =>
    `${n} open vacature${n > 1 ? 's' : ''} in uw Mire. Kies er een om de gerangschikte kandidaten te zien.`,
  positions: (n) => `${n} plaats${n > 1 ? 'en' : ''}`,
  imported: 'geïmporteerd',
  importedCandidate: 'geïmporteerd',
  chooseOffer: 'Kies een vacature in de lijst.',
  rankedCandidates: 'Gerangschikte kandidaten',
  rankedIntro: (shown, pool) => `De ${shown} besten van de ${pool} personen die de Mire begeleidt.`,
  excludedIntro: 'Uitgesloten door een harde voorwaarde:',
  explanation: 'Uitleg',
  chooseMatch: 'Kies een kandidaat in de lijst om te zien hoe de score tot stand komt.',
  openCandidate: 'Vacatures binnen bereik bekijken',
  offersInReach: 'Vacatures binnen bereik',
  offersInReachIntro: (shown, pool) => `De ${shown} beste van de ${pool} open vacatures in de regio.`,
  backToOffers: '← Terug naar de vacatures',
  dashboardTitle: 'Dashboard',
  dashboardIntro: (mire, year) =>
    `Resultaten van ${mire} voor ${year}, berekend door de server (kleine aantallen verborgen).`,
  assignmentTitle: 'Toewijzing over de hele Mire',
  assignmentIntro:
    'Alle open vacatures van de Mire in één keer ingevuld met haar kandidaten: elke persoon voor hoogstens één vacature voorgesteld, elke vacature tot haar aantal plaatsen, voor de hoogste totale score.',
  figPositions: 'Ingevulde plaatsen',
  figProposed: (n) => `personen voorgesteld van de ${n}`,
  figMeanScore: 'Gemiddelde score van de voorstellen',
  colOffer: 'Vacature',
  colPositions: 'Plaatsen',
  colProposed: 'Voorgestelde personen (score)',
  colOpen: 'Nog open',
  importTitle: 'Uw kandidaten of vacatures importeren',
  importIntro:
    'Sleep een CSV-bestand uit uw intranet hierheen (gescheiden door ; of ,). Geldige rijen komen bij de demo; elke fout wordt vermeld met regel, kolom en reden.',
  importKind: 'Het bestand bevat',
  kindCandidates: 'Kandidaten',
  kindOffers: 'Vacatures',
  dropHere: 'Sleep het CSV-bestand hierheen, of',
  chooseFile: 'kies het',
  samples: 'Voorbeelden om te downloaden:',
  sampleCandidates: 'kandidaten',
  sampleOffers: 'vacatures',
  importing: (file) => `${file} wordt geïmporteerd…`,
  importSummary: (r) =>
    `${r.file}: ${r.rows} rij${r.rows > 1 ? 'en' : ''}, ${r.accepted} aanvaard, ${r.rejected} geweigerd.`,
  importAdded: (n, kind) =>
    kind === 'candidates'
      ? `${n} kandida${n > 1 ? 'ten' : 'at'} toegevoegd.`
      : `${n} open vacature${n > 1 ? 's' : ''} toegevoegd.`,
  errorsTitle: 'Fouten',
  warningsTitle: 'Waarschuwingen',
  colLine: 'Regel',
  colField: 'Kolom',
  colReason: 'Reden',
  noErrors: 'Geen fouten.',
  notCsv: (file) => `${file} is geen .csv-bestand.`,
  loading: 'Laden…',
  serverError: 'De server antwoordt niet.',
  constraints: {
    commute: 'verplaatsing te lang',
    workPermit: 'arbeidskaart',
    licence: 'rijbewijs',
    vehicle: 'voertuig',
    schedule: 'uurrooster',
    hours: 'uren per week',
    contractType: 'soort contract',
    availability: 'beschikbaarheid',
    education: 'diploma',
    languages: 'talen',
    mustHaveSkills: 'onmisbare vaardigheid',
  },
  footer: 'Passerelle — demo op synthetische gegevens (vaste seed), ESCO-starttaxonomie © Europese Unie.',
};

/** @type {typeof fr} */
const de = {
  appTitle: 'Intranet für Berater',
  demoBadge: 'Demo — synthetische Daten',
  navOffers: 'Offene Stellen',
  navDashboard: 'Dashboard',
  navAssignment: 'Zuordnung',
  navImport: 'Eigene Dateien importieren',
  language: 'Sprache',
  offersTitle: 'Offene Stellen',
  offersIntro: (n) =>
    `${n} offene Stelle${n > 1 ? 'n' : ''} in Ihrer Mire. Wählen Sie eine, um die gereihten Bewerber zu sehen.`,
  positions: (n) => `${n} ${n > 1 ? 'Plätze' : 'Platz'}`,
  imported: 'importiert',
  importedCandidate: 'importiert',
  chooseOffer: 'Wählen Sie eine Stelle aus der Liste.',
  rankedCandidates: 'Gereihte Bewerber',
  rankedIntro: (shown, pool) => `Die ${shown} besten von ${pool} Personen, die die Mire begleitet.`,
  excludedIntro: 'Durch eine harte Bedingung ausgeschlossen:',
  explanation: 'Erklärung',
  chooseMatch: 'Wählen Sie einen Bewerber in der Liste, um zu sehen, wie sich die Punktzahl ergibt.',
  openCandidate: 'Erreichbare Stellen ansehen',
  offersInReach: 'Erreichbare Stellen',
  offersInReachIntro: (shown, pool) => `Die ${shown} besten von ${pool} offenen Stellen der Region.`,
  backToOffers: '← Zurück zu den Stellen',
  dashboardTitle: 'Dashboard',
  dashboardIntro: (mire, year) =>
    `Ergebnisse von ${mire} für ${year}, vom Server berechnet (kleine Zahlen ausgeblendet).`,
  assignmentTitle: 'Zuordnung für die ganze Mire',
  assignmentIntro:
    'Alle offenen Stellen der Mire auf einmal aus ihren Bewerbern besetzt: jede Person für höchstens eine Stelle vorgeschlagen, jede Stelle bis zu ihrer Platzzahl, für die höchste Gesamtpunktzahl.',
  figPositions: 'Besetzte Plätze',
  figProposed: (n) => `vorgeschlagene Personen von ${n}`,
  figMeanScore: 'Mittlere Punktzahl der Vorschläge',
  colOffer: 'Stelle',
  colPositions: 'Plätze',
  colProposed: 'Vorgeschlagene Personen (Punktzahl)',
  colOpen: 'Noch offen',
  importTitle: 'Eigene Bewerber oder Stellen importieren',
  importIntro:
    'Legen Sie eine CSV-Datei aus Ihrem Intranet ab (getrennt durch ; oder ,). Gültige Zeilen kommen zur Demo hinzu; jeder Fehler wird mit Zeile, Spalte und Grund aufgeführt.',
  importKind: 'Die Datei enthält',
  kindCandidates: 'Bewerber',
  kindOffers: 'Stellen',
  dropHere: 'Legen Sie die CSV-Datei hier ab, oder',
  chooseFile: 'wählen Sie sie aus',
  samples: 'Beispiele zum Herunterladen:',
  sampleCandidates: 'Bewerber',
  sampleOffers: 'Stellen',
  importing: (file) => `${file} wird importiert…`,
  importSummary: (r) =>
    `${r.file}: ${r.rows} Zeile${r.rows > 1 ? 'n' : ''}, ${r.accepted} angenommen, ${r.rejected} abgelehnt.`,
  importAdded: (n, kind) =>
    kind === 'candidates'
      ? `${n} Bewerber hinzugefügt.`
      : `${n} offene Stelle${n > 1 ? 'n' : ''} hinzugefügt.`,
  errorsTitle: 'Fehler',
  warningsTitle: 'Warnungen',
  colLine: 'Zeile',
  colField: 'Spalte',
  colReason: 'Grund',
  noErrors: 'Keine Fehler.',
  notCsv: (file) => `${file} ist keine .csv-Datei.`,
  loading: 'Wird geladen…',
  serverError: 'Der Server antwortet nicht.',
  constraints: {
    commute: 'Arbeitsweg zu lang',
    workPermit: 'Arbeitserlaubnis',
    licence: 'Führerschein',
    vehicle: 'Fahrzeug',
    schedule: 'Arbeitszeiten',
    hours: 'Wochenstunden',
    contractType: 'Vertragsart',
    availability: 'Verfügbarkeit',
    education: 'Abschluss',
    languages: 'Sprachen',
    mustHaveSkills: 'unverzichtbare Kompetenz',
  },
  footer: 'Passerelle — Demo mit synthetischen Daten (fester Seed), ESCO-Starttaxonomie © Europäische Union.',
};

const CATALOGUES = { fr, nl, de, en };

/** The page's texts in a language (French when the language has none). */
export function texts(lang) {
  return CATALOGUES[lang] ?? fr;
}

/** A French-and-English text from the server or the engine, in the page's language. */
export function pick(localized, lang) {
  if (localized == null || typeof localized !== 'object') return localized ?? '';
  return localized[lang] ?? localized.fr ?? '';
}
