import { Motion, Stage, type LeadInput } from '@accord/governance';

import { mapColumn, type ColumnMapping, type ImportPreset } from '../column-mapping';
import { parseIsoDateTime } from '../parse-date-value';
import {
  parseEnumValue,
  parseScore,
  parseText,
  parseUsdAmount,
  parseWholeNumber,
  parseYesNo,
  type ValueParser,
} from '../parse-field-value';

type AccordColumns = {
  [F in keyof LeadInput]: { column: string; parse: ValueParser<NonNullable<LeadInput[F]>> };
};

/**
 * Accord's own export: one snake_case column per `LeadInput` field, in this order. The record type
 * makes the compiler reject a `LeadInput` field without a column.
 */
const ACCORD_COLUMNS: AccordColumns = {
  email: { column: 'email', parse: parseText },
  firstName: { column: 'first_name', parse: parseText },
  lastName: { column: 'last_name', parse: parseText },
  title: { column: 'title', parse: parseText },
  phone: { column: 'phone', parse: parseText },
  company: { column: 'company', parse: parseText },
  companyDomain: { column: 'company_domain', parse: parseText },
  industry: { column: 'industry', parse: parseText },
  employeeCount: { column: 'employee_count', parse: parseWholeNumber },
  annualRevenueUsd: { column: 'annual_revenue_usd', parse: parseUsdAmount },
  country: { column: 'country', parse: parseText },
  region: { column: 'region', parse: parseText },
  city: { column: 'city', parse: parseText },
  source: { column: 'source', parse: parseText },
  motion: { column: 'motion', parse: parseEnumValue(Object.values(Motion), 'a motion') },
  useCase: { column: 'use_case', parse: parseText },
  consent: { column: 'consent', parse: parseYesNo },
  behaviourScore: { column: 'behaviour_score', parse: parseScore },
  sourceStatus: { column: 'source_status', parse: parseText },
  arrivedAt: { column: 'arrived_at', parse: parseIsoDateTime },
  stage: { column: 'stage', parse: parseEnumValue(Object.values(Stage), 'a stage') },
  reasonCode: { column: 'reason_code', parse: parseText },
  note: { column: 'note', parse: parseText },
};

/** Fields in the order of the export's columns. */
export const ACCORD_EXPORT_FIELDS = Object.keys(ACCORD_COLUMNS) as (keyof LeadInput)[];

export const ACCORD_EXPORT_COLUMNS: readonly string[] = ACCORD_EXPORT_FIELDS.map(
  (field) => ACCORD_COLUMNS[field].column,
);

function mapAccordColumn<F extends keyof LeadInput>(field: F): ColumnMapping {
  const { column, parse } = ACCORD_COLUMNS[field];

  return mapColumn(column, field, parse);
}

export const ACCORD_EXPORT_PRESET: ImportPreset = {
  name: 'accord',
  identifyingColumns: ['email', 'first_name', 'last_name'],
  columns: ACCORD_EXPORT_FIELDS.map(mapAccordColumn),
};
