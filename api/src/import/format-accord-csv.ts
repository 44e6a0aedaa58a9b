import type { LeadInput } from '@accord/governance';

import { formatCsv } from './format-csv';
import { ACCORD_EXPORT_COLUMNS, ACCORD_EXPORT_FIELDS } from './presets/accord-export.preset';

/**
 * Writes leads as an RFC 4180 CSV file in the `accord` preset's columns, with CRLF line ends and no
 * byte-order mark. Null becomes an empty value. `parseImportFile` reads the output back to equal
 * leads, with two exceptions: it trims values, and it skips a lead whose fields are all null.
 */
export function formatAccordCsv(rows: LeadInput[]): string {
  const values = rows.map((row) => ACCORD_EXPORT_FIELDS.map((field) => formatValue(row[field])));

  return formatCsv([[...ACCORD_EXPORT_COLUMNS], ...values]);
}

function formatValue(value: LeadInput[keyof LeadInput]): string {
  return value === null ? '' : String(value);
}
