import type { Texts } from './texts.js';

const percent = (share: number) => `${(100 * share).toFixed(1).replace('.', ',')} %`;
const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** The command line in French: the source and the default. */
export const fr: Texts = {
  help: {
    program:
      'Passerelle en ligne de commande : valider des exports d’intranet, classer candidats et offres avec leurs explications, calculer les indicateurs de résultats, générer les données de démonstration.',
    headings: {
      'Usage:': 'Utilisation :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Arguments:': 'Arguments :',
    },
    helpOption: 'affiche l’aide',
    helpCommand: 'affiche l’aide d’une commande',
    version: 'affiche la version',
    lang: 'langue des messages : fr ou en (défaut : celle de LANG, sinon fr)',
    json: 'écrit un seul document JSON sur la sortie standard, pour les scripts',
    mapping:
      'fichier JSON de correspondance des colonnes : { "candidates": { "mapping": { "postalCode": "CP domicile" }, "defaults": { "mireId": "mirena" } } }',
    format: 'format du résultat : csv ou json (défaut : selon l’extension de --out, sinon csv)',
    out: 'fichier où écrire le résultat (défaut : la sortie standard)',
    validate: {
      summary: 'vérifie des fichiers CSV ou JSON et signale chaque ligne rejetée',
      files: 'fichiers CSV ou JSON à vérifier',
      kind: 'type d’enregistrements : candidates, offers, employers, contracts, accompaniments ou follow-ups (défaut : deviné du nom du fichier, p. ex. candidats.csv)',
    },
    match: {
      summary:
        'classe les candidats pour chaque offre (ou les offres pour chaque candidat), avec les explications',
      offers: 'fichier des offres (CSV ou JSON)',
      candidates: 'fichier des candidats (CSV ou JSON)',
      direction:
        'candidates : les candidats de chaque offre ; offers : les offres de chaque candidat (défaut : candidates)',
      top: 'nombre de résultats par requête (défaut : 10)',
      config:
        'fichier JSON de configuration du score : poids, contraintes (hard, soft, off), règles ; voir DEFAULT_MATCHING_CONFIG',
      ids: 'seulement ces offres (ou ces candidats), identifiants séparés par des virgules',
      allOffers: 'prend aussi les offres qui ne sont pas ouvertes (pourvues, clôturées…)',
      minScore: 'écarte les résultats sous ce score, de 0 à 1 (défaut : celui de la configuration, 0)',
    },
    report: {
      summary: 'calcule les indicateurs de résultats (Mire, FSE+) pour une période',
      candidates: 'fichier des candidats (CSV ou JSON)',
      accompaniments: 'fichier des accompagnements (CSV ou JSON)',
      contracts: 'fichier des contrats (CSV ou JSON)',
      year: 'l’année civile, p. ex. 2025',
      quarter: 'un trimestre de --year, de 1 à 4',
      from: 'début de la période, AAAA-MM-JJ (avec --to)',
      to: 'fin de la période, incluse, AAAA-MM-JJ (avec --from)',
      indicator: 'un indicateur (répétable ou séparés par des virgules ; défaut : tous, voir --list)',
      observedUntil:
        'jour jusqu’auquel les contrats sont connus, au plus tôt la fin de la période (défaut : la fin de la période)',
      list: 'liste les indicateurs et leurs définitions',
    },
    assign: {
      summary:
        'affecte les candidats aux offres pour toute une Mire : chacun à une offre au plus, chaque offre à ses postes au plus',
      method:
        'exact (score total maximal), greedy (meilleures paires d’abord) ou stable (acceptation différée) (défaut : exact)',
      top: 'longueur des listes du moteur, dans les deux sens, dont les paires sont tirées (défaut : 20)',
      congestion:
        'calcule aussi des listes qui répartissent les propositions selon les postes, avec ce poids de 0 à 1 donné à la congestion, et la congestion avant et après',
    },
    experiment: {
      summary:
        'lance une expérience de recherche décrite par un fichier JSON : configurations du moteur comparées sur des métriques (données synthétiques ou fichiers), ou normalisation d’intitulés de poste ("experiment": "title-normalization")',
      config:
        'fichier JSON de l’expérience (experiment, name, seed, data, engines ou methods, metrics…) ; les chemins qu’il nomme sont relatifs à son dossier',
      results: 'dossier où écrire <nom>.json et <nom>.md (défaut : results à côté de la configuration)',
      groups:
        'fichier JSON des groupes pour les métriques d’équité, { "id candidat": "groupe" } ; jamais lu des profils',
    },
    demo: {
      summary: 'écrit le jeu de données synthétique intégré en fichiers CSV, comme un export d’intranet Mire',
      out: 'dossier où écrire les fichiers (défaut : passerelle-demo)',
      seed: 'graine du générateur : la même graine donne les mêmes données (défaut : 2026)',
      size: 'nombre de candidats (défaut : 1200)',
      format: 'format des fichiers : csv (;, avec BOM, comme un export d’intranet) ou json (défaut : csv)',
    },
    examples: {
      validate:
        '\nExemples :\n  passerelle validate candidats.csv\n  passerelle validate export.csv --kind offers --json',
      match:
        '\nExemples :\n  passerelle match --offers offres.csv --candidates candidats.csv --top 5\n  passerelle match --offers offres.csv --candidates candidats.csv --direction offers --ids cand-000001 --json',
      report:
        '\nExemples :\n  passerelle report --candidates candidats.csv --accompaniments accompagnements.csv --contracts contrats.csv --year 2025\n  passerelle report … --year 2025 --quarter 2 --indicator placement,funnel --out t2.csv',
      assign:
        '\nExemples :\n  passerelle assign --offers offres.csv --candidates candidats.csv\n  passerelle assign --offers offres.csv --candidates candidats.csv --method stable --congestion 0.5 --json',
      experiment: '\nExemple :\n  passerelle experiment experience.json --results resultats',
      demo: '\nExemple :\n  passerelle demo --out demo && passerelle validate demo/candidats.csv',
    },
  },
  usage: {
    prefix: 'Erreur d’utilisation : ',
    unknownOption: (flag) => `option inconnue « ${flag} ».`,
    unknownCommand: (name) =>
      `commande inconnue « ${name} » : validate, match, assign, report, experiment, demo (voir passerelle --help).`,
    missingArgument: (name) => `argument manquant : ${name}.`,
    optionMissingArgument: (flag) => `l’option ${flag} attend une valeur.`,
    missingOption: (flag) => `l’option ${flag} est obligatoire.`,
    excessArguments: 'trop d’arguments.',
    other: (detail) => detail,
    seeHelp: (command) => `Voir : passerelle ${command}--help`,
    choice: (flag, value, allowed) =>
      `${flag} « ${value} » n’est pas permis : choisissez parmi ${allowed.join(', ')}.`,
    positiveInteger: (flag, value) => `${flag} attend un entier positif, pas « ${value} ».`,
    atMost: (flag, value, max) => `${flag} « ${value} » dépasse le maximum, ${max}.`,
    scoreRange: (flag, value) => `${flag} attend un nombre de 0 à 1, pas « ${value} ».`,
    date: (flag, value) => `${flag} attend une date réelle AAAA-MM-JJ, pas « ${value} ».`,
    year: (value) => `--year attend une année de 1900 à 2200, pas « ${value} ».`,
    quarterNeedsYear: '--quarter s’utilise avec --year.',
    periodMissing: 'donnez une période : --year (et --quarter) ou --from et --to.',
    periodTwice: 'donnez soit --year, soit --from et --to, pas les deux.',
    periodOrder: (from, to) => `la fin ${to} est avant le début ${from}.`,
    observedUntil: (value, end) =>
      `--observed-until ${value} doit être au plus tôt la fin de la période (${end}).`,
    kindUnknown: (file) =>
      `impossible de deviner ce que contient ${file} : précisez --kind (candidates, offers, employers, contracts, accompaniments, follow-ups).`,
  },
  files: {
    unreadable: (file, reason) => `Impossible de lire ${file} : ${reason}.`,
    reasons: {
      ENOENT: 'fichier introuvable',
      EACCES: 'accès refusé',
      EISDIR: 'c’est un dossier',
      other: 'erreur de lecture',
    },
    notWritable: (file, reason) => `Impossible d’écrire ${file} : ${reason}.`,
    invalidJson: (file, detail) => `${file} n’est pas du JSON valide : ${detail}.`,
    mapping: (file, detail) => `Correspondance de colonnes ${file} invalide : ${detail}`,
    config: (file, detail) => `Configuration ${file} invalide : ${detail}`,
  },
  validate: {
    file: (name, kind, c) =>
      `${name} (${kind}) : ${plural(c.rows, 'ligne', 'lignes')}, ${plural(c.accepted, 'acceptée', 'acceptées')}, ${plural(c.rejected, 'rejetée', 'rejetées')}, ${plural(c.warnings, 'avertissement', 'avertissements')}`,
    noRejected: '  Aucune ligne rejetée.',
    total: (files, rejected) =>
      rejected === 0
        ? `${plural(files, 'fichier vérifié', 'fichiers vérifiés')} : tout est valide.`
        : `${plural(files, 'fichier vérifié', 'fichiers vérifiés')} : ${plural(rejected, 'ligne rejetée', 'lignes rejetées')}.`,
  },
  match: {
    inputs: (name, c) =>
      `${name} : ${plural(c.accepted, 'enregistrement lu', 'enregistrements lus')}, ${plural(c.rejected, 'ligne rejetée', 'lignes rejetées')}`,
    queries: (queries, direction, pool) =>
      direction === 'candidates'
        ? `${plural(queries, 'offre classée', 'offres classées')} parmi ${plural(pool, 'candidat', 'candidats')}`
        : `${plural(queries, 'candidat classé', 'candidats classés')} parmi ${plural(pool, 'offre', 'offres')}`,
    written: (file, rows) => `${plural(rows, 'résultat écrit', 'résultats écrits')} dans ${file}`,
    noResult: 'Aucun résultat.',
    noQuery:
      'Aucune requête : aucune offre ouverte (voir --all-offers) ou aucun identifiant de --ids trouvé.',
    unknownIds: (ids) => `Identifiants introuvables : ${ids.join(', ')}`,
    progress: 'Classement',
  },
  assign: {
    summary: (pairs, candidates, positions) =>
      `${plural(pairs, 'proposition', 'propositions')} pour ${plural(candidates, 'candidat', 'candidats')} et ${plural(positions, 'poste', 'postes')}`,
    shares: (assigned, filled, total) =>
      `Candidats affectés : ${percent(assigned)} ; postes pourvus : ${percent(filled)} ; score total : ${total.toFixed(2).replace('.', ',')}`,
    congestion: (before, after, lost) =>
      `Congestion (Gini de l’exposition par poste) : ${before.toFixed(3).replace('.', ',')} avant, ${after.toFixed(3).replace('.', ',')} après ; pertinence perdue : ${percent(lost)}`,
    noPair: 'Aucune paire possible : aucune offre ouverte à portée des candidats.',
    progress: 'Affectation',
  },
  report: {
    inputs: (name, c) =>
      `${name} : ${plural(c.accepted, 'enregistrement lu', 'enregistrements lus')}, ${plural(c.rejected, 'ligne rejetée', 'lignes rejetées')}`,
    excluded: (count) =>
      `${plural(count, 'enregistrement écarté', 'enregistrements écartés')} des chiffres (voir les notes de chaque tableau)`,
    written: (file, tables) => `${plural(tables, 'tableau écrit', 'tableaux écrits')} dans ${file}`,
    listHeading: 'Indicateurs disponibles :',
    progress: 'Indicateurs',
  },
  experiment: {
    invalid: (file, issues) => `Expérience ${file} invalide :\n${issues}`,
    groups: (file, id) =>
      `${file} : attendu un objet JSON { "id candidat": "groupe" }${id === undefined ? '' : ` (le groupe de « ${id} » n’est pas un texte)`}.`,
    data: (queries, catalogue, rejected) =>
      `${plural(queries, 'requête évaluée', 'requêtes évaluées')} sur un catalogue de ${plural(catalogue, 'offre', 'offres')}${rejected > 0 ? ` ; ${plural(rejected, 'enregistrement rejeté', 'enregistrements rejetés')} au chargement` : ''}`,
    written: (json, markdown) => `Résultats écrits dans ${json} et ${markdown}`,
    noQuery:
      'Aucune requête de test : vérifiez la période de test (split) et les embauches (contrats liés à une offre).',
    progress: 'Expérience',
    titles: (evaluated, occupations, rejected) =>
      `${plural(evaluated, 'intitulé évalué', 'intitulés évalués')} face à ${plural(occupations, 'métier', 'métiers')}${rejected > 0 ? ` ; ${plural(rejected, 'ligne rejetée', 'lignes rejetées')} à la lecture` : ''}`,
    titleIssue: (issue) =>
      `  ${issue.source}:${issue.line} · ${issue.field} · ${
        {
          missing_column: `colonne absente de l’en-tête (nommez-la ${issue.names.join(', ')})`,
          unclosed_quote: 'un guillemet ouvert dans cette ligne n’est jamais fermé',
          empty_title: 'intitulé vide',
          empty_occupation: 'identifiant de métier vide',
          missing_cell: 'cellule manquante',
        }[issue.code]
      } [${issue.code}]`,
    noTitle:
      'Aucun intitulé évalué : vérifiez les colonnes du fichier et que ses identifiants de métier sont ceux de la taxonomie.',
    groupsUnused: '--groups ne sert pas à cette expérience : les groupes ont été ignorés.',
  },
  demo: {
    generated: (seed, candidates, offers, employers) =>
      `Jeu de données synthétique (graine ${seed}) : ${candidates} candidats, ${offers} offres, ${employers} employeurs`,
    file: (name, records) => `  ${name.padEnd(24)} ${String(records).padStart(7)} enregistrements`,
    next: (offers, candidates) =>
      `Essayez : passerelle match --offers ${offers} --candidates ${candidates} --top 5`,
  },
};
