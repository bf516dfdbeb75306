/** A cell of a result file. */
export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell, delimiter: string): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(Number(value.toFixed(6))) : value;
  // A cell that starts like a formula is prefixed so that a spreadsheet shows it as text, never runs it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value !== 'number' ? `'${text}` : text;
  return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV text (`;` by default, as Belgian spreadsheets expect), one header row first, CRLF-free. */
export function toCsvText(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  delimiter = ';',
): string {
  return (
    [header, ...rows].map((row) => row.map((value) => cell(value, delimiter)).join(delimiter)).join('\n') +
    '\n'
  );
}
