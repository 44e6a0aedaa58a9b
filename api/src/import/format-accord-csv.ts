import type { LeadInput } from '@accord/governance';

import { ACCORD_EXPORT_COLUMNS, ACCORD_EXPORT_FIELDS } from './presets/accord-export.preset';

/** RFC 4180 requires quotes around a value that contains the delimiter, a quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes leads as an RFC 4180 CSV file in the `accord` preset's columns, with CRLF line ends and no
 * byte-order mark. Null becomes an empty value. `parseImportFile` reads the output back to equal
 * leads, with two exceptions: it trims values, and it skips a lead whose fields are all null.
 */
export function formatAccordCsv(rows: LeadInput[]): string {
  // NOTE: values that start with `=`, `+`, `-` or `@` are written unchanged, so a spreadsheet that
  // opens the file may run them as formulas.
  const lines = [ACCORD_EXPORT_COLUMNS.map(quoteCsvValue).join(',')];

  for (const row of rows) {
    const values = ACCORD_EXPORT_FIELDS.map((field) => quoteCsvValue(formatValue(row[field])));
    lines.push(values.join(','));
  }

  return lines.map((line) => `${line}\r\n`).join('');
}

function formatValue(value: LeadInput[keyof LeadInput]): string {
  return value === null ? '' : String(value);
}

function quoteCsvValue(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
