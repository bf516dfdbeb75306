// @ts-check
// The Mire's results, computed on the server with @passerelle/reporting and drawn by passerelle-kpi-dashboard: the
// last full year's tables, the Mire's targets against them, and a trend over the years the data covers. The tables
// go out as the reporting package makes them; the widget hides small cells by the package's own rule.
import {
  calendarYear,
  computeActivity,
  computeBreakdowns,
  computeFunnel,
  computePlacement,
  computeSustainedEmployment,
  computeTargets,
  prepareReportingData,
} from '@passerelle/reporting';

/**
 * The Mire's obligations shown against its figures. The 2009 rules asked at least half of the people accompanied
 * placed in work; the current thresholds were not found (see DOMAIN.md), so these stand as an example.
 * @param {string} mireId
 * @returns {import('@passerelle/reporting').MireTarget[]}
 */
export function demoTargets(mireId) {
  return [
    { mireId, figure: 'placement_rate', target: 0.5 },
    { mireId, figure: 'accompanied', target: 140 },
  ];
}

/**
 * A table with one row per year: people accompanied, first contracts and sustained jobs.
 * @param {import('@passerelle/reporting').ReportingData} input
 * @param {readonly number[]} years
 * @param {string} observedUntil
 * @returns {import('@passerelle/reporting').ReportTable}
 */
export function yearlyTrend(input, years, observedUntil) {
  const rows = years.map((year) => {
    const period = calendarYear(year);
    const placement = computePlacement(input, period, { observedUntil });
    const sustained = computeSustainedEmployment(input, period, { observedUntil });
    return {
      year: String(year),
      accompanied: placement.rows[0]?.accompanied ?? null,
      placed: placement.rows[0]?.placed ?? null,
      sustained: sustained.rows[0]?.sustained ?? null,
    };
  });
  const first = computePlacement(input, calendarYear(years[0] ?? 2025), { observedUntil });
  return {
    id: 'trend',
    title: { fr: 'Évolution par année', en: 'Year by year' },
    columns: [
      { key: 'year', label: { fr: 'Année', en: 'Year' }, unit: 'text' },
      {
        key: 'accompanied',
        label: { fr: 'Personnes accompagnées', en: 'People accompanied' },
        unit: 'count',
      },
      { key: 'placed', label: { fr: 'Premiers contrats', en: 'First contracts' }, unit: 'count' },
      {
        key: 'sustained',
        label: { fr: 'En emploi plus de six mois', en: 'In work over six months' },
        unit: 'count',
      },
    ],
    rows,
    notes: [
      {
        fr: 'Chaque année comptée comme les tableaux de l’année : premiers contrats dans l’année, emploi durable observé jusqu’à la date de référence.',
        en: 'Each year counted as the year’s tables are: first contracts in the year, sustained employment observed up to the reference date.',
      },
    ],
    excluded: first.excluded,
  };
}

/**
 * The dashboard of one Mire: the year before the data's reference date, targets, and the trend since the data
 * starts.
 * @param {import('../demo-data.js').DemoData} data
 */
export function computeDashboard(data) {
  const { dataset, mire } = data;
  const people = new Set(
    dataset.candidates.filter((record) => record.candidate.mireId === mire.id).map((r) => r.candidate.id),
  );
  const input = prepareReportingData({
    candidates: dataset.candidates.filter((record) => people.has(record.candidate.id)),
    accompaniments: dataset.accompaniments.filter((spell) => people.has(spell.candidateId)),
    contracts: dataset.contracts.filter((contract) => people.has(contract.candidateId)),
  });
  const year = Number(data.referenceDate.slice(0, 4)) - 1;
  const period = calendarYear(year);
  // Everything the generator wrote up to its reference date is observed.
  const observedUntil = data.referenceDate;
  const options = { observedUntil };
  const tables = [
    computeActivity(input, period, options),
    computePlacement(input, period, options),
    computeFunnel(input, period, options),
    computeSustainedEmployment(input, period, options),
    computeBreakdowns(input, period, options),
    computeTargets(input, period, demoTargets(mire.id), { ...options, asOf: `${year}-12-31` }),
  ];
  const years = [year - 3, year - 2, year - 1, year];
  return {
    mire: { id: mire.id, name: mire.name },
    year,
    tables,
    trend: yearlyTrend(input, years, observedUntil),
  };
}
