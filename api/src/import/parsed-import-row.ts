import type { FieldProblem, LeadInput } from '@accord/governance';

/** One row of an import file, parsed and mapped but not yet validated. */
export interface ParsedImportRow {
  /** Position among the data rows, from 1. */
  rowNumber: number;
  /** Line of a CSV file on which the row starts, from 1 for the header line, or null for JSON. */
  line: number | null;
  /**
   * The mapped lead, or null when the row's shape prevents mapping: a CSV row with the wrong number
   * of columns or a JSON record that is not a Lead. A value that cannot be parsed leaves only its
   * field null.
   */
  input: LeadInput | null;
  /** Format problems, each naming the source column in its message. Business rules are not checked. */
  problems: FieldProblem[];
  /** The row's values by source column name, as written in the file. */
  raw: Record<string, string>;
}

export interface ParsedImportFile {
  /** Name of the preset that mapped the rows. */
  preset: string;
  rows: ParsedImportRow[];
  /** Number of rows, including rows with problems. */
  total: number;
}
