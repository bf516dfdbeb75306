// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, which lets a
// crafted value in an export run in the counsellor's Excel ("CSV injection"). The writer prefixes such a cell
// with an apostrophe, as OWASP advises; the reader removes it again, so a round trip is exact.

const TRIGGER = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?(e[+-]?\d+)?$/i;

/** The cell text to write: prefixed with `'` when a spreadsheet would run it as a formula. Numbers stay as they are. */
export function escapeFormula(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** The cell text read: one `'` removed where {@link escapeFormula} (or a person in Excel) added it. */
export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
