/** RFC 4180 requires quotes around a value that contains the delimiter, a quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes rows of values as RFC 4180 CSV: comma-separated, quoted where needed with inner quotes
 * doubled, CRLF after every line, no byte-order mark. The first row is usually the header.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  // NOTE: values that start with `=`, `+`, `-` or `@` are written unchanged, so a spreadsheet that
  // opens the file may run them as formulas.
  return rows.map((row) => `${row.map(quoteCsvValue).join(',')}\r\n`).join('');
}

function quoteCsvValue(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
