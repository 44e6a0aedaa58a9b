import type { DataSource, EntityManager } from 'typeorm';

import {
  insertCohortEntriesSql,
  REBUILD_ATTRIBUTE_ROLLUP_SQL,
  REBUILD_DAILY_ROLLUP_SQL,
  replaceCohortEntriesSql,
  upsertFactsSql,
} from './lead-funnel-facts-sql';

/** Advisory lock key that serialises refreshes across processes ("KPI" in ASCII). */
const REFRESH_LOCK_KEY = 0x4b5049;

/** The pending count stops at this many queue rows, so counting stays cheap on a long queue. */
export const MAX_COUNTED_PENDING_CHANGES = 100_000;

/** Above this many queued changes a refresh rebuilds every fact row, which is faster than a long id list. */
export const REBUILD_THRESHOLD_CHANGES = 50_000;

export interface KpiRefreshResult {
  /** False when another session held the refresh lock, so this call changed nothing. */
  ran: boolean;
  /** Distinct leads whose fact rows were recomputed. */
  leadsRefreshed: number;
  /** Queue rows still waiting, counted up to `MAX_COUNTED_PENDING_CHANGES`. */
  pendingChanges: number;
  rebuilt: boolean;
}

/** Counts queued changes up to `MAX_COUNTED_PENDING_CHANGES`. */
export async function countPendingKpiChanges(manager: Pick<EntityManager, 'query'>): Promise<number> {
  const rows: { pending: string }[] = await manager.query(
    `SELECT count(*) AS pending FROM (SELECT 1 FROM kpi_dirty_leads LIMIT ${MAX_COUNTED_PENDING_CHANGES}) AS queued`,
  );

  return Number(rows[0]?.pending ?? 0);
}

async function tryLock(manager: EntityManager): Promise<boolean> {
  const rows: { locked: boolean }[] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [REFRESH_LOCK_KEY]);

  return rows[0]?.locked === true;
}

/**
 * Recomputes the fact rows of every lead and empties the queue. The statement that deletes queue
 * rows runs before the recomputation, so every change it saw is in the recomputation's snapshot.
 * Changes committed later stay queued for the next run.
 */
export async function rebuildKpiFacts(dataSource: DataSource): Promise<KpiRefreshResult> {
  const result = await dataSource.transaction(async (manager): Promise<KpiRefreshResult> => {
    if (!(await tryLock(manager))) {
      return { ran: false, leadsRefreshed: 0, pendingChanges: await countPendingKpiChanges(manager), rebuilt: false };
    }

    await manager.query('DELETE FROM kpi_dirty_leads');
    await manager.query('DELETE FROM kpi_cohort_daily');
    await manager.query('DELETE FROM kpi_cohort_daily_by_attribute');
    await manager.query('DELETE FROM kpi_cohort_entries');
    await manager.query('DELETE FROM lead_funnel_facts');
    await manager.query(upsertFactsSql(() => 'TRUE'));
    await manager.query(insertCohortEntriesSql(() => 'TRUE'));
    await manager.query(REBUILD_DAILY_ROLLUP_SQL);
    await manager.query(REBUILD_ATTRIBUTE_ROLLUP_SQL);
    const counted: { leads: string }[] = await manager.query('SELECT count(*) AS leads FROM lead_funnel_facts');

    return { ran: true, leadsRefreshed: Number(counted[0]?.leads ?? 0), pendingChanges: await countPendingKpiChanges(manager), rebuilt: true };
  });

  // VACUUM marks the new pages all-visible, which index-only scans of kpi_cohort_entries need; it
  // cannot run inside the transaction.
  if (result.ran) {
    await dataSource.query('VACUUM (ANALYZE) kpi_cohort_entries, kpi_cohort_daily, kpi_cohort_daily_by_attribute, lead_funnel_facts');
  }

  return result;
}

/**
 * Recomputes the fact rows of the leads named by up to `maxChanges` queued changes, oldest first,
 * and deletes those queue rows. When more than `REBUILD_THRESHOLD_CHANGES` changes wait and the
 * caller allows it, rebuilds every row instead. Returns at once, with `ran: false`, when another
 * session is refreshing.
 */
export async function refreshKpiFacts(
  dataSource: DataSource,
  options: { maxChanges?: number; allowRebuild?: boolean } = {},
): Promise<KpiRefreshResult> {
  const maxChanges = options.maxChanges ?? 20_000;
  if (options.allowRebuild === true) {
    const pending = await countPendingKpiChanges(dataSource);
    if (pending > REBUILD_THRESHOLD_CHANGES) {
      return rebuildKpiFacts(dataSource);
    }
  }

  return dataSource.transaction(async (manager) => {
    if (!(await tryLock(manager))) {
      return { ran: false, leadsRefreshed: 0, pendingChanges: await countPendingKpiChanges(manager), rebuilt: false };
    }

    const deleted: [{ lead_id: string }[], number] = await manager.query(
      `DELETE FROM kpi_dirty_leads WHERE id IN (SELECT id FROM kpi_dirty_leads ORDER BY id LIMIT $1) RETURNING lead_id`,
      [maxChanges],
    );
    const leadIds = [...new Set(deleted[0].map((row) => row.lead_id))];
    if (leadIds.length > 0) {
      const named = (column: string): string => `${column} = ANY($1::uuid[])`;
      await manager.query(upsertFactsSql(named), [leadIds]);
      await manager.query(replaceCohortEntriesSql(named), [leadIds]);
    }

    return { ran: true, leadsRefreshed: leadIds.length, pendingChanges: await countPendingKpiChanges(manager), rebuilt: false };
  });
}
