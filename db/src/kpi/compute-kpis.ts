import type { DataSource, EntityManager } from 'typeorm';

import { checkKpiFilter, type CheckedKpiFilter } from './check-kpi-filter';
import {
  queryCycleTimeKpis,
  queryFunnelKpis,
  queryLeadValidityKpis,
  queryReasonKpis,
  queryResponseKpis,
  querySlaComplianceKpis,
  type KpiTableQueryOptions,
  type Queryable,
} from './kpi-queries';
import { KpiReport, type KpiFilter, type KpiFreshness, type KpiReportRows, type KpiTables } from './kpi-types';
import { countPendingKpiChanges, refreshKpiFacts } from './refresh-kpi-facts';

/**
 * Most queued changes the refresh before a query applies. It bounds the delay a dashboard request
 * can add: refreshing 1,000 changed leads took 0.14 to 0.39 s on 1,000,000 leads in docs/benchmarks.md.
 * A longer queue is left to the periodic refresh and reported as `pendingChanges`.
 */
export const MAX_CHANGES_REFRESHED_BEFORE_QUERY = 1_000;

export interface KpiQueryOptions extends KpiTableQueryOptions {
  /** Skip the bounded refresh and read the facts as they are, for callers that refreshed just before. */
  skipRefresh?: boolean;
}

const QUERIES: {
  [K in KpiReport]: (database: Queryable, filter: CheckedKpiFilter, options: KpiTableQueryOptions) => Promise<KpiTables[keyof KpiTables]>;
} = {
  [KpiReport.Funnel]: queryFunnelKpis,
  [KpiReport.Response]: queryResponseKpis,
  [KpiReport.CycleTime]: queryCycleTimeKpis,
  [KpiReport.SlaCompliance]: querySlaComplianceKpis,
  [KpiReport.LeadValidity]: queryLeadValidityKpis,
  [KpiReport.Reasons]: queryReasonKpis,
};

/**
 * Runs KPI queries in a read-only transaction without parallel workers. Each worker is a new backend
 * that loads the filter's time zone again. On the benchmark machine that made a Europe/Berlin funnel
 * take 2 to 4 s instead of about 0.3 s, and the queries scan too few rows to gain from workers.
 */
function withoutParallelWorkers<T>(dataSource: DataSource, run: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    await manager.query('SET LOCAL max_parallel_workers_per_gather = 0');

    return run(manager);
  });
}

async function refreshBeforeQuery(dataSource: DataSource, options: KpiQueryOptions): Promise<KpiFreshness> {
  if (options.skipRefresh === true) {
    return { pendingChanges: await countPendingKpiChanges(dataSource), computedAt: new Date() };
  }

  const refresh = await refreshKpiFacts(dataSource, { maxChanges: MAX_CHANGES_REFRESHED_BEFORE_QUERY });

  return { pendingChanges: refresh.pendingChanges, computedAt: new Date() };
}

/**
 * Computes one KPI table. Checks the filter first (throws `KpiFilterError`), then applies up to
 * `MAX_CHANGES_REFRESHED_BEFORE_QUERY` queued changes to the fact table and queries it.
 */
export async function computeKpiTable<R extends KpiReport>(
  dataSource: DataSource,
  report: R,
  filter: KpiFilter,
  options: KpiQueryOptions = {},
): Promise<{ rows: KpiReportRows<R>; freshness: KpiFreshness }> {
  const checked = checkKpiFilter(filter);
  const freshness = await refreshBeforeQuery(dataSource, options);
  const rows = (await withoutParallelWorkers(dataSource, (manager) => QUERIES[report](manager, checked, options))) as KpiReportRows<R>;

  return { rows, freshness };
}

/** Computes every KPI table for one filter, after one bounded refresh. */
export async function computeKpis(dataSource: DataSource, filter: KpiFilter, options: KpiQueryOptions = {}): Promise<{ tables: KpiTables; freshness: KpiFreshness }> {
  const checked = checkKpiFilter(filter);
  const freshness = await refreshBeforeQuery(dataSource, options);

  const tables = await withoutParallelWorkers(
    dataSource,
    async (manager): Promise<KpiTables> => ({
      funnel: await queryFunnelKpis(manager, checked, options),
      response: await queryResponseKpis(manager, checked, options),
      cycleTime: await queryCycleTimeKpis(manager, checked, options),
      slaCompliance: await querySlaComplianceKpis(manager, checked, options),
      leadValidity: await queryLeadValidityKpis(manager, checked, options),
      reasons: await queryReasonKpis(manager, checked, options),
    }),
  );

  return { tables, freshness };
}
