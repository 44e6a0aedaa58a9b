/**
 * Funnel KPIs from stage history, for the API, Temporal activities and dashboards.
 *
 * - `computeKpiTable(dataSource, report, filter)` and `computeKpis(dataSource, filter)` return the
 *   rows of one or every table, each row keyed by period and group. They check the filter (throwing
 *   `KpiFilterError` with one problem per invalid field) and apply a bounded number of queued
 *   changes to the fact table before they query it.
 * - `refreshKpiFacts(dataSource)` applies queued changes; `startKpiRefreshLoop` runs it on a timer.
 * - `formatKpiCsv(report, rows)` writes a table as CSV with the same rows and field names.
 *
 * Cohorts: a conversion counts in the period the lead first ENTERED the earlier stage, in UTC unless
 * the filter names an IANA time zone, so 2026-03-31T23:30Z falls in April for Europe/Berlin.
 *
 * Storage (migration KpiFacts1796410800000): triggers queue the id of every lead whose row or
 * history changes. A refresh recomputes those leads' rows of `lead_funnel_facts` (one per lead),
 * `kpi_cohort_entries` (one per lead and cohort) and the counts in `kpi_cohort_daily` (by cohort,
 * UTC day, team, motion and reason) and `kpi_cohort_daily_by_attribute` (migration
 * KpiAttributeRollup1796425200000: by cohort, UTC day, team, reason and one of source, industry,
 * size band, country, region or rep). Count tables filtered and grouped only by team and motion read
 * `kpi_cohort_daily`. Those that use one of the other attributes, and otherwise only the team, read
 * `kpi_cohort_daily_by_attribute`. Everything else, and every percentile, reads the cohort entries
 * through a covering index.
 */
export { checkKpiFilter, isKnownTimeZone, KpiFilterError, MAX_KPI_FILTER_VALUES, MAX_KPI_MONTHS, type CheckedKpiFilter } from './check-kpi-filter';
export { computeKpis, computeKpiTable, MAX_CHANGES_REFRESHED_BEFORE_QUERY, type KpiQueryOptions } from './compute-kpis';
export { formatKpiCsv, KPI_CSV_COLUMNS } from './format-kpi-csv';
export * from './kpi-stages';
export * from './kpi-types';
export {
  countPendingKpiChanges,
  MAX_COUNTED_PENDING_CHANGES,
  rebuildKpiFacts,
  REBUILD_THRESHOLD_CHANGES,
  refreshKpiFacts,
  type KpiRefreshResult,
} from './refresh-kpi-facts';
export { startKpiRefreshLoop, type KpiRefreshLoop } from './start-kpi-refresh-loop';
