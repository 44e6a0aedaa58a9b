import { ratio } from '@accord/governance';
import type { DataSource } from 'typeorm';

import type { CheckedKpiFilter } from './check-kpi-filter';
import { KpiQueryParts, toNullableNumber, toNumber, toRowKey, type CohortSource, type RawKeyRow } from './kpi-query-parts';
import { EXIT_STAGE_COLUMNS, SLA_STAGE_COLUMNS } from './kpi-stages';
import type { CycleTimeKpiRow, FunnelKpiRow, LeadValidityKpiRow, ReasonKpiRow, ResponseKpiRow, SlaComplianceKpiRow } from './kpi-types';

type Counts = string | number | null;
export type Queryable = Pick<DataSource, 'query'>;

export interface KpiTableQueryOptions {
  /** False reads the cohort entries even where the daily rollup could serve the query; for tests that compare both. */
  useDailyRollup?: boolean;
}

/** Sums the cohort subqueries per period and group; each subquery fills its own columns and leaves the others 0. */
async function queryCohorts<T>(database: Queryable, parts: KpiQueryParts, measures: string[], cohorts: string[], extraKey = ''): Promise<T[]> {
  const sums = measures.map((measure) => `sum(${measure}) AS ${measure}`).join(', ');
  const key = extraKey === '' ? '' : `, ${extraKey}`;

  return database.query(
    `SELECT period_start, ${parts.periodLabel()} AS period, grp${key}, ${sums}
     FROM (${cohorts.join(' UNION ALL ')}) AS cohorts
     GROUP BY period_start, grp${key}
     ORDER BY period_start, grp NULLS LAST${key}`,
    parts.parameters,
  );
}

/** Selects the measures of one cohort with zeros for the measures other cohorts fill. */
function measureList(all: string[], own: Record<string, string>): string {
  return all.map((measure) => `${own[measure] ?? '0'}::bigint AS ${measure}`).join(', ');
}

const FUNNEL_MEASURES = [
  'mql_entered',
  'mql_reached_sal',
  'sal_entered',
  'sal_reached_sql',
  'sql_entered',
  'sql_reached_opportunity',
  'opportunity_entered',
  'won',
  'lost',
];

/**
 * Computes conversions, each by the period the lead first entered the earlier stage, and win rate by
 * opportunity entry.
 */
// NOTE: a filter or grouping that combines the motion with another attribute (other than the team),
// or uses two attributes such as source and rep, reads neither rollup and scans every cohort row of
// the range. On 1,000,000 leads such a scan took 0.2 to 1 s on a shared 2-core machine
// (docs/benchmarks.md).

export async function queryFunnelKpis(database: Queryable, filter: CheckedKpiFilter, options: KpiTableQueryOptions = {}): Promise<FunnelKpiRow[]> {
  const parts = new KpiQueryParts(filter, { allowDailyRollup: options.useDailyRollup !== false });
  const all = (source: CohortSource): string => parts.count('all', source);
  const flagA = (source: CohortSource): string => parts.count('flagA', source);
  const cohorts = [
    parts.cohort('MQL', (source) => measureList(FUNNEL_MEASURES, { mql_entered: all(source), mql_reached_sal: flagA(source) })),
    parts.cohort('SAL', (source) => measureList(FUNNEL_MEASURES, { sal_entered: all(source), sal_reached_sql: flagA(source) })),
    parts.cohort('SQL', (source) => measureList(FUNNEL_MEASURES, { sql_entered: all(source), sql_reached_opportunity: flagA(source) })),
    parts.cohort('OPPORTUNITY', (source) =>
      measureList(FUNNEL_MEASURES, { opportunity_entered: all(source), won: flagA(source), lost: parts.count('flagB', source) }),
    ),
  ];
  const rows = await queryCohorts<RawKeyRow & Record<string, Counts>>(database, parts, FUNNEL_MEASURES, cohorts);

  return rows.map((row) => {
    const count = (measure: string): number => toNumber(row[measure] ?? null);

    return {
      ...toRowKey(row),
      mqlEntered: count('mql_entered'),
      mqlReachedSal: count('mql_reached_sal'),
      mqlToSalRate: ratio(count('mql_reached_sal'), count('mql_entered')),
      salEntered: count('sal_entered'),
      salReachedSql: count('sal_reached_sql'),
      salToSqlRate: ratio(count('sal_reached_sql'), count('sal_entered')),
      sqlEntered: count('sql_entered'),
      sqlReachedOpportunity: count('sql_reached_opportunity'),
      sqlToOpportunityRate: ratio(count('sql_reached_opportunity'), count('sql_entered')),
      opportunityEntered: count('opportunity_entered'),
      won: count('won'),
      lost: count('lost'),
      winRate: ratio(count('won'), count('won') + count('lost')),
    };
  });
}

/**
 * Computes speed to lead (percentiles over touched leads) and contact rate (over routed leads), by
 * arrival period. Percentiles cannot be summed from a rollup, so this always scans the arrivals.
 * It aggregates one period at a time, each an index range of its own, so PostgreSQL sorts only one
 * period's rows by group instead of every row of the range by period.
 */
export async function queryResponseKpis(database: Queryable, filter: CheckedKpiFilter, _options: KpiTableQueryOptions = {}): Promise<ResponseKpiRow[]> {
  const parts = new KpiQueryParts(filter);
  const rows: (RawKeyRow & Record<string, Counts>)[] = await database.query(
    `SELECT p.period_start, ${parts.periodLabel()} AS period, c.grp, c.arrived, c.touched,
            c.calendar_percentiles[1] AS median_seconds, c.calendar_percentiles[2] AS p90_seconds,
            c.business_percentiles[1] AS median_business_seconds, c.business_percentiles[2] AS p90_business_seconds, c.routed, c.routed_contacted
     FROM (SELECT period_start, lead(period_start) OVER (ORDER BY period_start) AS next_start
           FROM unnest(${parts.periodStarts()}) AS period_start) AS p
     CROSS JOIN LATERAL (
       SELECT ${parts.groupColumn} AS grp, count(*) AS arrived, count(e.value_a) AS touched,
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY e.value_a) AS calendar_percentiles,
              percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY e.value_b) AS business_percentiles,
              count(*) FILTER (WHERE e.flag_a) AS routed, count(*) FILTER (WHERE e.flag_a AND e.flag_b) AS routed_contacted
       FROM kpi_cohort_entries e
       WHERE e.kind = 'ARRIVED' AND e.entered_at >= GREATEST(p.period_start, $3::timestamp AT TIME ZONE $2)
         AND e.entered_at < LEAST(coalesce(p.next_start, 'infinity'), $4::timestamp AT TIME ZONE $2)
         AND ${parts.dimensionCondition}
       GROUP BY 1) AS c
     ORDER BY p.period_start, c.grp NULLS LAST`,
    parts.parameters,
  );

  return rows.map((row) => ({
    ...toRowKey(row),
    leadsArrived: toNumber(row.arrived ?? null),
    leadsTouched: toNumber(row.touched ?? null),
    speedToLeadMedianSeconds: toNullableNumber(row.median_seconds ?? null),
    speedToLeadP90Seconds: toNullableNumber(row.p90_seconds ?? null),
    speedToLeadMedianBusinessSeconds: toNullableNumber(row.median_business_seconds ?? null),
    speedToLeadP90BusinessSeconds: toNullableNumber(row.p90_business_seconds ?? null),
    leadsRouted: toNumber(row.routed ?? null),
    leadsRoutedContacted: toNumber(row.routed_contacted ?? null),
    contactRate: ratio(toNumber(row.routed_contacted ?? null), toNumber(row.routed ?? null)),
  }));
}

/** Median arrival→opportunity time by opportunity period and arrival→close time by close period (first WON or LOST). */
export async function queryCycleTimeKpis(database: Queryable, filter: CheckedKpiFilter, _options: KpiTableQueryOptions = {}): Promise<CycleTimeKpiRow[]> {
  const parts = new KpiQueryParts(filter);
  const opportunityPeriod = parts.cohort(
    'OPPORTUNITY',
    `count(*) AS opportunities, percentile_cont(0.5) WITHIN GROUP (ORDER BY e.value_a) AS opportunity_median,
     0::bigint AS closed, NULL::double precision AS close_median`,
  );
  const closedPeriod = parts.cohort(
    'CLOSED',
    `0::bigint AS opportunities, NULL::double precision AS opportunity_median,
     count(*) AS closed, percentile_cont(0.5) WITHIN GROUP (ORDER BY e.value_a) AS close_median`,
  );
  const rows: (RawKeyRow & Record<string, Counts>)[] = await database.query(
    `SELECT period_start, ${parts.periodLabel()} AS period, grp, sum(opportunities) AS opportunities, max(opportunity_median) AS opportunity_median,
            sum(closed) AS closed, max(close_median) AS close_median
     FROM (${opportunityPeriod} UNION ALL ${closedPeriod}) AS cohorts
     GROUP BY period_start, grp
     ORDER BY period_start, grp NULLS LAST`,
    parts.parameters,
  );

  return rows.map((row) => ({
    ...toRowKey(row),
    opportunities: toNumber(row.opportunities ?? null),
    arrivalToOpportunityMedianSeconds: toNullableNumber(row.opportunity_median ?? null),
    closed: toNumber(row.closed ?? null),
    arrivalToCloseMedianSeconds: toNullableNumber(row.close_median ?? null),
  }));
}

/** SLA outcomes per stage by the period the stage's clock was first armed; stages without outcomes are left out. */
export async function querySlaComplianceKpis(database: Queryable, filter: CheckedKpiFilter, options: KpiTableQueryOptions = {}): Promise<SlaComplianceKpiRow[]> {
  const parts = new KpiQueryParts(filter, { allowDailyRollup: options.useDailyRollup !== false });
  const cohorts = SLA_STAGE_COLUMNS.map((sla) =>
    parts.cohort(
      `SLA_${sla.stage}`,
      (source) => `'${sla.stage}'::text AS stage, ${parts.count('flagA', source)} AS met, ${parts.count('notFlagA', source)} AS breached`,
      1,
    ),
  );
  const rows = await queryCohorts<RawKeyRow & { stage: string; met: Counts; breached: Counts }>(database, parts, ['met', 'breached'], cohorts, 'stage');

  return rows.map((row) => ({
    ...toRowKey(row),
    stage: row.stage,
    met: toNumber(row.met),
    breached: toNumber(row.breached),
    complianceRate: ratio(toNumber(row.met), toNumber(row.met) + toNumber(row.breached)),
  }));
}

/**
 * Leads stored by arrival period against submissions rejected (invalid or duplicate) by rejection
 * period. Rejected submissions carry no lead attributes, so with any attribute filter or grouping
 * the rejected count and the rate are null.
 */
export async function queryLeadValidityKpis(database: Queryable, filter: CheckedKpiFilter, options: KpiTableQueryOptions = {}): Promise<LeadValidityKpiRow[]> {
  const parts = new KpiQueryParts(filter, { allowDailyRollup: options.useDailyRollup !== false });
  const rejected = parts.usesLeadAttributes
    ? ''
    : `UNION ALL
       SELECT ${parts.periodStart('r.created_at')} AS period_start, NULL::text AS grp, 0::bigint AS stored, count(*) AS rejected
       FROM submission_rejections r WHERE ${parts.inRange('r.created_at')} GROUP BY 1, 2`;
  const rows = await queryCohorts<RawKeyRow & { stored: Counts; rejected: Counts }>(
    database,
    parts,
    ['stored', 'rejected'],
    [`${parts.cohort('ARRIVED', (source) => `${parts.count('all', source)} AS stored, 0::bigint AS rejected`)} ${rejected}`],
  );

  return rows.map((row) => {
    const stored = toNumber(row.stored);
    const rejectedCount = parts.usesLeadAttributes ? null : toNumber(row.rejected);

    return {
      ...toRowKey(row),
      leadsStored: stored,
      submissionsRejected: rejectedCount,
      validLeadRate: rejectedCount === null ? null : ratio(stored, stored + rejectedCount),
    };
  });
}

/** Reason codes of each lead's first acceptance (entry to SAL), rejection, disqualification and recycle, by the period of that transition. */
export async function queryReasonKpis(database: Queryable, filter: CheckedKpiFilter, options: KpiTableQueryOptions = {}): Promise<ReasonKpiRow[]> {
  const parts = new KpiQueryParts(filter, { allowDailyRollup: options.useDailyRollup !== false });
  const kinds = [{ kind: 'ACCEPTED', entryKind: 'SAL' }].concat(EXIT_STAGE_COLUMNS.map((exit) => ({ kind: exit.stage, entryKind: exit.stage })));
  const cohorts = kinds.map((entry) =>
    parts.cohort(entry.entryKind, (source) => `'${entry.kind}'::text AS kind, e.reason AS reason_code, ${parts.count('all', source)} AS leads`, 2),
  );
  const rows = await queryCohorts<RawKeyRow & { kind: string; reason_code: string | null; leads: Counts }>(
    database,
    parts,
    ['leads'],
    cohorts,
    'kind, reason_code',
  );

  return rows.map((row) => ({ ...toRowKey(row), kind: row.kind, reasonCode: row.reason_code, leads: toNumber(row.leads) }));
}
