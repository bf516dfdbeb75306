// @ts-check
// The Mire's results for the last full year, computed on the server with @passerelle/reporting. Small cells are
// suppressed as in any export, since a dashboard is one.
import {
  calendarYear,
  computeActivity,
  computeBreakdowns,
  computeFunnel,
  computePlacement,
  computeSustainedEmployment,
  computeTimeToFirstContract,
  prepareReportingData,
  suppressSmallCells,
} from '@passerelle/reporting';

/**
 * The indicator tables of one Mire for the calendar year before the data's reference date.
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
  const options = { observedUntil: data.referenceDate };
  const tables = [
    computeActivity(input, period, options),
    computePlacement(input, period, options),
    computeFunnel(input, period, options),
    computeSustainedEmployment(input, period, options),
    computeTimeToFirstContract(input, period, options),
    computeBreakdowns(input, period, options),
  ].map((table) => suppressSmallCells(table));
  return { mire: { id: mire.id, name: mire.name }, year, period, tables };
}
