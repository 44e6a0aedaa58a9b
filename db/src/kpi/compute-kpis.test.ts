import { percentileCont } from '@accord/governance';

import { buildKpiHistory, insertKpiHistory, insertKpiTransition, type KpiLeadSpec } from '../testing/kpi-history.fixture';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../testing/throwaway-database';
import { computeKpis, computeKpiTable } from './compute-kpis';
import { KpiFilterError } from './check-kpi-filter';
import { formatKpiCsv } from './format-kpi-csv';
import { KpiGroupBy, KpiPeriodUnit, KpiReport, type FunnelKpiRow, type KpiFilter } from './kpi-types';
import { rebuildKpiFacts, refreshKpiFacts } from './refresh-kpi-facts';

jest.setTimeout(60_000);

let database: ThrowawayDatabase;
let specs: KpiLeadSpec[];
let teamIds: string[];

const RANGE: KpiFilter = { fromMonth: '2026-01', toMonth: '2026-06' };

function monthOf(instant: Date, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(instant);

  return `${parts.find((part) => part.type === 'year')?.value}-${parts.find((part) => part.type === 'month')?.value}`;
}

function firstEntry(spec: KpiLeadSpec, stage: string): Date | null {
  return spec.transitions.find((transition) => transition.toStage === stage)?.at ?? null;
}

/** Counts leads per month of their first entry to `stage`, and how many of them also reached `next`. */
function expectedConversions(stage: string, next: string[], timeZone = 'UTC'): Map<string, { entered: number; reached: number[] }> {
  const months = new Map<string, { entered: number; reached: number[] }>();
  for (const spec of specs) {
    const enteredAt = firstEntry(spec, stage);
    if (enteredAt === null) {
      continue;
    }

    const month = monthOf(enteredAt, timeZone);
    const entry = months.get(month) ?? { entered: 0, reached: next.map(() => 0) };
    entry.entered += 1;
    next.forEach((nextStage, index) => {
      if (firstEntry(spec, nextStage) !== null) {
        entry.reached[index] = (entry.reached[index] ?? 0) + 1;
      }
    });
    months.set(month, entry);
  }

  return months;
}

function rowsByPeriod<T extends { period: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.period, row]));
}

beforeAll(async () => {
  database = await createThrowawayDatabase('kpis', { poolSize: 4 });
  const teams: { id: string }[] = await database.dataSource.query(
    `INSERT INTO teams (key, label) VALUES ('emea', 'EMEA'), ('americas', 'Americas') RETURNING id`,
  );
  teamIds = teams.map((team) => team.id);
  const owners: { id: string; team_id: string }[] = await database.dataSource.query(
    `INSERT INTO users (email, name, role, team_id)
     SELECT 'rep' || n || '@example.com', 'Rep ' || n, 'REP', ($1::uuid[])[1 + n % 2] FROM generate_series(0, 3) AS n
     RETURNING id, team_id`,
    [teamIds],
  );
  specs = buildKpiHistory(teamIds.map((id) => ({ id, ownerIds: owners.filter((owner) => owner.team_id === id).map((owner) => owner.id) })));
  await insertKpiHistory(database.dataSource, specs);
  await database.dataSource.query(
    `INSERT INTO submission_rejections (channel, outcome, problems, payload, created_at)
     VALUES ('API', 'INVALID', '[]', '{}', '2026-02-10T12:00:00Z'), ('API', 'DUPLICATE', '[]', '{}', '2026-02-11T12:00:00Z'),
            ('IMPORT', 'INVALID', '[]', '{}', '2026-03-01T00:00:00Z')`,
  );
});

afterAll(async () => {
  await database?.drop();
});

describe('computeKpiTable', () => {
  it('computes funnel conversions by entry month', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, RANGE);
    const byPeriod = rowsByPeriod(rows);
    const mql = expectedConversions('MQL', ['SAL']);
    const sal = expectedConversions('SAL', ['SQL']);
    const sql = expectedConversions('SQL', ['OPPORTUNITY']);
    const opportunity = expectedConversions('OPPORTUNITY', ['WON', 'LOST']);
    const months = new Set([...mql.keys(), ...sal.keys(), ...sql.keys(), ...opportunity.keys()].filter((month) => month <= '2026-06'));

    expect([...byPeriod.keys()].sort()).toEqual([...months].sort());
    for (const month of months) {
      const row = byPeriod.get(month) as FunnelKpiRow;
      const won = opportunity.get(month)?.reached[0] ?? 0;
      const lost = opportunity.get(month)?.reached[1] ?? 0;

      expect({ month, mql: row.mqlEntered, mqlToSal: row.mqlReachedSal }).toEqual({
        month,
        mql: mql.get(month)?.entered ?? 0,
        mqlToSal: mql.get(month)?.reached[0] ?? 0,
      });
      expect({ month, sal: row.salEntered, salToSql: row.salReachedSql }).toEqual({
        month,
        sal: sal.get(month)?.entered ?? 0,
        salToSql: sal.get(month)?.reached[0] ?? 0,
      });
      expect({ month, sql: row.sqlEntered, sqlToOpportunity: row.sqlReachedOpportunity }).toEqual({
        month,
        sql: sql.get(month)?.entered ?? 0,
        sqlToOpportunity: sql.get(month)?.reached[0] ?? 0,
      });
      expect({ month, won: row.won, lost: row.lost }).toEqual({ month, won, lost });
      expect(row.winRate).toBe(won + lost === 0 ? null : won / (won + lost));
      expect(row.mqlToSalRate).toBe(row.mqlEntered === 0 ? null : row.mqlReachedSal / row.mqlEntered);
    }
  });

  it('counts recycled leads at their first MQL entry', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, RANGE);
    const total = rows.reduce((sum, row) => sum + row.mqlEntered, 0);

    expect(total).toBe(specs.filter((spec) => firstEntry(spec, 'MQL') !== null && monthOf(firstEntry(spec, 'MQL') as Date) <= '2026-06').length);
  });

  it('groups funnel rows by motion', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, { ...RANGE, groupBy: KpiGroupBy.Motion });
    const expected = new Map<string, number>();
    for (const spec of specs) {
      if (firstEntry(spec, 'MQL') !== null) {
        expected.set(spec.motion, (expected.get(spec.motion) ?? 0) + 1);
      }
    }
    const actual = new Map<string, number>();
    for (const row of rows) {
      actual.set(row.group ?? 'null', (actual.get(row.group ?? 'null') ?? 0) + row.mqlEntered);
    }

    expect(actual).toEqual(expected);
  });

  it('filters by size band and team', async () => {
    const [team] = teamIds;
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Response, { ...RANGE, sizeBands: ['50-199'], teamIds: [team as string] });
    const expected = specs.filter((spec) => spec.teamId === team && spec.employeeCount !== null && spec.employeeCount >= 50 && spec.employeeCount <= 199);

    expect(rows.reduce((sum, row) => sum + row.leadsArrived, 0)).toBe(expected.length);
  });

  it('computes speed to lead percentiles and contact rate by arrival month', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Response, RANGE);
    const byPeriod = rowsByPeriod(rows);
    const months = new Set(specs.map((spec) => monthOf(spec.arrivedAt)));

    expect([...byPeriod.keys()].sort()).toEqual([...months].sort());
    for (const month of months) {
      const arrived = specs.filter((spec) => monthOf(spec.arrivedAt) === month);
      const calendar = arrived.flatMap((spec) => (spec.speedToLeadSeconds === null ? [] : [spec.speedToLeadSeconds]));
      const business = arrived.flatMap((spec) => (spec.speedToLeadBusinessSeconds === null ? [] : [spec.speedToLeadBusinessSeconds]));
      const routed = arrived.filter((spec) => spec.ownerId !== null);
      const row = byPeriod.get(month);

      expect(row?.leadsArrived).toBe(arrived.length);
      expect(row?.speedToLeadMedianSeconds).toBeCloseTo(percentileCont(calendar, 0.5) ?? Number.NaN, 6);
      expect(row?.speedToLeadP90Seconds).toBeCloseTo(percentileCont(calendar, 0.9) ?? Number.NaN, 6);
      expect(row?.speedToLeadMedianBusinessSeconds).toBeCloseTo(percentileCont(business, 0.5) ?? Number.NaN, 6);
      expect(row?.speedToLeadP90BusinessSeconds).toBeCloseTo(percentileCont(business, 0.9) ?? Number.NaN, 6);
      expect(row?.leadsRouted).toBe(routed.length);
      expect(row?.leadsRoutedContacted).toBe(routed.filter((spec) => spec.contactAttempts.length > 0).length);
    }
  });

  it('computes speed to lead by Berlin month and team', async () => {
    const filter = { ...RANGE, timeZone: 'Europe/Berlin', groupBy: KpiGroupBy.Team };
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Response, filter);
    const inRange = specs.filter((spec) => monthOf(spec.arrivedAt, 'Europe/Berlin') >= '2026-01' && monthOf(spec.arrivedAt, 'Europe/Berlin') <= '2026-06');
    const keys = new Set(inRange.map((spec) => `${monthOf(spec.arrivedAt, 'Europe/Berlin')}/${spec.teamId}`));

    expect(rows.map((row) => `${row.period}/${row.group}`).sort()).toEqual([...keys].sort());
    for (const row of rows) {
      const arrived = inRange.filter((spec) => monthOf(spec.arrivedAt, 'Europe/Berlin') === row.period && spec.teamId === row.group);
      const calendar = arrived.flatMap((spec) => (spec.speedToLeadSeconds === null ? [] : [spec.speedToLeadSeconds]));

      const p90 = percentileCont(calendar, 0.9);

      expect(row.leadsArrived).toBe(arrived.length);
      expect(row.speedToLeadP90Seconds === null).toBe(p90 === null);
      expect(row.speedToLeadP90Seconds ?? 0).toBeCloseTo(p90 ?? 0, 6);
    }
  });

  it('computes median cycle times', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.CycleTime, RANGE);
    const toOpportunity = new Map<string, number[]>();
    const toClose = new Map<string, number[]>();
    for (const spec of specs) {
      const opportunityAt = firstEntry(spec, 'OPPORTUNITY');
      const closedAt = firstEntry(spec, 'WON') ?? firstEntry(spec, 'LOST');
      if (opportunityAt !== null) {
        const month = monthOf(opportunityAt);
        toOpportunity.set(month, [...(toOpportunity.get(month) ?? []), (opportunityAt.getTime() - spec.arrivedAt.getTime()) / 1000]);
      }

      if (closedAt !== null) {
        const month = monthOf(closedAt);
        toClose.set(month, [...(toClose.get(month) ?? []), (closedAt.getTime() - spec.arrivedAt.getTime()) / 1000]);
      }
    }

    for (const row of rows) {
      expect(row.opportunities).toBe(toOpportunity.get(row.period)?.length ?? 0);
      expect(row.arrivalToOpportunityMedianSeconds).toBe(percentileCont(toOpportunity.get(row.period) ?? [], 0.5));
      expect(row.closed).toBe(toClose.get(row.period)?.length ?? 0);
      expect(row.arrivalToCloseMedianSeconds).toBe(percentileCont(toClose.get(row.period) ?? [], 0.5));
    }
    expect(rows.reduce((sum, row) => sum + row.opportunities, 0)).toBe([...toOpportunity.values()].flat().length);
  });

  it('computes SLA compliance by armed month', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.SlaCompliance, RANGE);
    const slas = specs.flatMap((spec) => spec.sla).filter((sla) => sla.outcome !== null);

    expect(rows.every((row) => row.stage === 'SAL')).toBe(true);
    for (const row of rows) {
      const inMonth = slas.filter((sla) => monthOf(sla.armedAt) === row.period);

      expect({ period: row.period, met: row.met, breached: row.breached }).toEqual({
        period: row.period,
        met: inMonth.filter((sla) => sla.outcome === 'MET').length,
        breached: inMonth.filter((sla) => sla.outcome === 'BREACHED').length,
      });
    }
    expect(rows.reduce((sum, row) => sum + row.met + row.breached, 0)).toBe(slas.length);
  });

  it('computes the valid-lead rate with rejections', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.LeadValidity, RANGE);
    const february = rows.find((row) => row.period === '2026-02');
    const storedInFebruary = specs.filter((spec) => monthOf(spec.arrivedAt) === '2026-02').length;

    expect(february?.leadsStored).toBe(storedInFebruary);
    expect(february?.submissionsRejected).toBe(2);
    expect(february?.validLeadRate).toBe(storedInFebruary / (storedInFebruary + 2));
  });

  it('leaves rejections out under an attribute filter', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.LeadValidity, { ...RANGE, motions: ['INBOUND'] });

    expect(rows.map((row) => row.submissionsRejected)).toEqual(rows.map(() => null));
  });

  it('counts reason codes of first exits by month', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Reasons, RANGE);
    const rejected = specs.filter((spec) => firstEntry(spec, 'REJECTED') !== null);

    expect(rows.filter((row) => row.kind === 'REJECTED').reduce((sum, row) => sum + row.leads, 0)).toBe(rejected.length);
    expect(rows.filter((row) => row.kind === 'REJECTED').map((row) => row.reasonCode)).toEqual(
      rows.filter((row) => row.kind === 'REJECTED').map(() => 'NO_FIT'),
    );
    const accepted = specs.filter((spec) => firstEntry(spec, 'SAL') !== null);

    expect(rows.filter((row) => row.kind === 'ACCEPTED').reduce((sum, row) => sum + row.leads, 0)).toBe(accepted.length);
  });
});

describe('cohort month boundaries', () => {
  it('puts 2026-03-31T23:30Z in March for UTC', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, { fromMonth: '2026-03', toMonth: '2026-04' });

    expect(rows.find((row) => row.period === '2026-03')?.mqlEntered).toBe(expectedConversions('MQL', []).get('2026-03')?.entered);
  });

  it('puts 2026-03-31T23:30Z in April for Europe/Berlin', async () => {
    const filter = { fromMonth: '2026-01', toMonth: '2026-06', timeZone: 'Europe/Berlin' };
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, filter);
    const berlin = expectedConversions('MQL', [], 'Europe/Berlin');
    const utc = expectedConversions('MQL', []);

    expect(rows.find((row) => row.period === '2026-04')?.mqlEntered).toBe(berlin.get('2026-04')?.entered);
    expect(berlin.get('2026-04')?.entered).toBe((utc.get('2026-04')?.entered ?? 0) + 1);
    expect(rows.find((row) => row.period === '2026-04')?.periodStart.toISOString()).toBe('2026-03-31T22:00:00.000Z');
  });

  it('excludes an entry before the first Berlin month', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, { fromMonth: '2026-04', toMonth: '2026-04', timeZone: 'Europe/Berlin' });
    const { rows: utcRows } = await computeKpiTable(database.dataSource, KpiReport.Funnel, { fromMonth: '2026-04', toMonth: '2026-04' });

    expect(rows.map((row) => row.period)).toEqual(['2026-04']);
    expect(rows[0]?.mqlEntered).toBe((utcRows[0]?.mqlEntered ?? 0) + 1);
  });

  it('labels weeks by their Monday', async () => {
    const { rows } = await computeKpiTable(database.dataSource, KpiReport.Response, { fromMonth: '2026-01', toMonth: '2026-01', periodUnit: KpiPeriodUnit.Week });

    expect(rows.map((row) => new Date(`${row.period}T00:00:00Z`).getUTCDay())).toEqual(rows.map(() => 1));
    expect(rows.reduce((sum, row) => sum + row.leadsArrived, 0)).toBe(specs.filter((spec) => monthOf(spec.arrivedAt) === '2026-01').length);
  });
});

describe('checkKpiFilter', () => {
  it.each([
    [{ fromMonth: '2026-13', toMonth: '2026-12' }, 'fromMonth'],
    [{ fromMonth: '2026-05', toMonth: '2026-04' }, 'toMonth'],
    [{ fromMonth: '2020-01', toMonth: '2026-04' }, 'toMonth'],
    [{ fromMonth: '2026-01', toMonth: '2026-04', timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ fromMonth: '2026-01', toMonth: '2026-04', sizeBands: ['huge'] }, 'sizeBands'],
    [{ fromMonth: '2026-01', toMonth: '2026-04', teamIds: ['emea'] }, 'teamIds'],
  ])('rejects %p naming %s', async (filter, field) => {
    const failure = await computeKpiTable(database.dataSource, KpiReport.Funnel, filter).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(KpiFilterError);
    expect((failure as KpiFilterError).problems.map((problem) => problem.field)).toEqual([field]);
  });
});

describe('formatKpiCsv', () => {
  it('writes the table rows with a header', async () => {
    const { tables } = await computeKpis(database.dataSource, RANGE);
    const csv = formatKpiCsv(KpiReport.Funnel, tables.funnel);
    const lines = csv.trimEnd().split('\r\n');

    expect(lines[0]).toBe(
      'period,group,mqlEntered,mqlReachedSal,mqlToSalRate,salEntered,salReachedSql,salToSqlRate,sqlEntered,sqlReachedOpportunity,sqlToOpportunityRate,opportunityEntered,won,lost,winRate',
    );
    expect(lines).toHaveLength(tables.funnel.length + 1);
    expect(lines[1]?.startsWith(`${tables.funnel[0]?.period},,${tables.funnel[0]?.mqlEntered},`)).toBe(true);
  });
});

describe('refreshKpiFacts', () => {
  it('applies a new transition before the next query', async () => {
    const lead = specs.find((spec) => spec.transitions.length === 0 && monthOf(spec.arrivedAt) <= '2026-05') as KpiLeadSpec;
    const before = await computeKpiTable(database.dataSource, KpiReport.Funnel, RANGE);
    const juneMql = before.rows.find((row) => row.period === '2026-06')?.mqlEntered ?? 0;

    await insertKpiTransition(database.dataSource, lead.id, 'LEAD', 'MQL', new Date('2026-06-15T09:00:00Z'), null);
    const after = await computeKpiTable(database.dataSource, KpiReport.Funnel, RANGE);

    expect(after.rows.find((row) => row.period === '2026-06')?.mqlEntered).toBe(juneMql + 1);
    expect(after.freshness.pendingChanges).toBe(0);
  });

  it('moves a lead to its new team after reassignment', async () => {
    const lead = specs.find((spec) => spec.teamId === teamIds[0]) as KpiLeadSpec;
    await database.dataSource.query('UPDATE leads SET team_id = $2, owner_id = NULL WHERE id = $1', [lead.id, teamIds[1]]);

    const result = await refreshKpiFacts(database.dataSource);
    const facts: { team_id: string }[] = await database.dataSource.query('SELECT team_id FROM lead_funnel_facts WHERE lead_id = $1', [lead.id]);

    expect(result.leadsRefreshed).toBe(1);
    expect(facts[0]?.team_id).toBe(teamIds[1]);
  });

  it('queues nothing for an update of unrelated columns', async () => {
    await refreshKpiFacts(database.dataSource);
    await database.dataSource.query(`UPDATE leads SET sla_state = 'WARNING' WHERE id = $1`, [specs[1]?.id]);

    expect((await refreshKpiFacts(database.dataSource)).leadsRefreshed).toBe(0);
  });

  it.each([
    [KpiGroupBy.None, 'UTC', KpiPeriodUnit.Month],
    [KpiGroupBy.Team, 'UTC', KpiPeriodUnit.Week],
    [KpiGroupBy.Motion, 'UTC', KpiPeriodUnit.Month],
    [KpiGroupBy.None, 'Europe/Berlin', KpiPeriodUnit.Month],
    [KpiGroupBy.Motion, 'America/New_York', KpiPeriodUnit.Week],
    [KpiGroupBy.Team, 'Asia/Kolkata', KpiPeriodUnit.Month],
  ])('keeps the daily rollup equal to the entries by %s in %s per %s', async (groupBy, timeZone, periodUnit) => {
    const filter = { ...RANGE, groupBy, timeZone, periodUnit };
    const fromRollup = await computeKpis(database.dataSource, filter);
    const fromEntries = await computeKpis(database.dataSource, filter, { useDailyRollup: false });

    expect(fromRollup.tables.funnel).toEqual(fromEntries.tables.funnel);
    expect(fromRollup.tables.slaCompliance).toEqual(fromEntries.tables.slaCompliance);
    expect(fromRollup.tables.leadValidity).toEqual(fromEntries.tables.leadValidity);
    expect(fromRollup.tables.reasons).toEqual(fromEntries.tables.reasons);
    expect(fromRollup.tables.funnel.length).toBeGreaterThan(0);
  });

  it.each([
    [KpiGroupBy.Rep, 'UTC', KpiPeriodUnit.Month],
    [KpiGroupBy.Source, 'UTC', KpiPeriodUnit.Week],
    [KpiGroupBy.Industry, 'Europe/Berlin', KpiPeriodUnit.Month],
    [KpiGroupBy.SizeBand, 'America/New_York', KpiPeriodUnit.Month],
    [KpiGroupBy.Country, 'UTC', KpiPeriodUnit.Month],
    [KpiGroupBy.Region, 'Asia/Kolkata', KpiPeriodUnit.Week],
  ])('keeps the attribute rollup equal to the entries by %s in %s per %s', async (groupBy, timeZone, periodUnit) => {
    const filter = { ...RANGE, groupBy, timeZone, periodUnit };
    const fromRollup = await computeKpis(database.dataSource, filter);
    const fromEntries = await computeKpis(database.dataSource, filter, { useDailyRollup: false });

    expect(fromRollup.tables.funnel).toEqual(fromEntries.tables.funnel);
    expect(fromRollup.tables.slaCompliance).toEqual(fromEntries.tables.slaCompliance);
    expect(fromRollup.tables.leadValidity).toEqual(fromEntries.tables.leadValidity);
    expect(fromRollup.tables.reasons).toEqual(fromEntries.tables.reasons);
    expect(fromRollup.tables.funnel.length).toBeGreaterThan(0);
  });

  it('filters the attribute rollup by team, rep and source', async () => {
    const owned = specs.find((spec) => spec.ownerId !== null) as KpiLeadSpec;
    const filters: KpiFilter[] = [
      { ...RANGE, teamIds: [teamIds[0] as string], groupBy: KpiGroupBy.Rep },
      { ...RANGE, ownerIds: [(owned.ownerId as string).toUpperCase()], groupBy: KpiGroupBy.Team },
      { ...RANGE, sources: [owned.source], timeZone: 'Europe/Berlin' },
    ];

    for (const filter of filters) {
      const fromRollup = await computeKpis(database.dataSource, filter);
      const fromEntries = await computeKpis(database.dataSource, filter, { useDailyRollup: false });

      expect(fromRollup.tables.funnel).toEqual(fromEntries.tables.funnel);
      expect(fromRollup.tables.reasons).toEqual(fromEntries.tables.reasons);
      expect(fromRollup.tables.slaCompliance).toEqual(fromEntries.tables.slaCompliance);
      expect(fromRollup.tables.funnel.length).toBeGreaterThan(0);
    }
  });

  it('moves attribute rollup counts after a refresh', async () => {
    const lead = specs.find((spec) => spec.ownerId !== null && firstEntry(spec, 'MQL') !== null && spec.source !== 'referral') as KpiLeadSpec;
    await database.dataSource.query(`UPDATE leads SET source = 'referral' WHERE id = $1`, [lead.id]);
    await refreshKpiFacts(database.dataSource);
    const filter = { ...RANGE, groupBy: KpiGroupBy.Source };

    const fromRollup = await computeKpis(database.dataSource, filter);
    const fromEntries = await computeKpis(database.dataSource, filter, { useDailyRollup: false });

    expect(fromRollup.tables.funnel).toEqual(fromEntries.tables.funnel);
    expect(fromRollup.tables.reasons).toEqual(fromEntries.tables.reasons);
    expect(fromRollup.tables.funnel.some((row) => row.group === 'referral')).toBe(true);
  });

  it('rebuilds the same facts as the incremental refresh', async () => {
    const before = await computeKpis(database.dataSource, RANGE);
    const rebuild = await rebuildKpiFacts(database.dataSource);
    const after = await computeKpis(database.dataSource, RANGE);

    expect(rebuild.leadsRefreshed).toBe(specs.length);
    expect(after.tables).toEqual(before.tables);
  });
});
