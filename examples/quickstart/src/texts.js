// @ts-check
/** The quickstart's own words, in French (default) and English. */
export const TEXTS = {
  fr: {
    title: 'Passerelle — démarrage rapide',
    generated: (n, dir) =>
      `Jeu de données synthétique (graine ${n.seed}) : ${n.candidates} candidats, ${n.offers} offres, ${n.employers} employeurs, écrit en CSV dans ${dir}`,
    imported: 'Import des fichiers CSV (comme un export d’intranet)',
    file: (name, r) =>
      `  ${name.padEnd(22)} ${String(r.rows).padStart(6)} lignes  ${String(r.accepted).padStart(6)} acceptées  ${String(r.rejected).padStart(4)} rejetées  ${String(r.warnings).padStart(4)} avertissements`,
    summary: 'Ce que disent les données importées',
    perMire: 'Candidats par Mire',
    noCess: 'sans CESS (CITE 0–2)',
    longTerm: 'inoccupés depuis 12 mois ou plus à l’entrée',
    youth: 'Garantie pour la jeunesse',
    licenceB: 'permis B',
    firstContract: 'au moins un contrat de travail après l’entrée',
    offersBy: 'Offres ouvertes par type de contrat',
    mistakes: 'Le même fichier avec trois erreurs typiques : ce que l’import en dit',
    yourFile: (name) => `Validation de ${name}`,
    noRows: 'Aucune ligne rejetée.',
    usage:
      'Usage : npm start [-- --candidates FICHIER.csv] [--offers FICHIER.csv] [--employers …] [--contracts …] [--accompaniments …] [--lang fr|en] [--seed N] [--size N] [--out DOSSIER]',
  },
  en: {
    title: 'Passerelle — quickstart',
    generated: (n, dir) =>
      `Synthetic dataset (seed ${n.seed}): ${n.candidates} candidates, ${n.offers} offers, ${n.employers} employers, written as CSV to ${dir}`,
    imported: 'Importing the CSV files (as an intranet export)',
    file: (name, r) =>
      `  ${name.padEnd(22)} ${String(r.rows).padStart(6)} rows  ${String(r.accepted).padStart(6)} accepted  ${String(r.rejected).padStart(4)} rejected  ${String(r.warnings).padStart(4)} warnings`,
    summary: 'What the imported data says',
    perMire: 'Candidates per Mire',
    noCess: 'without the CESS (ISCED 0–2)',
    longTerm: 'out of work for 12 months or more at entry',
    youth: 'Youth Guarantee',
    licenceB: 'driving licence B',
    firstContract: 'at least one work contract after entry',
    offersBy: 'Open offers by contract type',
    mistakes: 'The same file with three typical mistakes: what the import says',
    yourFile: (name) => `Validating ${name}`,
    noRows: 'No rejected row.',
    usage:
      'Usage: npm start [-- --candidates FILE.csv] [--offers FILE.csv] [--employers …] [--contracts …] [--accompaniments …] [--lang fr|en] [--seed N] [--size N] [--out DIR]',
  },
};
