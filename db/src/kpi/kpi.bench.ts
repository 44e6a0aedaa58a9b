/**
 * Times the KPI dashboard queries on 1,000,000 leads. Run with
 * `node scripts/run-ts.mjs db/src/kpi/kpi.bench.ts [LEAD_COUNT]`. It creates a throwaway database
 * (dropped at the end) and seeds leads and their histories with set-based SQL. Then it rebuilds the
 * KPI facts and prints the median of five runs of each dashboard query and the time of an
 * incremental refresh after 1,000 new transitions. It is not part of `npm test`.
 *
 * KPI_BENCH_KEEP=1 leaves the database in place and prints its name. KPI_BENCH_DATABASE=<name> then
 * skips the seed and the rebuild and times the queries and refreshes on that database again.
 *
 * The seed uses `setseed`, so every run generates the same history. 60 % of leads become MQL within
 * two days. Of those, 55 % are accepted (SAL) and 25 % rejected. Half the SALs reach SQL, 60 % of
 * SQLs become opportunities, and 80 % of opportunities close, 35 % of them won.
 */
import { performance } from 'node:perf_hooks';

import type { DataSource, QueryRunner } from 'typeorm';

import { createDataSource } from '../data-source';
import { adminDatabaseUrl, createThrowawayDatabase } from '../testing/throwaway-database';
import { computeKpiTable, MAX_CHANGES_REFRESHED_BEFORE_QUERY } from './compute-kpis';
import { KpiGroupBy, KpiReport, type KpiFilter } from './kpi-types';
import { rebuildKpiFacts, refreshKpiFacts } from './refresh-kpi-facts';

const LEAD_COUNT = Number(process.argv[2] ?? 1_000_000);
const TIMED_RUNS = 5;

const SEED_STEPS: [string, string][] = [
  ['seed', `SELECT setseed(0.42)`],
  ['teams', `INSERT INTO teams (key, label) SELECT 'team-' || n, 'Team ' || n FROM generate_series(1, 6) AS n`],
  [
    'reps',
    `INSERT INTO users (email, name, role, team_id)
     SELECT 'rep' || n || '@bench.example', 'Rep ' || n, 'REP', (SELECT id FROM teams ORDER BY key OFFSET (n % 6) LIMIT 1)
     FROM generate_series(1, 60) AS n`,
  ],
  [
    'reason codes',
    `INSERT INTO reason_codes (code, label, kinds)
     SELECT code, code, ARRAY['ACCEPT', 'REJECT', 'RECYCLE', 'DISQUALIFY'] FROM unnest(ARRAY['MEETS_ICP', 'NO_FIT', 'SPAM', 'NO_BUDGET', 'BAD_TIMING']) AS code
     ON CONFLICT DO NOTHING`,
  ],
  [
    'lead plan',
    `CREATE UNLOGGED TABLE bench_plan AS
     SELECT n, gen_random_uuid() AS id,
            timestamptz '2025-01-01' + random() * interval '730 days' AS arrived_at,
            random() AS r_mql, random() AS r_sal, random() AS r_sql, random() AS r_opp, random() AS r_close, random() AS r_touch,
            1 + floor(random() * 60)::int AS rep
     FROM generate_series(1, $1) AS n`,
  ],
  [
    'lead instants',
    `CREATE UNLOGGED TABLE bench_leads AS
     SELECT p.*, r.id AS owner_id, r.team_id,
            CASE WHEN r_mql < 0.6 THEN arrived_at + r_mql * interval '2 days' END AS mql_at,
            CASE WHEN r_mql < 0.6 AND r_sal < 0.55 THEN arrived_at + interval '2 days' + r_sal * interval '5 days' END AS sal_at,
            CASE WHEN r_mql < 0.6 AND r_sal >= 0.55 AND r_sal < 0.8 THEN arrived_at + interval '2 days' + r_sal * interval '3 days' END AS rejected_at,
            CASE WHEN r_mql < 0.6 AND r_sal < 0.55 AND r_sql < 0.5 THEN arrived_at + interval '8 days' + r_sql * interval '20 days' END AS sql_at,
            CASE WHEN r_mql < 0.6 AND r_sal < 0.55 AND r_sql < 0.5 AND r_opp < 0.6 THEN arrived_at + interval '30 days' + r_opp * interval '30 days' END AS opp_at,
            CASE WHEN r_mql < 0.6 AND r_sal < 0.55 AND r_sql < 0.5 AND r_opp < 0.6 AND r_close < 0.8 THEN arrived_at + interval '70 days' + r_close * interval '90 days' END AS closed_at
     FROM bench_plan p JOIN (SELECT id, team_id, row_number() OVER (ORDER BY email) AS rep FROM users WHERE role = 'REP') r ON r.rep = p.rep`,
  ],
  [
    'leads',
    `INSERT INTO leads (id, email, email_normalized, motion, source, industry, employee_count, country, region, team_id, owner_id,
       score_breakdown, routing_trace, governance_version, stage, arrived_at, routed_at, speed_to_lead_seconds, speed_to_lead_business_seconds)
     SELECT id, 'lead' || n || '@bench.example', 'lead' || n || '@bench.example',
            (ARRAY['INBOUND', 'OUTBOUND', 'PARTNER', 'PRODUCT_LED', 'ACCOUNT_BASED'])[1 + n % 5],
            (ARRAY['web', 'event', 'referral', 'ads', 'webinar', 'partner', 'import', 'chat'])[1 + (n / 7) % 8],
            (ARRAY['Software', 'Retail', 'Finance', 'Healthcare', 'Manufacturing', 'Education'])[1 + (n / 3) % 6],
            CASE WHEN n % 11 = 0 THEN NULL ELSE (1 + (r_touch * r_sal * 20000))::int END,
            (ARRAY['DE', 'FR', 'GB', 'ES', 'US', 'CA', 'BR', 'JP'])[1 + (n / 5) % 8],
            (ARRAY['EMEA', 'EMEA', 'EMEA', 'EMEA', 'AMER', 'AMER', 'AMER', 'APAC'])[1 + (n / 5) % 8],
            CASE WHEN r_touch < 0.9 THEN team_id END, CASE WHEN r_touch < 0.9 THEN owner_id END,
            '[]', '[]', 1,
            CASE WHEN closed_at IS NOT NULL THEN CASE WHEN r_close < 0.28 THEN 'WON' ELSE 'LOST' END
                 WHEN opp_at IS NOT NULL THEN 'OPPORTUNITY' WHEN sql_at IS NOT NULL THEN 'SQL' WHEN sal_at IS NOT NULL THEN 'SAL'
                 WHEN rejected_at IS NOT NULL THEN 'REJECTED' WHEN mql_at IS NOT NULL THEN 'MQL' ELSE 'LEAD' END,
            arrived_at, CASE WHEN r_touch < 0.9 THEN arrived_at + interval '1 minute' END,
            CASE WHEN r_touch < 0.7 THEN (60 + r_touch * r_close * 172800)::int END,
            CASE WHEN r_touch < 0.7 THEN (30 + r_touch * r_close * 28800)::int END
     FROM bench_leads`,
  ],
  [
    'transitions',
    `INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, reason_code, governance_version, occurred_at, idempotency_key)
     SELECT id, from_stage, to_stage, 'SYSTEM', reason, 1, at, id || ':' || to_stage
     FROM bench_leads,
     LATERAL (VALUES (NULL, 'LEAD', arrived_at, NULL), ('LEAD', 'MQL', mql_at, NULL), ('MQL', 'SAL', sal_at, 'MEETS_ICP'),
                     ('MQL', 'REJECTED', rejected_at, CASE WHEN r_sal < 0.7 THEN 'NO_FIT' ELSE 'SPAM' END), ('SAL', 'SQL', sql_at, NULL),
                     ('SQL', 'OPPORTUNITY', opp_at, NULL), ('OPPORTUNITY', CASE WHEN r_close < 0.28 THEN 'WON' ELSE 'LOST' END, closed_at, NULL))
       AS steps (from_stage, to_stage, at, reason)
     WHERE at IS NOT NULL`,
  ],
  [
    'SLA events',
    `INSERT INTO sla_events (lead_id, stage, kind, owner_id, occurred_at, idempotency_key)
     SELECT id, 'SAL', kind, owner_id, at, id || ':sla:' || kind
     FROM bench_leads,
     LATERAL (VALUES ('ARMED', mql_at), (CASE WHEN r_opp < 0.8 THEN 'MET' ELSE 'BREACHED' END, COALESCE(sal_at, rejected_at))) AS events (kind, at)
     WHERE mql_at IS NOT NULL AND r_touch < 0.9 AND at IS NOT NULL`,
  ],
  [
    'contact attempts',
    `INSERT INTO contact_attempts (lead_id, actor_id, channel, outcome, occurred_at)
     SELECT id, owner_id, 'PHONE', 'REACHED', arrived_at + interval '2 hours' FROM bench_leads WHERE r_touch < 0.7`,
  ],
  [
    'rejections',
    `INSERT INTO submission_rejections (channel, outcome, problems, payload, created_at)
     SELECT 'API', CASE WHEN n % 3 = 0 THEN 'DUPLICATE' ELSE 'INVALID' END, '[]', '{}', timestamptz '2025-01-01' + random() * interval '730 days'
     FROM generate_series(1, $1 / 20) AS n`,
  ],
];

/** Dashboard filters to time. The first three read the daily rollup where the report allows it, the others the cohort entries. */
function listDashboardFilters(teamId: string): [string, KpiFilter][] {
  return [
    ['12 months, all leads', { fromMonth: '2026-01', toMonth: '2026-12' }],
    ['12 months by motion', { fromMonth: '2026-01', toMonth: '2026-12', groupBy: KpiGroupBy.Motion }],
    ["12 months, one team (a manager's view)", { fromMonth: '2026-01', toMonth: '2026-12', teamIds: [teamId] }],
    ['12 months by rep', { fromMonth: '2026-01', toMonth: '2026-12', groupBy: KpiGroupBy.Rep }],
    ['12 months, one source', { fromMonth: '2026-01', toMonth: '2026-12', sources: ['web'] }],
    ['24 months, Europe/Berlin', { fromMonth: '2025-01', toMonth: '2026-12', timeZone: 'Europe/Berlin' }],
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function time<T>(action: () => Promise<T>): Promise<[number, T]> {
  const startedAt = performance.now();
  const result = await action();

  return [performance.now() - startedAt, result];
}

/** Seeds on one connection, because the setting that skips triggers and foreign key checks applies per session. */
async function seed(runner: QueryRunner): Promise<void> {
  await runner.query('SET session_replication_role = replica');
  for (const [label, sql] of SEED_STEPS) {
    const [ms] = await time(() => runner.query(sql, sql.includes('$1') ? [LEAD_COUNT] : []));
    console.log(`  seed ${label}: ${(ms / 1000).toFixed(1)} s`);
  }
  await runner.query('SET session_replication_role = DEFAULT');
  await runner.query('DROP TABLE bench_plan, bench_leads');
  await runner.query('DELETE FROM kpi_dirty_leads');
  await runner.query('VACUUM ANALYZE');
}

async function openDatabase(): Promise<{ dataSource: DataSource; drop: () => Promise<void>; seeded: boolean }> {
  const reused = process.env.KPI_BENCH_DATABASE;
  if (reused !== undefined && reused !== '') {
    const url = new URL(adminDatabaseUrl());
    url.pathname = `/${reused}`;
    const dataSource = createDataSource(url.toString(), { poolSize: 2 });
    await dataSource.initialize();

    return { dataSource, drop: () => dataSource.destroy(), seeded: true };
  }

  const database = await createThrowawayDatabase('kpi_bench', { poolSize: 2 });
  const keep = process.env.KPI_BENCH_KEEP === '1';
  if (keep) {
    console.log(`database kept for KPI_BENCH_DATABASE: ${database.name}`);
  }

  return { dataSource: database.dataSource, drop: keep ? () => database.dataSource.destroy() : () => database.drop(), seeded: false };
}

async function main(): Promise<void> {
  console.log(`KPI benchmark: ${LEAD_COUNT.toLocaleString('en')} leads`);
  const database = await openDatabase();
  try {
    const dataSource = database.dataSource;
    if (!database.seeded) {
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      const [seedMs] = await time(() => seed(runner));
      await runner.release();
      console.log(`seed: ${(seedMs / 1000).toFixed(1)} s`);
    }

    const counts: Record<string, string>[] = await dataSource.query(
      `SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM stage_transitions) AS transitions,
              (SELECT count(*) FROM sla_events) AS sla_events, (SELECT count(*) FROM contact_attempts) AS contact_attempts`,
    );
    console.log('rows:', counts[0]);

    if (!database.seeded) {
      const [rebuildMs, rebuild] = await time(() => rebuildKpiFacts(dataSource));
      console.log(`full rebuild of the KPI facts (VACUUM included): ${(rebuildMs / 1000).toFixed(1)} s for ${rebuild.leadsRefreshed} leads`);
    }

    console.log('\n| report | filter | rows | median ms | runs ms |\n|---|---|---|---|---|');
    const teams: { id: string }[] = await dataSource.query('SELECT id FROM teams ORDER BY key LIMIT 1');
    const dashboardFilters = listDashboardFilters(teams[0]?.id ?? '');
    for (const report of Object.values(KpiReport)) {
      for (const [label, filter] of dashboardFilters) {
        const runs: number[] = [];
        let rowCount = 0;
        await computeKpiTable(dataSource, report, filter);
        for (let run = 0; run < TIMED_RUNS; run += 1) {
          const [ms, result] = await time(() => computeKpiTable(dataSource, report, filter));
          runs.push(ms);
          rowCount = result.rows.length;
        }
        console.log(`| ${report} | ${label} | ${rowCount} | ${median(runs).toFixed(1)} | ${runs.map((ms) => ms.toFixed(0)).join(', ')} |`);
      }
    }

    const addTransitions = async (changes: number): Promise<void> => {
      await dataSource.query(
        `WITH moved AS (UPDATE leads SET stage = 'MQL' WHERE id IN (SELECT id FROM leads WHERE stage = 'LEAD' LIMIT $1) RETURNING id)
         INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, governance_version, occurred_at, idempotency_key)
         SELECT id, 'LEAD', 'MQL', 'SYSTEM', 1, now(), 'bench-' || id FROM moved`,
        [changes],
      );
    };

    for (let run = 0; run < 3; run += 1) {
      await addTransitions(1_000);
      const [refreshMs, refresh] = await time(() => refreshKpiFacts(dataSource));
      console.log(`incremental refresh after 1,000 new transitions, run ${run + 1}: ${refreshMs.toFixed(1)} ms (${refresh.leadsRefreshed} leads)`);
    }

    await addTransitions(MAX_CHANGES_REFRESHED_BEFORE_QUERY * 2);
    const funnel: KpiFilter = { fromMonth: '2026-01', toMonth: '2026-12' };
    const [boundedMs, bounded] = await time(() => computeKpiTable(dataSource, KpiReport.Funnel, funnel));
    console.log(
      `FUNNEL query with ${MAX_CHANGES_REFRESHED_BEFORE_QUERY * 2} changes queued (bounded refresh included): ${boundedMs.toFixed(1)} ms, ${bounded.freshness.pendingChanges} left`,
    );
  } finally {
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
