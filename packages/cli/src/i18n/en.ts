import type { Texts } from './texts.js';

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The command line in English. */
export const en: Texts = {
  help: {
    program:
      'Passerelle on the command line: validate intranet exports, rank candidates and offers with their explanations, compute the result indicators, generate the demo data.',
    headings: {
      'Usage:': 'Usage:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Arguments:': 'Arguments:',
    },
    helpOption: 'show help',
    helpCommand: 'show help for a command',
    version: 'show the version',
    lang: 'language of the messages: fr or en (default: from LANG, else fr)',
    json: 'print a single JSON document on standard output, for scripts',
    mapping:
      'JSON file mapping columns to fields: { "candidates": { "mapping": { "postalCode": "Home postcode" }, "defaults": { "mireId": "mirena" } } }',
    format: 'output format: csv or json (default: from the extension of --out, else csv)',
    out: 'file to write the result to (default: standard output)',
    validate: {
      summary: 'check CSV or JSON files and report every rejected row',
      files: 'CSV or JSON files to check',
      kind: 'kind of records: candidates, offers, employers, contracts, accompaniments or follow-ups (default: guessed from the file name, e.g. candidats.csv)',
    },
    match: {
      summary: 'rank the candidates for each offer (or the offers for each candidate), with explanations',
      offers: 'offers file (CSV or JSON)',
      candidates: 'candidates file (CSV or JSON)',
      direction:
        'candidates: the candidates of each offer; offers: the offers of each candidate (default: candidates)',
      top: 'results per query (default: 10)',
      config:
        'JSON file configuring the score: weights, constraints (hard, soft, off), rules; see DEFAULT_MATCHING_CONFIG',
      ids: 'only these offers (or candidates), comma-separated ids',
      allOffers: 'also use offers that are not open (filled, closed…)',
      minScore: 'leave out results below this score, 0 to 1 (default: the configuration’s, 0)',
    },
    report: {
      summary: 'compute the result indicators (Mire, ESF+) for a period',
      candidates: 'candidates file (CSV or JSON)',
      accompaniments: 'accompaniments file (CSV or JSON)',
      contracts: 'contracts file (CSV or JSON)',
      year: 'the calendar year, e.g. 2025',
      quarter: 'a quarter of --year, 1 to 4',
      from: 'first day of the period, YYYY-MM-DD (with --to)',
      to: 'last day of the period, included, YYYY-MM-DD (with --from)',
      indicator: 'an indicator (repeatable or comma-separated; default: all, see --list)',
      observedUntil:
        'day up to which contracts are known, no earlier than the period’s end (default: the period’s end)',
      list: 'list the indicators and their definitions',
    },
    assign: {
      summary:
        'assign candidates to offers for a whole Mire: each candidate to one offer at most, each offer to its positions at most',
      method:
        'exact (maximum total score), greedy (best pairs first) or stable (deferred acceptance) (default: exact)',
      top: 'length of the engine’s lists, both ways, that pairs are drawn from (default: 20)',
      congestion:
        'also compute lists that spread proposals by positions, with this weight from 0 to 1 given to congestion, and the congestion before and after',
    },
    experiment: {
      summary:
        'run a research experiment a JSON file describes: engine configurations compared on metrics (synthetic data or files), or job-title normalisation ("experiment": "title-normalization")',
      config:
        'JSON file of the experiment (experiment, name, seed, data, engines or methods, metrics…); the paths it names are relative to its folder',
      results: 'folder to write <name>.json and <name>.md to (default: results beside the configuration)',
      groups:
        'JSON file of groups for the fairness metrics, { "candidate id": "group" }; never read from profiles',
    },
    demo: {
      summary: 'write the built-in synthetic dataset as CSV files, like a Mire intranet export',
      out: 'folder to write the files to (default: passerelle-demo)',
      seed: 'generator seed: the same seed gives the same data (default: 2026)',
      size: 'number of candidates (default: 1200)',
      format: 'file format: csv (;, with a BOM, like an intranet export) or json (default: csv)',
    },
    examples: {
      validate:
        '\nExamples:\n  passerelle validate candidats.csv\n  passerelle validate export.csv --kind offers --json',
      match:
        '\nExamples:\n  passerelle match --offers offres.csv --candidates candidats.csv --top 5\n  passerelle match --offers offres.csv --candidates candidats.csv --direction offers --ids cand-000001 --json',
      report:
        '\nExamples:\n  passerelle report --candidates candidats.csv --accompaniments accompagnements.csv --contracts contrats.csv --year 2025\n  passerelle report … --year 2025 --quarter 2 --indicator placement,funnel --out q2.csv',
      assign:
        '\nExamples:\n  passerelle assign --offers offres.csv --candidates candidats.csv\n  passerelle assign --offers offres.csv --candidates candidats.csv --method stable --congestion 0.5 --json',
      experiment: '\nExample:\n  passerelle experiment experiment.json --results results',
      demo: '\nExample:\n  passerelle demo --out demo && passerelle validate demo/candidats.csv',
    },
  },
  usage: {
    prefix: 'Usage error: ',
    unknownOption: (flag) => `unknown option "${flag}".`,
    unknownCommand: (name) =>
      `unknown command "${name}": validate, match, assign, report, experiment, demo (see passerelle --help).`,
    missingArgument: (name) => `missing argument: ${name}.`,
    optionMissingArgument: (flag) => `option ${flag} needs a value.`,
    missingOption: (flag) => `option ${flag} is required.`,
    excessArguments: 'too many arguments.',
    other: (detail) => detail,
    seeHelp: (command) => `See: passerelle ${command}--help`,
    choice: (flag, value, allowed) =>
      `${flag} "${value}" is not allowed: choose one of ${allowed.join(', ')}.`,
    positiveInteger: (flag, value) => `${flag} needs a positive whole number, not "${value}".`,
    atMost: (flag, value, max) => `${flag} "${value}" is over the maximum, ${max}.`,
    scoreRange: (flag, value) => `${flag} needs a number from 0 to 1, not "${value}".`,
    date: (flag, value) => `${flag} needs a real YYYY-MM-DD date, not "${value}".`,
    year: (value) => `--year needs a year from 1900 to 2200, not "${value}".`,
    quarterNeedsYear: '--quarter goes with --year.',
    periodMissing: 'give a period: --year (and --quarter), or --from and --to.',
    periodTwice: 'give either --year or --from and --to, not both.',
    periodOrder: (from, to) => `the end ${to} is before the start ${from}.`,
    observedUntil: (value, end) =>
      `--observed-until ${value} must be no earlier than the period’s end (${end}).`,
    kindUnknown: (file) =>
      `cannot tell what ${file} holds: give --kind (candidates, offers, employers, contracts, accompaniments, follow-ups).`,
  },
  files: {
    unreadable: (file, reason) => `Cannot read ${file}: ${reason}.`,
    reasons: {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder',
      other: 'read error',
    },
    notWritable: (file, reason) => `Cannot write ${file}: ${reason}.`,
    invalidJson: (file, detail) => `${file} is not valid JSON: ${detail}.`,
    mapping: (file, detail) => `Invalid column mapping ${file}: ${detail}`,
    config: (file, detail) => `Invalid configuration ${file}: ${detail}`,
  },
  validate: {
    file: (name, kind, c) =>
      `${name} (${kind}): ${plural(c.rows, 'row', 'rows')}, ${c.accepted} accepted, ${c.rejected} rejected, ${plural(c.warnings, 'warning', 'warnings')}`,
    noRejected: '  No rejected row.',
    total: (files, rejected) =>
      rejected === 0
        ? `${plural(files, 'file', 'files')} checked: all valid.`
        : `${plural(files, 'file', 'files')} checked: ${plural(rejected, 'rejected row', 'rejected rows')}.`,
  },
  match: {
    inputs: (name, c) =>
      `${name}: ${plural(c.accepted, 'record', 'records')} read, ${plural(c.rejected, 'rejected row', 'rejected rows')}`,
    queries: (queries, direction, pool) =>
      direction === 'candidates'
        ? `${plural(queries, 'offer', 'offers')} ranked among ${plural(pool, 'candidate', 'candidates')}`
        : `${plural(queries, 'candidate', 'candidates')} ranked among ${plural(pool, 'offer', 'offers')}`,
    written: (file, rows) => `${plural(rows, 'result', 'results')} written to ${file}`,
    noResult: 'No result.',
    noQuery: 'No query: no open offer (see --all-offers) or none of the --ids found.',
    unknownIds: (ids) => `Ids not found: ${ids.join(', ')}`,
    progress: 'Ranking',
  },
  assign: {
    summary: (pairs, candidates, positions) =>
      `${plural(pairs, 'proposal', 'proposals')} for ${plural(candidates, 'candidate', 'candidates')} and ${plural(positions, 'position', 'positions')}`,
    shares: (assigned, filled, total) =>
      `Candidates assigned: ${percent(assigned)}; positions filled: ${percent(filled)}; total score: ${total.toFixed(2)}`,
    congestion: (before, after, lost) =>
      `Congestion (Gini of exposure per position): ${before.toFixed(3)} before, ${after.toFixed(3)} after; relevance lost: ${percent(lost)}`,
    noPair: 'No possible pair: no open offer within the candidates’ reach.',
    progress: 'Assignment',
  },
  report: {
    inputs: (name, c) =>
      `${name}: ${plural(c.accepted, 'record', 'records')} read, ${plural(c.rejected, 'rejected row', 'rejected rows')}`,
    excluded: (count) =>
      `${plural(count, 'record', 'records')} left out of the figures (see each table’s notes)`,
    written: (file, tables) => `${plural(tables, 'table', 'tables')} written to ${file}`,
    listHeading: 'Available indicators:',
    progress: 'Indicators',
  },
  experiment: {
    invalid: (file, issues) => `Invalid experiment ${file}:\n${issues}`,
    groups: (file, id) =>
      `${file}: expected a JSON object { "candidate id": "group" }${id === undefined ? '' : ` (the group of "${id}" is not text)`}.`,
    data: (queries, catalogue, rejected) =>
      `${plural(queries, 'query', 'queries')} evaluated over a catalogue of ${plural(catalogue, 'offer', 'offers')}${rejected > 0 ? `; ${plural(rejected, 'record', 'records')} rejected while loading` : ''}`,
    written: (json, markdown) => `Results written to ${json} and ${markdown}`,
    noQuery: 'No test query: check the test period (split) and the hires (contracts naming an offer).',
    progress: 'Experiment',
    titles: (evaluated, occupations, rejected) =>
      `${plural(evaluated, 'title', 'titles')} evaluated against ${plural(occupations, 'occupation', 'occupations')}${rejected > 0 ? `; ${plural(rejected, 'row', 'rows')} rejected while reading` : ''}`,
    titleIssue: (issue) =>
      `  ${issue.source}:${issue.line} · ${issue.field} · ${
        {
          missing_column: `no such column in the header (name it one of: ${issue.names.join(', ')})`,
          unclosed_quote: 'a quote opened in this row is never closed',
          empty_title: 'empty title',
          empty_occupation: 'empty occupation id',
          missing_cell: 'missing cell',
        }[issue.code]
      } [${issue.code}]`,
    noTitle: 'No title evaluated: check the file’s columns and that its occupation ids are the taxonomy’s.',
    groupsUnused: '--groups is not used by this experiment: the groups were ignored.',
  },
  demo: {
    generated: (seed, candidates, offers, employers) =>
      `Synthetic dataset (seed ${seed}): ${candidates} candidates, ${offers} offers, ${employers} employers`,
    file: (name, records) => `  ${name.padEnd(24)} ${String(records).padStart(7)} records`,
    next: (offers, candidates) =>
      `Try: passerelle match --offers ${offers} --candidates ${candidates} --top 5`,
  },
};
