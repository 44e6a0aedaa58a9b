import { KpiReport } from './kpi-types';

type Row = Record<string, unknown>;

/** CSV columns of each report, in order; each is a field of the report's row and of its GraphQL type. */
export const KPI_CSV_COLUMNS: Record<KpiReport, readonly string[]> = {
  [KpiReport.Funnel]: [
    'period',
    'group',
    'mqlEntered',
    'mqlReachedSal',
    'mqlToSalRate',
    'salEntered',
    'salReachedSql',
    'salToSqlRate',
    'sqlEntered',
    'sqlReachedOpportunity',
    'sqlToOpportunityRate',
    'opportunityEntered',
    'won',
    'lost',
    'winRate',
  ],
  [KpiReport.Response]: [
    'period',
    'group',
    'leadsArrived',
    'leadsTouched',
    'speedToLeadMedianSeconds',
    'speedToLeadP90Seconds',
    'speedToLeadMedianBusinessSeconds',
    'speedToLeadP90BusinessSeconds',
    'leadsRouted',
    'leadsRoutedContacted',
    'contactRate',
  ],
  [KpiReport.CycleTime]: ['period', 'group', 'opportunities', 'arrivalToOpportunityMedianSeconds', 'closed', 'arrivalToCloseMedianSeconds'],
  [KpiReport.SlaCompliance]: ['period', 'group', 'stage', 'met', 'breached', 'complianceRate'],
  [KpiReport.LeadValidity]: ['period', 'group', 'leadsStored', 'submissionsRejected', 'validLeadRate'],
  [KpiReport.Reasons]: ['period', 'group', 'kind', 'reasonCode', 'leads'],
};

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function formatValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }

  if (typeof value === 'number') {
    return String(value);
  }

  // A spreadsheet runs a text cell that starts with = + - or @ as a formula, so such text gets a leading apostrophe.
  const text = String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;

  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Writes a report's rows as RFC 4180 CSV: a header row of the field names in `KPI_CSV_COLUMNS`,
 * then one line per row, CRLF line ends. Empty cells are nulls; ratios are 0..1 and times seconds.
 */
export function formatKpiCsv(report: KpiReport, rows: readonly object[]): string {
  const columns = KPI_CSV_COLUMNS[report];
  const lines = [columns.join(',')];
  for (const row of rows as readonly Row[]) {
    lines.push(columns.map((column) => formatValue(row[column])).join(','));
  }

  return `${lines.join('\r\n')}\r\n`;
}
