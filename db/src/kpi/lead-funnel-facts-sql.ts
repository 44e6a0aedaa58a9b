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
 * recorded for it, and MET when it was met without one. Stopped or open clocks have no outcome.
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

/** Dimension columns shared by `lead_funnel_facts` and `kpi_cohort_entries`. */
export const DIMENSION_COLUMNS = ['motion', 'source', 'industry', 'size_band', 'country', 'region', 'team_id', 'owner_id'] as const;

/**
 * Kinds of `kpi_cohort_entries` rows and what their generic columns hold. Each row is one lead in
 * one cohort, dated by `entered_at`:
 * - ARRIVED: flag_a routed, flag_b contacted, value_a and value_b speed to lead in calendar and business seconds;
 * - MQL, SAL, SQL: flag_a reached the next stage (SAL, SQL, OPPORTUNITY); SAL carries the acceptance reason;
 * - OPPORTUNITY: flag_a won, flag_b lost, value_a seconds from arrival;
 * - CLOSED (first WON or LOST): value_a seconds from arrival;
 * - SLA_<stage> (dated when the clock was armed): flag_a true for MET, false for BREACHED;
 * - REJECTED, DISQUALIFIED, RECYCLED: the reason code of the first such exit.
 */
function cohortEntryValues(): string[] {
  const seconds = (from: string, to: string): string => `extract(epoch FROM ${to} - ${from})::double precision`;
  const rows = [
    `('ARRIVED', f.arrived_at, f.routed, f.contacted, f.speed_to_lead_seconds::double precision, f.speed_to_lead_business_seconds::double precision, NULL::text)`,
    `('MQL', f.mql_at, f.sal_at IS NOT NULL, NULL::boolean, NULL::double precision, NULL::double precision, NULL::text)`,
    `('SAL', f.sal_at, f.sql_at IS NOT NULL, NULL, NULL, NULL, f.accepted_reason)`,
    `('SQL', f.sql_at, f.opportunity_at IS NOT NULL, NULL, NULL, NULL, NULL)`,
    `('OPPORTUNITY', f.opportunity_at, f.won_at IS NOT NULL, f.lost_at IS NOT NULL, ${seconds('f.arrived_at', 'f.opportunity_at')}, NULL, NULL)`,
    `('CLOSED', LEAST(f.won_at, f.lost_at), NULL, NULL, ${seconds('f.arrived_at', 'LEAST(f.won_at, f.lost_at)')}, NULL, NULL)`,
    ...SLA_STAGE_COLUMNS.map(
      (sla) =>
        `(${quote(`SLA_${sla.stage}`)}, CASE WHEN f.sla_${sla.prefix}_outcome IS NOT NULL THEN f.sla_${sla.prefix}_armed_at END,
          f.sla_${sla.prefix}_outcome = 'MET', NULL, NULL, NULL, NULL)`,
    ),
    ...EXIT_STAGE_COLUMNS.map((exit) => `(${quote(exit.stage)}, f.${exit.prefix}_at, NULL, NULL, NULL, NULL, f.${exit.prefix}_reason)`),
  ];

  return rows;
}

/** INSERT that writes the `kpi_cohort_entries` rows of the fact rows `leadCondition` admits. */
export function insertCohortEntriesSql(leadCondition: (column: string) => string): string {
  const dimensions = DIMENSION_COLUMNS.join(', ');

  return `INSERT INTO kpi_cohort_entries (lead_id, kind, entered_at, ${dimensions}, flag_a, flag_b, value_a, value_b, reason)
    SELECT f.lead_id, v.kind, v.entered_at, ${DIMENSION_COLUMNS.map((column) => `f.${column}`).join(', ')},
           v.flag_a, v.flag_b, v.value_a, v.value_b, v.reason
    FROM lead_funnel_facts f
    CROSS JOIN LATERAL (VALUES ${cohortEntryValues().join(',\n      ')}) AS v (kind, entered_at, flag_a, flag_b, value_a, value_b, reason)
    WHERE v.entered_at IS NOT NULL AND ${leadCondition('f.lead_id')}`;
}

const ROLLUP_COLUMNS = 'kind, day, team_id, motion, reason, entries, flag_a, flag_b';

const ATTRIBUTE_ROLLUP_COLUMNS = 'kind, attribute, day, team_id, value, reason, entries, flag_a, flag_b';

/**
 * Lead attributes that `kpi_cohort_daily_by_attribute` counts by, each with the `kpi_cohort_entries`
 * column it reads (alias `e`). The owner id is stored as text.
 */
export const ROLLUP_ATTRIBUTES = {
  source: 'e.source',
  industry: 'e.industry',
  size_band: 'e.size_band',
  country: 'e.country',
  region: 'e.region',
  owner: 'e.owner_id::text',
} as const;

export type RollupAttribute = keyof typeof ROLLUP_ATTRIBUTES;

/** VALUES list that turns one entry row `e` into one row per attribute, as (attribute, value). */
const ATTRIBUTE_VALUES = `(VALUES ${Object.entries(ROLLUP_ATTRIBUTES)
  .map(([attribute, column]) => `(${quote(attribute)}, ${column})`)
  .join(', ')}) AS a (attribute, value)`;

const ENTRY_RETURNING = 'kind, entered_at, team_id, motion, source, industry, size_band, country, region, owner_id, reason, flag_a, flag_b';

/**
 * Builds one statement that replaces the `kpi_cohort_entries` rows of the leads `leadCondition`
 * admits and applies the net change to both rollups. The DELETE and the INSERT read the same snapshot, so the
 * DELETE removes only the old rows. Old and new rows are summed with signs -1 and +1, and only keys
 * whose counts changed are written, so leads whose entries did not change cost no rollup writes.
 */
export function replaceCohortEntriesSql(leadCondition: (column: string) => string): string {
  const signedCounts = `sum(e.sign), coalesce(sum(e.sign) FILTER (WHERE e.flag_a), 0), coalesce(sum(e.sign) FILTER (WHERE e.flag_b), 0)`;
  const changedCounts = `HAVING sum(e.sign) <> 0 OR coalesce(sum(e.sign) FILTER (WHERE e.flag_a), 0) <> 0
      OR coalesce(sum(e.sign) FILTER (WHERE e.flag_b), 0) <> 0`;
  const addCounts = 'entries = d.entries + EXCLUDED.entries, flag_a = d.flag_a + EXCLUDED.flag_a, flag_b = d.flag_b + EXCLUDED.flag_b';

  return `WITH deleted AS (
      DELETE FROM kpi_cohort_entries WHERE ${leadCondition('lead_id')} RETURNING ${ENTRY_RETURNING}
    ), inserted AS (
      ${insertCohortEntriesSql(leadCondition)} RETURNING ${ENTRY_RETURNING}
    ), changed AS (
      SELECT -1 AS sign, * FROM deleted UNION ALL SELECT 1 AS sign, * FROM inserted
    ), daily AS (
      INSERT INTO kpi_cohort_daily AS d (${ROLLUP_COLUMNS})
      SELECT e.kind, (e.entered_at AT TIME ZONE 'UTC')::date, e.team_id, e.motion, e.reason, ${signedCounts}
      FROM changed e GROUP BY 1, 2, 3, 4, 5
      ${changedCounts}
      ON CONFLICT (kind, day, team_id, motion, reason) DO UPDATE SET ${addCounts}
    )
    INSERT INTO kpi_cohort_daily_by_attribute AS d (${ATTRIBUTE_ROLLUP_COLUMNS})
    SELECT e.kind, a.attribute, (e.entered_at AT TIME ZONE 'UTC')::date, e.team_id, a.value, e.reason, ${signedCounts}
    FROM changed e CROSS JOIN LATERAL ${ATTRIBUTE_VALUES}
    GROUP BY 1, 2, 3, 4, 5, 6
    ${changedCounts}
    ON CONFLICT (kind, attribute, day, team_id, value, reason) DO UPDATE SET ${addCounts}`;
}

/** INSERT that fills `kpi_cohort_daily` from every `kpi_cohort_entries` row, for a rebuild after both were emptied. */
export const REBUILD_DAILY_ROLLUP_SQL = `INSERT INTO kpi_cohort_daily (${ROLLUP_COLUMNS})
  SELECT kind, (entered_at AT TIME ZONE 'UTC')::date, team_id, motion, reason,
         count(*), count(*) FILTER (WHERE flag_a), count(*) FILTER (WHERE flag_b)
  FROM kpi_cohort_entries GROUP BY 1, 2, 3, 4, 5`;

/** INSERT that fills `kpi_cohort_daily_by_attribute` from every `kpi_cohort_entries` row, for a rebuild. */
export const REBUILD_ATTRIBUTE_ROLLUP_SQL = `INSERT INTO kpi_cohort_daily_by_attribute (${ATTRIBUTE_ROLLUP_COLUMNS})
  SELECT e.kind, a.attribute, (e.entered_at AT TIME ZONE 'UTC')::date, e.team_id, a.value, e.reason,
         count(*), count(*) FILTER (WHERE e.flag_a), count(*) FILTER (WHERE e.flag_b)
  FROM kpi_cohort_entries e CROSS JOIN LATERAL ${ATTRIBUTE_VALUES}
  GROUP BY 1, 2, 3, 4, 5, 6`;
