import type { FieldProblem, LeadInput } from '@accord/governance';

import type { ValueParser } from './parse-field-value';

/** One source column read into one `LeadInput` field. */
export interface ColumnMapping {
  /** Header as the source system writes it. Files match it without regard to case. */
  column: string;
  field: keyof LeadInput;
  /**
   * Parses a trimmed, non-empty value into `input`, or returns a problem that names `sourceColumn`,
   * the header as written in the file, and leaves the field null.
   */
  assign(input: LeadInput, text: string, sourceColumn: string): FieldProblem | null;
}

/** A named set of column mappings for one source system's export. */
export interface ImportPreset {
  name: string;
  /** Columns that must all be in the header for the preset to be chosen automatically. */
  identifyingColumns: readonly string[];
  columns: readonly ColumnMapping[];
  /** Fills fields that the source has no column for, after the columns are read. */
  complete?(input: LeadInput): void;
}

export interface MappedRow {
  input: LeadInput;
  problems: FieldProblem[];
}

export function mapColumn<F extends keyof LeadInput>(
  column: string,
  field: F,
  parse: ValueParser<NonNullable<LeadInput[F]>>,
): ColumnMapping {
  return {
    column,
    field,
    assign(input, text, sourceColumn) {
      const parsed = parse(text);
      if (parsed.ok) {
        input[field] = parsed.value;

        return null;
      }

      return { field, value: text, message: `${sourceColumn} "${text}" ${parsed.reason}` };
    },
  };
}

/** Header names compare trimmed, case-insensitive and with runs of spaces read as one. */
export function normalizeColumnName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function createEmptyLeadInput(): LeadInput {
  return {
    email: null,
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    company: null,
    companyDomain: null,
    industry: null,
    employeeCount: null,
    annualRevenueUsd: null,
    country: null,
    region: null,
    city: null,
    source: null,
    motion: null,
    useCase: null,
    consent: null,
    behaviourScore: null,
    sourceStatus: null,
    arrivedAt: null,
    stage: null,
    reasonCode: null,
    note: null,
  };
}

/**
 * Maps one row of source values to a `LeadInput`. Values are trimmed and blank values stay null.
 * Columns the preset does not know are ignored, and a value that cannot be parsed leaves its field
 * null and adds a problem that names the source column.
 */
export function mapRow(preset: ImportPreset, values: Record<string, string>): MappedRow {
  const cellsByColumn = new Map<string, { name: string; value: string }>();
  for (const [name, value] of Object.entries(values)) {
    cellsByColumn.set(normalizeColumnName(name), { name, value });
  }

  const input = createEmptyLeadInput();
  const problems: FieldProblem[] = [];

  for (const mapping of preset.columns) {
    const cell = cellsByColumn.get(normalizeColumnName(mapping.column));
    const text = cell?.value.trim() ?? '';
    if (cell === undefined || text === '') {
      continue;
    }

    const problem = mapping.assign(input, text, cell.name);
    if (problem !== null) {
      problems.push(problem);
    }
  }

  preset.complete?.(input);

  return { input, problems };
}

/** Returns the lower-cased part after the `@` of an address, or null when there is none. */
export function deriveCompanyDomain(email: string | null): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  const domain = email?.slice(at + 1).trim().toLowerCase() ?? '';

  return at < 0 || domain === '' ? null : domain;
}
