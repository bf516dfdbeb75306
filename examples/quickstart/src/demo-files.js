// @ts-check
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '@passerelle/core';

/** The CSV files an intranet export of the dataset makes: file name → kind and records. */
export function demoFiles(dataset) {
  return [
    { name: 'candidats.csv', kind: 'candidateRecord', records: dataset.candidates },
    { name: 'offres.csv', kind: 'jobOffer', records: dataset.offers },
    { name: 'employeurs.csv', kind: 'employer', records: dataset.employers },
    { name: 'contrats.csv', kind: 'contract', records: dataset.contracts },
    { name: 'accompagnements.csv', kind: 'accompaniment', records: dataset.accompaniments },
    { name: 'suivis.csv', kind: 'followUp', records: dataset.followUps },
  ];
}

/** Writes each file with `;` and a BOM, as spreadsheets and Belgian intranets do. */
export function writeDemoFiles(dataset, dir) {
  const files = demoFiles(dataset);
  for (const file of files) {
    writeFileSync(
      join(dir, file.name),
      toCsv(/** @type {any} */ (file.kind), file.records, { delimiter: ';', bom: true }),
    );
  }
  return files;
}

/**
 * Three mistakes people make in real exports, applied to the candidates file: a postal code with five digits,
 * a date that does not exist, and an unknown driving licence. Returns the mangled text.
 * @param {string} text
 */
export function withTypicalMistakes(text) {
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').replace(/^\uFEFF/, '').split(';');
  const column = (name) => header.indexOf(name);
  const edit = (lineIndex, name, value) => {
    const cells = (lines[lineIndex] ?? '').split(';');
    if (column(name) >= 0) cells[column(name)] = value;
    lines[lineIndex] = cells.join(';');
  };
  edit(2, 'postal_code', '60000');
  edit(4, 'unemployed_since', '31/02/2024');
  edit(6, 'licences', 'B|Z');
  return lines.join('\n');
}
