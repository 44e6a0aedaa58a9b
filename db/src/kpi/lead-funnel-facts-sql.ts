import { COMPANY_SIZE_BANDS, UNKNOWN_SIZE_BAND } from '@accord/governance';

import { ENTRY_STAGE_COLUMNS, EXIT_STAGE_COLUMNS, SLA_STAGE_COLUMNS } from './kpi-stages';

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** SQL CASE that maps `employee_count` to the keys of `COMPANY_SIZE_BANDS`. */
export function sizeBandCaseSql(column: string): string {
  const branches = COMPANY_SIZE_BANDS.map((band) =>
    band.maxEmployees === null
      ? `WHEN ${column} >= ${band.minEmployees} THEN ${quote(band.key)}`
      : `WHEN ${column} BETWEEN ${band.minEmployees} AND ${band.maxEmployees} THEN ${quote(band.key)}`,
  );

  return `CASE ${branches.join(' ')} ELSE ${quote(UNKNOWN_SIZE_BAND)} END`;
}

/** Every column of `lead_funnel_facts` in the order `factsSelectSql` returns them. */
export const FACT_COLUMNS: readonly string[] = [
  'lead_id',
  'motion',
  'source',
  'industry',
  'size_band',
  'country',
  'region',
  'team_id',
  'owner_id',
  'arrived_at',
  'routed',
  'contacted',
  'speed_to_lead_seconds',
  'speed_to_lead_business_seconds',
  ...ENTRY_STAGE_COLUMNS.map((entry) => entry.column),
  'accepted_reason',
  ...EXIT_STAGE_COLUMNS.flatMap((exit) => [`${exit.prefix}_at`, `${exit.prefix}_reason`]),
  ...SLA_STAGE_COLUMNS.flatMap((sla) => [`sla_${sla.prefix}_armed_at`, `sla_${sla.prefix}_outcome`]),
  'refreshed_at',
];

/**
 * SELECT that computes the fact rows of the leads `leadCondition` admits (an SQL condition on a
 * `lead_id` column, such as `lead_id = ANY($1)`). Each stage counts from its FIRST entry, so a lead
 * recycled back to MQL keeps its first MQL instant. An SLA stage is BREACHED when any breach was
 * recorded for it and MET when it was met without one; stopped or open clocks have no outcome.
 */
export function factsSelectSql(leadCondition: (column: string) => string): string {
  const entryColumns = ENTRY_STAGE_COLUMNS.map(
    (entry) => `min(occurred_at) FILTER (WHERE to_stage = ${quote(entry.stage)}) AS ${entry.column}`,
  );
  const exitColumns = EXIT_STAGE_COLUMNS.flatMap((exit) => [
    `min(occurred_at) FILTER (WHERE to_stage = ${quote(exit.stage)}) AS ${exit.prefix}_at`,
    `(array_agg(reason_code ORDER BY occurred_at, sequence) FILTER (WHERE to_stage = ${quote(exit.stage)}))[1] AS ${exit.prefix}_reason`,
  ]);
  const slaColumns = SLA_STAGE_COLUMNS.flatMap((sla) => [
    `min(occurred_at) FILTER (WHERE stage = ${quote(sla.stage)} AND kind = 'ARMED') AS sla_${sla.prefix}_armed_at`,
    `CASE WHEN bool_or(stage = ${quote(sla.stage)} AND kind = 'BREACHED') THEN 'BREACHED'
          WHEN bool_or(stage = ${quote(sla.stage)} AND kind = 'MET') THEN 'MET' END AS sla_${sla.prefix}_outcome`,
  ]);

  return `
    WITH t AS (
      SELECT lead_id, ${entryColumns.join(', ')},
             (array_agg(reason_code ORDER BY occurred_at, sequence) FILTER (WHERE to_stage = 'SAL'))[1] AS accepted_reason,
             ${exitColumns.join(', ')}
      FROM stage_transitions WHERE ${leadCondition('lead_id')} GROUP BY lead_id
    ), s AS (
      SELECT lead_id, ${slaColumns.join(', ')}
      FROM sla_events WHERE ${leadCondition('lead_id')} GROUP BY lead_id
    ), c AS (
      SELECT DISTINCT lead_id FROM contact_attempts WHERE ${leadCondition('lead_id')}
    )
    SELECT l.id, l.motion, l.source, l.industry, ${sizeBandCaseSql('l.employee_count')}, l.country, l.region,
           l.team_id, l.owner_id, l.arrived_at, (l.routed_at IS NOT NULL OR l.owner_id IS NOT NULL), c.lead_id IS NOT NULL,
           l.speed_to_lead_seconds, l.speed_to_lead_business_seconds,
           ${ENTRY_STAGE_COLUMNS.map((entry) => `t.${entry.column}`).join(', ')}, t.accepted_reason,
           ${EXIT_STAGE_COLUMNS.flatMap((exit) => [`t.${exit.prefix}_at`, `t.${exit.prefix}_reason`]).join(', ')},
           ${SLA_STAGE_COLUMNS.flatMap((sla) => [`s.sla_${sla.prefix}_armed_at`, `s.sla_${sla.prefix}_outcome`]).join(', ')},
           now()
    FROM leads l
    LEFT JOIN t ON t.lead_id = l.id
    LEFT JOIN s ON s.lead_id = l.id
    LEFT JOIN c ON c.lead_id = l.id
    WHERE ${leadCondition('l.id')}`;
}

/** INSERT … ON CONFLICT that writes the fact rows `factsSelectSql(leadCondition)` computes. */
export function upsertFactsSql(leadCondition: (column: string) => string): string {
  const updates = FACT_COLUMNS.filter((column) => column !== 'lead_id').map((column) => `${column} = EXCLUDED.${column}`);

  return `INSERT INTO lead_funnel_facts (${FACT_COLUMNS.join(', ')})
    ${factsSelectSql(leadCondition)}
    ON CONFLICT (lead_id) DO UPDATE SET ${updates.join(', ')}`;
}
